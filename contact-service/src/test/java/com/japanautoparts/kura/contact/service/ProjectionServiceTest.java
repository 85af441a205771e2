package com.japanautoparts.kura.contact.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.contact.api.AddressDto;
import com.japanautoparts.kura.contact.domain.AddressType;
import com.japanautoparts.kura.contact.api.ContactDto;
import com.japanautoparts.kura.contact.api.EmailDto;
import com.japanautoparts.kura.contact.api.NameDto;
import com.japanautoparts.kura.contact.api.PhoneDto;
import com.japanautoparts.kura.contact.domain.PhoneType;
import com.japanautoparts.kura.contact.api.ProjectionDto;

/** The projections are the catalogue's grants: what {@link NeedToKnow} says for a purpose, and nothing else. No Quarkus. */
class ProjectionServiceTest {

    private static final String CUSTOMER = "customer-projection";
    private static final AddressDto HOME = new AddressDto(AddressType.HOME, "JP", "100-0001", "Tokyo", "Chiyoda-ku", "1-1", null);
    private static final AddressDto SHIPPING = new AddressDto(AddressType.SHIPPING, "JP", "150-0001", "Tokyo", "Shibuya-ku",
            "1-2-3 Jingumae", null);
    private static final AddressDto BILLING = new AddressDto(AddressType.BILLING, "US", "94105", null, null, "500 Market Street", null);
    private static final ContactDto EVERYTHING = new ContactDto(new NameDto("Yamada", "Hanako", "ヤマダ", "ハナコ"),
            List.of(HOME, SHIPPING, BILLING, new AddressDto(AddressType.SHIPPING, "JP", "530-0001", null, null, "Umeda", null)),
            List.of(new PhoneDto(PhoneType.MOBILE, "+81 90-1234-5678"), new PhoneDto(PhoneType.WORK, "+81 3-1234-5678")),
            List.of(EmailDto.unverified("hanako@example.jp"), EmailDto.unverified("work@example.jp")));

    @ParameterizedTest
    @EnumSource(DisclosurePurpose.class)
    void aFullContactReleasesExactlyWhatTheCatalogueGrants(DisclosurePurpose purpose) {
        Set<DataCategory> granted = NeedToKnow.projection(DataOwner.CONTACT, purpose);

        ProjectionDto projection = ProjectionService.project(CUSTOMER, EVERYTHING, purpose);

        assertEquals(granted, carried(projection), "the fields carried");
        assertEquals(granted.stream().map(DataCategory::key).toList(), projection.dataItems(), "the data items named");
        assertEquals(purpose.key(), projection.purpose());
    }

    @Test
    void deliveryIsNameWithItsReadingShippingAddressAndPhone() {
        ProjectionDto delivery = ProjectionService.project(CUSTOMER, EVERYTHING, DisclosurePurpose.DELIVERY);

        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.NAME_READING, DataCategory.SHIPPING_ADDRESS, DataCategory.PHONE),
                carried(delivery));
        assertEquals(List.of("user.name", "user.name.reading", "user.contact.address.shipping", "user.contact.phone_number"),
                delivery.dataItems());
        assertEquals(new NameDto("Yamada", "Hanako", "ヤマダ", "ハナコ"), delivery.name());
        assertEquals(SHIPPING, delivery.shippingAddress(), "the first shipping address");
        assertEquals("+81 90-1234-5678", delivery.phone().number(), "the first phone");
    }

    @Test
    void paymentIsNameAndBillingAddress() {
        ProjectionDto payment = ProjectionService.project(CUSTOMER, EVERYTHING, DisclosurePurpose.PAYMENT);

        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.BILLING_ADDRESS), carried(payment));
        assertEquals(BILLING, payment.billingAddress());
        assertEquals(new NameDto("Yamada", "Hanako"), payment.name(), "no reading for the processor");
    }

    @Test
    void supportIsNameAndEmail() {
        ProjectionDto support = ProjectionService.project(CUSTOMER, EVERYTHING, DisclosurePurpose.SUPPORT);

        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.EMAIL), carried(support));
        assertEquals("hanako@example.jp", support.email().address(), "the first email");
    }

    @Test
    void aGrantedCategoryThatIsNotHeldIsNeitherSentNorNamed() {
        ContactDto nameAndHomeOnly = new ContactDto(new NameDto("Yamada", null), List.of(HOME), null, null);

        ProjectionDto delivery = ProjectionService.project(CUSTOMER, nameAndHomeOnly, DisclosurePurpose.DELIVERY);

        assertEquals(EnumSet.of(DataCategory.NAME), carried(delivery));
        assertEquals(List.of("user.name"), delivery.dataItems());
        assertNull(delivery.shippingAddress(), "a home address is not a shipping address");
    }

    /** The categories whose field a projection carries. */
    private static Set<DataCategory> carried(ProjectionDto projection) {
        Set<DataCategory> carried = EnumSet.noneOf(DataCategory.class);
        if (projection.name() != null && (projection.name().family() != null || projection.name().given() != null)) {
            carried.add(DataCategory.NAME);
        }
        if (projection.name() != null && (projection.name().familyKana() != null || projection.name().givenKana() != null)) {
            carried.add(DataCategory.NAME_READING);
        }
        if (projection.shippingAddress() != null) {
            carried.add(DataCategory.SHIPPING_ADDRESS);
        }
        if (projection.billingAddress() != null) {
            carried.add(DataCategory.BILLING_ADDRESS);
        }
        if (projection.phone() != null) {
            carried.add(DataCategory.PHONE);
        }
        if (projection.email() != null) {
            carried.add(DataCategory.EMAIL);
        }
        return carried;
    }
}
