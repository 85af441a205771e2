package com.japanautoparts.kura.catalogue;

import static com.japanautoparts.kura.catalogue.DataCategory.AMOUNT;
import static com.japanautoparts.kura.catalogue.DataCategory.BILLING_ADDRESS;
import static com.japanautoparts.kura.catalogue.DataCategory.CARD_TOKEN;
import static com.japanautoparts.kura.catalogue.DataCategory.EMAIL;
import static com.japanautoparts.kura.catalogue.DataCategory.NAME;
import static com.japanautoparts.kura.catalogue.DataCategory.NAME_READING;
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
 * What each kind of recipient receives, for each purpose, and which service serves it: the one answer to "what does a
 * carrier see". The services build their need-to-know projections from it ({@link #served}, {@link #projection}),
 * payment-service captures at placement what an order's grants will need ({@link #snapshot}), and disclosure-service's
 * rules are checked against it by a test; a purpose no grant names is never served.
 * <p>
 * A <b>per-order</b> grant is served whole by payment-service: the order's data, and the contact data the order was
 * placed with, captured from contact-service when it was placed and kept with the order (encrypted, gone with the
 * order's pseudonymisation or retention). A carrier therefore sees the address the parcel goes to, not where the
 * customer lives today. A <b>per-customer</b> grant (staff's support look-up) is served by the owner of its categories,
 * contact-service, with today's data.
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

        /**
         * The service the broker asks for this grant, the one upstream call it makes: payment-service for a per-order
         * grant (the order and its contact snapshot), the owner of the categories for a per-customer grant.
         */
        public DataOwner servedBy() {
            if (perOrder) {
                return DataOwner.PAYMENT;
            }
            Set<DataOwner> owners = categories.stream().map(DataCategory::owner).collect(Collectors.toSet());
            if (owners.size() != 1) {
                throw new IllegalStateException("A per-customer grant must name the data of one owner: " + owners);
            }
            return owners.iterator().next();
        }

        /** The categories of this grant that one service holds as their owner. */
        public Set<DataCategory> ownedBy(DataOwner owner) {
            return categories.stream().filter(c -> c.owner() == owner)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(DataCategory.class)));
        }
    }

    /**
     * Every grant there is (APPI Art. 27(5)(i): outsourcing of delivery and payment; support under the contract). The
     * carrier alone receives the name's reading (katakana) with the name: it prints it and reads it out at the door.
     */
    public static final List<Grant> GRANTS = List.of(
            new Grant(RecipientKind.CARRIER, DisclosurePurpose.DELIVERY,
                    EnumSet.of(PURCHASE, SHIPMENT, NAME, NAME_READING, SHIPPING_ADDRESS, PHONE), true),
            new Grant(RecipientKind.PAYMENT_PROCESSOR, DisclosurePurpose.PAYMENT,
                    EnumSet.of(CARD_TOKEN, AMOUNT, NAME, BILLING_ADDRESS), true),
            new Grant(RecipientKind.STAFF, DisclosurePurpose.SUPPORT, EnumSet.of(NAME, EMAIL), false));

    private NeedToKnow() {
    }

    public static Optional<Grant> grant(RecipientKind recipient, DisclosurePurpose purpose) {
        return GRANTS.stream().filter(g -> g.recipient() == recipient && g.purpose() == purpose).findFirst();
    }

    /**
     * What a service serves the broker for a purpose: every category of the grants for that purpose it serves
     * ({@link Grant#servedBy}). Empty when the broker never asks it for the purpose.
     */
    public static Set<DataCategory> served(DataOwner server, DisclosurePurpose purpose) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        GRANTS.stream().filter(g -> g.purpose() == purpose && g.servedBy() == server).forEach(g -> categories.addAll(g.categories()));
        return categories;
    }

    /**
     * The categories of an owner's data the grants for a purpose name, whoever serves them: what the owner holds today
     * of them. contact-service projects these with today's values (the broker's support look-up, and exception cases,
     * which ask for the current data of named categories). Empty when no grant for the purpose names its data.
     */
    public static Set<DataCategory> projection(DataOwner owner, DisclosurePurpose purpose) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        GRANTS.stream().filter(g -> g.purpose() == purpose).forEach(g -> categories.addAll(g.ownedBy(owner)));
        return categories;
    }

    /**
     * What payment-service captures from contact-service when an order is placed, for the order's per-order grants of
     * a purpose: the contact categories they name. Empty for a purpose no per-order grant serves.
     */
    public static Set<DataCategory> snapshot(DisclosurePurpose purpose) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        GRANTS.stream().filter(g -> g.purpose() == purpose && g.perOrder())
                .forEach(g -> categories.addAll(g.ownedBy(DataOwner.CONTACT)));
        return categories;
    }

    /** Everything payment-service captures at placement: the snapshot of every purpose. */
    public static Set<DataCategory> snapshot() {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
            categories.addAll(snapshot(purpose));
        }
        return categories;
    }
}
