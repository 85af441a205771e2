package com.japanautoparts.kura.disclosure.service;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DataOwner;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.NeedToKnow;

/**
 * The contact data an exception case may ask for, and which of contact-service's need-to-know projections carry it,
 * both read from the data catalogue: contact-service serves for each purpose what the grants for that purpose name
 * of its data ({@link NeedToKnow#projection}), and nothing else can be fetched.
 */
final class ContactItems {

    private ContactItems() {
    }

    /** The contact categories some projection carries: what a case may ask for. */
    static Set<DataCategory> askable() {
        Set<DataCategory> items = EnumSet.noneOf(DataCategory.class);
        for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
            items.addAll(NeedToKnow.projection(DataOwner.CONTACT, purpose));
        }
        return items;
    }

    /**
     * The projections to fetch for these items: each time the one that carries most of what is still missing (the
     * first purpose on a tie), until every item is carried. Items no projection carries are left out.
     */
    static List<DisclosurePurpose> projectionsFor(Set<DataCategory> items) {
        Set<DataCategory> missing = EnumSet.noneOf(DataCategory.class);
        missing.addAll(items);
        missing.retainAll(askable());
        List<DisclosurePurpose> projections = new ArrayList<>();
        while (!missing.isEmpty()) {
            DisclosurePurpose best = null;
            long most = 0;
            for (DisclosurePurpose purpose : DisclosurePurpose.values()) {
                long carried = NeedToKnow.projection(DataOwner.CONTACT, purpose).stream().filter(missing::contains).count();
                if (carried > most) {
                    best = purpose;
                    most = carried;
                }
            }
            projections.add(best);
            missing.removeAll(NeedToKnow.projection(DataOwner.CONTACT, best));
        }
        return projections;
    }

    static List<String> keys() {
        return askable().stream().map(DataCategory::key).toList();
    }
}
