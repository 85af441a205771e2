package com.japanautoparts.kura.catalogue;

import static com.japanautoparts.kura.catalogue.DataCategory.AMOUNT;
import static com.japanautoparts.kura.catalogue.DataCategory.BILLING_ADDRESS;
import static com.japanautoparts.kura.catalogue.DataCategory.CARD_TOKEN;
import static com.japanautoparts.kura.catalogue.DataCategory.EMAIL;
import static com.japanautoparts.kura.catalogue.DataCategory.NAME;
import static com.japanautoparts.kura.catalogue.DataCategory.PHONE;
import static com.japanautoparts.kura.catalogue.DataCategory.PURCHASE;
import static com.japanautoparts.kura.catalogue.DataCategory.SHIPMENT;
import static com.japanautoparts.kura.catalogue.DataCategory.SHIPPING_ADDRESS;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each kind of recipient receives, for each purpose: the one answer to "what does a carrier see". The owning
 * services build their need-to-know projections from it ({@link #projection}), and disclosure-service's rules are
 * checked against it by a test; a purpose no grant names is never served.
 */
public final class NeedToKnow {

    /**
     * One kind of recipient, one purpose, the categories released. {@code perOrder}: the data of one order assigned
     * to the recipient; otherwise of one customer, asked for by a person who states why.
     */
    public record Grant(RecipientKind recipient, DisclosurePurpose purpose, Set<DataCategory> categories, boolean perOrder) {

        public Grant {
            categories = Set.copyOf(categories);
        }

        /** The categories of this grant that one service holds. */
        public Set<DataCategory> ownedBy(DataOwner owner) {
            return categories.stream().filter(c -> c.owner() == owner)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
        }
    }

    /** Every grant there is (APPI Art. 27(5)(i): outsourcing of delivery and payment; support under the contract). */
    public static final List<Grant> GRANTS = List.of(
            new Grant(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY,
                    EnumSet.of(PURCHASE, SHIPMENT, NAME, SHIPPING_ADDRESS, PHONE), true),
            new Grant(RecipientKind.PAYMENT_PROCESSOR, DisclosurePurpose.PAYMENT,
                    EnumSet.of(CARD_TOKEN, AMOUNT, NAME, BILLING_ADDRESS), true),
            new Grant(RecipientKind.STAFF, DisclosurePurpose.SUPPORT, EnumSet.of(NAME, EMAIL), false));

    private NeedToKnow() {
    }

    public static Optional<Grant> grant(RecipientKind recipient, DisclosurePurpose purpose) {
        return GRANTS.stream().filter(g -> g.recipient() == recipient && g.purpose() == purpose).findFirst();
    }

    /**
     * The categories an owning service releases for a purpose: what the grants for that purpose name of its data.
     * Empty when the service serves nothing for it.
     */
    public static Set<DataCategory> projection(DataOwner owner, DisclosurePurpose purpose) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        GRANTS.stream().filter(g -> g.purpose() == purpose).forEach(g -> categories.addAll(g.ownedBy(owner)));
        return categories;
    }
}
