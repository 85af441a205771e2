package com.japanautoparts.kura.payment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.api.OrderEventDto;
import com.japanautoparts.kura.payment.api.PaymentMethodDto;
import com.japanautoparts.kura.payment.api.PersonNameDto;
import com.japanautoparts.kura.payment.api.PhoneNumberDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;
import com.japanautoparts.kura.payment.api.PostalAddressDto;
import com.japanautoparts.kura.payment.api.SubjectExportDto;
import com.japanautoparts.kura.payment.api.TransitionDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;
import com.japanautoparts.kura.payment.domain.OrderEvent;
import com.japanautoparts.kura.payment.service.OrderService;
import com.japanautoparts.kura.payment.service.PaymentSubjectData;
import com.japanautoparts.kura.payment.service.PricedOrder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The export hook writes its document while it reads the orders, a page at a time (two orders a page in tests), and the
 * document is still the one a whole {@link SubjectExportDto} made: the same fields in the same order, byte for byte.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
@TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
class StreamedExportTest {

    static final String CUSTOMER = "customer-streamed-export";
    static final int ORDERS = 20;

    /** A second address book entry, with a name in kanji and kana: its multi-byte characters must come out as they went in. */
    static final ContactSnapshotDto MOVED = new ContactSnapshotDto(new PersonNameDto("山田", "花子", "ヤマダ", "ハナコ"),
            new PostalAddressDto("JP", "530-0001", "大阪府", "大阪市北区", "梅田1-2-3 グランフロント", "北館 7階"),
            new PostalAddressDto("JP", "530-0001", "大阪府", "大阪市北区", "梅田1-2-3", null),
            new PhoneNumberDto("MOBILE", "+81 80-9876-5432"));

    @Inject
    OrderService orders;

    @Inject
    PaymentSubjectData subjects;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Order ids, oldest first, with the contact data each was placed with. */
    private final Map<String, ContactSnapshotDto> placed = new LinkedHashMap<>();

    @BeforeEach
    void ordersWithTwoAddresses() throws JsonProcessingException {
        subjects.erase(CUSTOMER);
        placed.clear();
        for (int i = 0; i < ORDERS; i++) {
            ContactSnapshotDto contact = i % 3 == 1 ? MOVED : OrderFixtures.SNAPSHOT;
            String id = orders.create(PricedOrder.of(json.readValue(OrderFixtures.jpyOrder(CUSTOMER), PlaceOrderDto.class), clock),
                    contact, "test").orderId();
            if (i % 2 == 0) {
                orders.transition(id, new TransitionDto("pay", null, null), "test");
            }
            if (i % 4 == 0) {
                orders.transition(id, new TransitionDto("ship", OrderFixtures.CARRIER, OrderFixtures.TRACKING), "test");
            }
            placed.put(id, contact);
        }
    }

    @Test
    void theStreamedDocumentIsTheWholeOneByteForByte() throws JsonProcessingException {
        Response response = given().get("/internal/subjects/" + CUSTOMER + "/export");
        response.then().statusCode(200).contentType("application/json");
        String body = response.asString();

        assertEquals(json.writeValueAsString(wholeDocument()), body);
        // And field by field, read back strictly (an unknown or missing field would fail here or in the comparison).
        SubjectExportDto read = json.readValue(body, SubjectExportDto.class);
        assertEquals(wholeDocument(), read);
        JsonNode tree = json.readTree(body);
        List<String> fields = new ArrayList<>();
        tree.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("service", "customerId", "orders", "contactsAtPlacement"), fields);
        assertEquals(ORDERS, tree.get("orders").size());
        // Each distinct contact snapshot once, with its orders: 7 orders were placed with the second one.
        assertEquals(2, tree.get("contactsAtPlacement").size());
        assertEquals("山田", tree.at("/contactsAtPlacement/0/contact/name/family").asText(),
                "the newest order was placed from the second address, whose kanji come out as they went in");
        assertEquals("梅田1-2-3 グランフロント", tree.at("/contactsAtPlacement/0/contact/shippingAddress/line1").asText());
        assertEquals(7, tree.at("/contactsAtPlacement/0/orders").size());
        assertEquals(13, tree.at("/contactsAtPlacement/1/orders").size());
    }

    @Test
    void aPartLargerThanTheResponseBufferIsSentInChunksWithoutAContentLength() {
        Response response = given().get("/internal/subjects/" + CUSTOMER + "/export");
        response.then().statusCode(200);
        assertTrue(response.asByteArray().length > 8 * 1024, "the part outgrows the response buffer (8 KiB)");
        assertNull(response.header("Content-Length"), "a document written while it is read cannot know its length");
        assertEquals("chunked", response.header("Transfer-Encoding"));
        assertTrue(new String(response.asByteArray(), StandardCharsets.UTF_8).contains("\"name\":\"オイルフィルター\""));
    }

    @Test
    void nothingHeldIsStillA404BeforeAnythingIsWritten() {
        subjects.erase(CUSTOMER);
        given().get("/internal/subjects/" + CUSTOMER + "/export").then().statusCode(404).contentType("application/problem+json");
    }

    /** What the export was before it was streamed: one SubjectExportDto of every order, built whole. */
    private SubjectExportDto wholeDocument() {
        List<String> newestFirst = new ArrayList<>(placed.keySet());
        java.util.Collections.reverse(newestFirst);
        Map<ContactSnapshotDto, List<String>> contacts = new LinkedHashMap<>();
        List<SubjectExportDto.ExportedOrder> exported = new ArrayList<>();
        for (String id : newestFirst) {
            OrderDto shown = orders.find(id).orElseThrow();
            PaymentMethodDto method = shown.paymentMethod();
            OrderDto order = new OrderDto(shown.orderId(), null, shown.status(), shown.currency(), shown.lines(), shown.total(),
                    shown.itemsCount(), shown.processorId(), new PaymentMethodDto(null, method.brand(), method.last4(),
                            method.expiryMonth(), method.expiryYear(), null),
                    shown.carrierId(), shown.trackingNumber(), shown.placedAt(), shown.updatedAt());
            exported.add(new SubjectExportDto.ExportedOrder(order, history(id)));
            contacts.computeIfAbsent(placed.get(id), c -> new ArrayList<>()).add(id);
        }
        return new SubjectExportDto("payment-service", CUSTOMER, exported, contacts.entrySet().stream()
                .map(entry -> new SubjectExportDto.ContactAtPlacement(entry.getKey(), entry.getValue())).toList());
    }

    private static List<OrderEventDto> history(String orderId) {
        return QuarkusTransaction.requiringNew().call(() -> OrderEvent.listForOrder(CustomerOrder.findByPublicId(orderId).orElseThrow().id)
                .stream()
                .map(e -> new OrderEventDto(e.occurredAt, e.fromStatus == null ? null : e.fromStatus.key(), e.toStatus.key(), e.actor))
                .toList());
    }
}
