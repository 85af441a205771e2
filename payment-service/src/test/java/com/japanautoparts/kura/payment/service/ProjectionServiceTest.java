package com.japanautoparts.kura.payment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.api.PersonNameDto;
import com.japanautoparts.kura.payment.api.PhoneNumberDto;
import com.japanautoparts.kura.payment.api.PostalAddressDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderLine;
import com.japanautoparts.kura.payment.domain.OrderStatus;

/** The projections alone (no Quarkus): the fields each purpose gets are the categories the catalogue has payment-service serve, nothing more. */
class ProjectionServiceTest {

    /** The order fields each payment-service category stands for. */
    private static final Map<DataCategory, Set<String>> FIELDS = Map.of(
            DataCategory.PURCHASE, Set.of("itemsCount"),
            DataCategory.SHIPMENT, Set.of("carrierId", "trackingNumber"),
            DataCategory.AMOUNT, Set.of("amount", "currency"),
            DataCategory.CARD_TOKEN, Set.of("processorId", "paymentToken"),
            DataCategory.NAME, Set.of("name"),
            DataCategory.NAME_READING, Set.of("name"),
            DataCategory.SHIPPING_ADDRESS, Set.of("shippingAddress"),
            DataCategory.BILLING_ADDRESS, Set.of("billingAddress"),
            DataCategory.PHONE, Set.of("phone"));

    /**
     * Always there: the order reference, the customer id the broker records as the subject, the status and status times
     * it checks the disclosure window with, the items released.
     */
    private static final Set<String> ALWAYS = Set.of("orderId", "customerId", "status", "statusTimes", "dataItems");

    /** The contact data the order was placed with: everything the snapshot can hold. */
    private static final ContactSnapshotDto SNAPSHOT = new ContactSnapshotDto(new PersonNameDto("Yamada", "Hanako", "ヤマダ", "ハナコ"),
            new PostalAddressDto("JP", "150-0001", "Tokyo", "Shibuya-ku", "1-2-3 Jingumae", null),
            new PostalAddressDto("JP", "100-0005", "Tokyo", "Chiyoda-ku", "1-1 Marunouchi", null),
            new PhoneNumberDto("MOBILE", "+81 90-1234-5678"));
    private static final ContactSnapshotDto NO_SNAPSHOT = new ContactSnapshotDto(null, null, null, null);
    private static final Map<String, Instant> TIMES = Map.of("placed", Instant.parse("2026-12-01T00:00:00Z"),
            "paid", Instant.parse("2026-12-01T00:01:00Z"), "shipped", Instant.parse("2026-12-02T00:00:00Z"));

    private final ProjectionService projections = new ProjectionService(null);

    @ParameterizedTest
    @EnumSource(DisclosurePurpose.class)
    void aPurposeGetsTheFieldsOfTheCategoriesTheCatalogueGrantsIt(DisclosurePurpose purpose) {
        Set<DataCategory> granted = NeedToKnow.served(DataOwner.PAYMENT, purpose);
        OrderProjectionDto projection = ProjectionService.project(shippedOrder(), SNAPSHOT, TIMES, purpose);

        Set<String> expected = new TreeSet<>(ALWAYS);
        granted.forEach(category -> expected.addAll(FIELDS.get(category)));
        assertEquals(expected, presentFields(projection));
        assertEquals(granted.stream().map(DataCategory::key).collect(Collectors.toSet()), Set.copyOf(projection.dataItems()));
        assertEquals(!granted.isEmpty(), projections.serves(purpose));
    }

    @Test
    void aCarrierGetsItemsShipmentNameAddressAndPhoneAProcessorAmountTokenNameAndBillingAndSupportNothingOfAnOrder() {
        CustomerOrder order = shippedOrder();
        assertEquals(Set.of("orderId", "customerId", "status", "statusTimes", "dataItems", "itemsCount", "carrierId",
                "trackingNumber", "name", "shippingAddress", "phone"),
                presentFields(ProjectionService.project(order, SNAPSHOT, TIMES, DisclosurePurpose.DELIVERY)));
        assertEquals(Set.of("orderId", "customerId", "status", "statusTimes", "dataItems", "amount", "currency", "processorId",
                "paymentToken", "name", "billingAddress"),
                presentFields(ProjectionService.project(order, SNAPSHOT, TIMES, DisclosurePurpose.PAYMENT)));
        assertFalse(projections.serves(DisclosurePurpose.SUPPORT));
    }

