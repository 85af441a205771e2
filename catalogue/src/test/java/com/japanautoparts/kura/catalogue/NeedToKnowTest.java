package com.japanautoparts.kura.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NeedToKnowTest {

    @Test
    void aCarrierSeesNameWithItsReadingShippingAddressPhoneAndTheOrderItDelivers() {
        NeedToKnow.Grant carrier = NeedToKnow.grant(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY).orElseThrow();
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.NAME_READING, DataCategory.SHIPPING_ADDRESS, DataCategory.PHONE),
                carrier.ownedBy(DataOwner.CONTACT));
        assertEquals(EnumSet.of(DataCategory.PURCHASE, DataCategory.SHIPMENT), carrier.ownedBy(DataOwner.PAYMENT));
        assertTrue(carrier.perOrder());
    }

    @Test
    void aPaymentProcessorSeesTheTokenAmountNameAndBillingAddressButNoShippingData() {
        NeedToKnow.Grant processor = NeedToKnow.grant(RecipientKind.PAYMENT_PROCESSOR, DisclosurePurpose.PAYMENT).orElseThrow();
        assertEquals(EnumSet.of(DataCategory.CARD_TOKEN, DataCategory.AMOUNT, DataCategory.NAME, DataCategory.BILLING_ADDRESS),
                processor.categories());
    }

    @Test
    void staffSeeNameAndEmailForSupportAndNeverPerOrder() {
        NeedToKnow.Grant staff = NeedToKnow.grant(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).orElseThrow();
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.EMAIL), staff.categories());
        assertFalse(staff.perOrder());
    }

    @Test
    void kindsWithoutAGrantReceiveNothing() {
        assertTrue(NeedToKnow.grant(RecipientKind.AFFILIATE, DisclosurePurpose.DELIVERY).isEmpty());
        assertTrue(NeedToKnow.grant(RecipientKind.CARRIER, DisclosurePurpose.PAYMENT).isEmpty());
    }

    @Test
    void theCustomerIdAndDataNobodyDisclosesAreInNoGrant() {
        Set<DataCategory> granted = NeedToKnow.GRANTS.stream().flatMap(g -> g.categories().stream()).collect(Collectors.toSet());
        assertFalse(granted.contains(DataCategory.CUSTOMER_ID));
        assertFalse(granted.contains(DataCategory.BROWSING_HISTORY));
        assertFalse(granted.contains(DataCategory.PRIVACY_PREFERENCES));
    }

    @Test
    void oneGrantPerKindAndPurposeAndEveryPurposeServed() {
        assertEquals(NeedToKnow.GRANTS.size(),
                NeedToKnow.GRANTS.stream().map(g -> g.recipient() + "/" + g.purpose()).distinct().count());
        for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
            assertTrue(NeedToKnow.GRANTS.stream().anyMatch(g -> g.purpose() == purpose), purpose + " has no grant");
        }
    }

    @Test
    void projectionsAreTheGrantsCategoriesOfTheOwner() {
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.BILLING_ADDRESS),
                NeedToKnow.projection(DataOwner.CONTACT, DisclosurePurpose.PAYMENT));
        assertEquals(EnumSet.of(DataCategory.CARD_TOKEN, DataCategory.AMOUNT),
                NeedToKnow.projection(DataOwner.PAYMENT, DisclosurePurpose.PAYMENT));
        assertTrue(NeedToKnow.projection(DataOwner.PAYMENT, DisclosurePurpose.SUPPORT).isEmpty());
    }

    @Test
    void perOrderGrantsAreServedWholeByPaymentServiceFromTheOrdersSnapshotAndSupportByContactService() {
        assertEquals(DataOwner.PAYMENT, NeedToKnow.grant(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY).orElseThrow().servedBy());
        assertEquals(DataOwner.PAYMENT,
                NeedToKnow.grant(RecipientKind.PAYMENT_PROCESSOR, DisclosurePurpose.PAYMENT).orElseThrow().servedBy());
        assertEquals(DataOwner.CONTACT, NeedToKnow.grant(RecipientKind.STAFF, DisclosurePurpose.SUPPORT).orElseThrow().servedBy());

        assertEquals(EnumSet.of(DataCategory.PURCHASE, DataCategory.SHIPMENT, DataCategory.NAME, DataCategory.NAME_READING,
                DataCategory.SHIPPING_ADDRESS, DataCategory.PHONE), NeedToKnow.served(DataOwner.PAYMENT, DisclosurePurpose.DELIVERY));
        assertTrue(NeedToKnow.served(DataOwner.CONTACT, DisclosurePurpose.DELIVERY).isEmpty(), "the broker never asks contact for it");
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.EMAIL), NeedToKnow.served(DataOwner.CONTACT, DisclosurePurpose.SUPPORT));
        for (NeedToKnow.Grant grant : NeedToKnow.GRANTS) {
            assertEquals(grant.categories(), NeedToKnow.served(grant.servedBy(), grant.purpose()), "one upstream call serves it all");
        }
    }

    @Test
    void theSnapshotIsTheContactDataOfPerOrderGrantsAndNeverTheEmail() {
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.NAME_READING, DataCategory.SHIPPING_ADDRESS, DataCategory.PHONE),
                NeedToKnow.snapshot(DisclosurePurpose.DELIVERY));
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.BILLING_ADDRESS), NeedToKnow.snapshot(DisclosurePurpose.PAYMENT));
        assertTrue(NeedToKnow.snapshot(DisclosurePurpose.SUPPORT).isEmpty());
        assertEquals(EnumSet.of(DataCategory.NAME, DataCategory.NAME_READING, DataCategory.SHIPPING_ADDRESS, DataCategory.PHONE,
                DataCategory.BILLING_ADDRESS), NeedToKnow.snapshot());
        NeedToKnow.snapshot().forEach(category -> assertEquals(DataOwner.CONTACT, category.owner()));
    }

    @Test
    void keysAreUniqueLowerCaseFideslangKeys() {
        assertEquals(DataCategory.values().length, Arrays.stream(DataCategory.values()).map(DataCategory::key).distinct().count());
        for (DataCategory category : DataCategory.values()) {
            assertTrue(category.key().matches("user(\\.[a-z_]+)+"), category.key());
            assertEquals(category, DataCategory.parse(category.key()).orElseThrow());
        }
    }
}
