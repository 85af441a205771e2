package com.japanautoparts.kura.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.OrderProjectionDto;
import com.japanautoparts.kura.payment.service.ProjectionService;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Issue 15: an order keeps the contact data it was placed with (from contact-service's checkout view, only what its
 * carrier and processor need), encrypted; a customer who moves afterwards does not change what the order's carrier gets.
 */
@QuarkusTest
@WithTestResource(ContactServiceStub.class)
class ContactSnapshotTest {

    @Inject
    ProjectionService projections;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theOrderKeepsTheAddressItWasPlacedWithNotTheOneTheCustomerMovedTo() {
        String customer = "customer-who-moves";
        ContactServiceStub.customerLivesAt(customer, "150-0001", "1-2-3 Jingumae");
        String orderId = OrderFixtures.place(customer);
        ContactServiceStub.customerLivesAt(customer, "530-0001", "9-9 Umeda, the new home");

        OrderProjectionDto delivery = projections.project(orderId, DisclosurePurpose.DELIVERY).orElseThrow();
        assertEquals("1-2-3 Jingumae", delivery.shippingAddress().line1());
        assertEquals("150-0001", delivery.shippingAddress().postalCode());
        assertEquals("Yamada", delivery.name().family());
        assertEquals("+81 90-1234-5678", delivery.phone().number());
        assertNull(delivery.billingAddress(), "the carrier's projection has no billing address");
        OrderProjectionDto payment = projections.project(orderId, DisclosurePurpose.PAYMENT).orElseThrow();
        assertEquals("1-1 Marunouchi", payment.billingAddress().line1());
        assertNull(payment.shippingAddress());
        assertNull(payment.phone());

        String later = OrderFixtures.place(customer);
        assertEquals("9-9 Umeda, the new home",
                projections.project(later, DisclosurePurpose.DELIVERY).orElseThrow().shippingAddress().line1(),
                "an order placed after the move ships to the new address");
    }

    @Test
    @TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
    void theSnapshotIsStoredAsCiphertext() throws SQLException {
        String customer = "customer-snapshot-at-rest";
        ContactServiceStub.customerLivesAt(customer, "150-0001", "7-7 Cipher-cho");
        String orderId = OrderFixtures.place(customer);

        byte[] stored = snapshotOf(orderId);
        assertNotNull(stored);
        String raw = new String(stored, StandardCharsets.ISO_8859_1);
        for (String value : List.of("Cipher-cho", "Yamada", "Hanako", "90-1234-5678", "Marunouchi", "150-0001")) {
            assertFalse(raw.contains(value), "no plaintext in the stored snapshot: " + value);
        }
    }

    private byte[] snapshotOf(String orderId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("select contact_snapshot from orders where public_id = ?")) {
            query.setString(1, orderId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getBytes(1);
            }
        }
    }
}