    @Test
    void onlyTheCarrierGetsTheReadingOfTheName() {
        CustomerOrder order = shippedOrder();
        OrderProjectionDto delivery = ProjectionService.project(order, SNAPSHOT, TIMES, DisclosurePurpose.DELIVERY);
        assertEquals(new PersonNameDto("Yamada", "Hanako", "ヤマダ", "ハナコ"), delivery.name());
        assertTrue(delivery.dataItems().contains(DataCategory.NAME_READING.key()));

        OrderProjectionDto payment = ProjectionService.project(order, SNAPSHOT, TIMES, DisclosurePurpose.PAYMENT);
        assertEquals(new PersonNameDto("Yamada", "Hanako"), payment.name());
        assertFalse(payment.dataItems().contains(DataCategory.NAME_READING.key()));

        ContactSnapshotDto withoutReading = new ContactSnapshotDto(new PersonNameDto("Yamada", "Hanako"), null, null, null);
        assertFalse(ProjectionService.project(order, withoutReading, TIMES, DisclosurePurpose.DELIVERY).dataItems()
                .contains(DataCategory.NAME_READING.key()), "a reading the customer never gave is not named");
    }

    @ParameterizedTest
    @EnumSource(DisclosurePurpose.class)
    void theCustomerIdTravelsToTheBrokerButIsNeverNamedAsReleased(DisclosurePurpose purpose) {
        OrderProjectionDto projection = ProjectionService.project(shippedOrder(), SNAPSHOT, TIMES, purpose);
        assertEquals("customer-1", projection.customerId());
        assertFalse(projection.dataItems().contains(DataCategory.CUSTOMER_ID.key()));
    }

    @Test
    void dataAnOrderDoesNotHoldIsNeitherSentNorNamed() {
        CustomerOrder order = shippedOrder();
        order.carrierId = null;
        order.trackingNumber = null;
        order.paymentMethod.processorToken = null;

        OrderProjectionDto delivery = ProjectionService.project(order, NO_SNAPSHOT, TIMES, DisclosurePurpose.DELIVERY);
        assertEquals(List.of(DataCategory.PURCHASE.key()), delivery.dataItems());
        assertEquals(null, delivery.carrierId());
        assertEquals(null, delivery.shippingAddress());

        OrderProjectionDto payment = ProjectionService.project(order, NO_SNAPSHOT, TIMES, DisclosurePurpose.PAYMENT);
        assertEquals(List.of(DataCategory.AMOUNT.key()), payment.dataItems());
        assertEquals(null, payment.paymentToken());
        assertEquals("stripe-jp", payment.processorId(), "the processor stays: the broker checks the assignment with it");
    }

    @Test
    void everyCategoryTheCatalogueGivesPaymentServiceHasItsFields() {
        for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
            for (DataCategory category : NeedToKnow.served(DataOwner.PAYMENT, purpose)) {
                assertTrue(FIELDS.containsKey(category), category + " is granted for " + purpose + " but has no order fields");
            }
        }
    }

    private static CustomerOrder shippedOrder() {
        CustomerOrder order = new CustomerOrder();
        order.publicId = "0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91";
        order.customerId = "customer-1";
        order.status = OrderStatus.SHIPPED;
        order.currency = "JPY";
        order.totalMinor = 27100;
        order.processorId = "stripe-jp";
        order.paymentMethod.processorToken = "tok_test";
        order.paymentMethod.brand = "VISA";
        order.carrierId = "yamato";
        order.trackingNumber = "4567-8901-2345";
        OrderLine line = new OrderLine();
        line.quantity = 3;
        order.lines.add(line);
        return order;
    }

    /** The components the projection carries (JSON leaves null ones out). */
    private static Set<String> presentFields(OrderProjectionDto projection) {
        return Arrays.stream(OrderProjectionDto.class.getRecordComponents()).filter(c -> value(c, projection) != null)
                .map(RecordComponent::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Object value(RecordComponent component, OrderProjectionDto projection) {
        try {
            return component.getAccessor().invoke(projection);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
