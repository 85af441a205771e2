package com.japanautoparts.kura.payment.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.payment.api.ContactCorrectionDto;
import com.japanautoparts.kura.payment.api.ContactSnapshotDto;
import com.japanautoparts.kura.payment.domain.CustomerOrder;

import io.quarkus.logging.Log;

/**
 * A customer's correction of their contact data reaches their orders not yet shipped (APPI Art. 34, GDPR Art. 16): the
 * snapshot of each placed or paid order is replaced by the corrected one, so the carrier gets the address the customer
 * fixed. An order shipped, delivered, cancelled or refunded keeps the snapshot it has, the record of what went to its
 * carrier (disclosure-service tells the recipients of the old data of the correction). A correction older than the one an
 * order holds changes nothing, so one that arrives late or twice is harmless.
 */
@ApplicationScoped
@Transactional
public class ContactCorrections {

    private final ContactSnapshots snapshots;
    private final Clock clock;

    public ContactCorrections(ContactSnapshots snapshots, Clock clock) {
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Replaces the snapshot of the customer's orders not yet shipped; returns how many changed. */
    public int correct(String customerId, ContactCorrectionDto correction) {
        ContactSnapshotDto corrected = ContactSnapshots.keep(correction.name(), correction.shippingAddress(),
                correction.billingAddress(), correction.phone());
        Instant now = Instant.now(clock);
        int updated = 0;
        for (CustomerOrder order : CustomerOrder.notYetShippedForUpdate(customerId)) {
            Optional<ContactSnapshotDto> held = snapshots.open(order);
            // An order placed before snapshots were kept releases no contact data, and a correction does not start it.
            if (held.isEmpty() || order.contactAsOf != null && !correction.asOf().isAfter(order.contactAsOf)) {
                continue;
            }
            ContactSnapshotDto next = corrected.shippingAddress() != null ? corrected
                    : new ContactSnapshotDto(corrected.name(), held.get().shippingAddress(), corrected.billingAddress(),
                            corrected.phone());
            order.contactSnapshot = snapshots.seal(order.publicId, next);
            order.contactAsOf = correction.asOf();
            order.updatedAt = now;
            updated++;
        }
        Log.debugf("A contact correction reached %d orders not yet shipped", updated);
        return updated;
    }
}
