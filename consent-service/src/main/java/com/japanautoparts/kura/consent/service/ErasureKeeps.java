package com.japanautoparts.kura.consent.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;
import com.japanautoparts.kura.consent.domain.ConsentRecord;

/**
 * What an erasure keeps of one subject's ledger, decided from the records alone (everything else goes):
 * <ul>
 * <li>{@code optOuts}: the deciding withdrawal of each withdrawn purpose (suppression: the opt-out must keep being honoured,
 * also against a delayed batch that still carries an older grant);</li>
 * <li>{@code optInProof}: while the proof window of the last marketing email is open, the other marketing-email records up
 * to that email (proof of the consent the email was sent under);</li>
 * <li>{@code standingOptIn}: in that window, the marketing-email grant that still stands: the erasure withdraws it before
 * keeping the proof, so the kept proof can never make the customer eligible again (the withdrawal is then kept too).</li>
 * </ul>
 */
record ErasureKeeps(Set<Long> optOuts, Set<Long> optInProof, Optional<ConsentRecord> standingOptIn) {

    ErasureKeeps {
        optOuts = Set.copyOf(optOuts);
        optInProof = Set.copyOf(optInProof);
    }

    /**
     * @param records every ledger record of the subject
     * @param lastEmailInProofWindow the last marketing email, when the proof window after it is still open; else null
     */
    static ErasureKeeps of(List<ConsentRecord> records, Instant lastEmailInProofWindow) {
        Map<String, List<ConsentRecord>> byPurpose = records.stream().collect(Collectors.groupingBy(r -> r.purposeKey));
        Set<Long> optOuts = new HashSet<>();
        Set<Long> proof = new HashSet<>();
        ConsentRecord standingOptIn = null;
        for (Map.Entry<String, List<ConsentRecord>> purpose : byPurpose.entrySet()) {
            ConsentRecord deciding = ConsentLedger.deciding(purpose.getValue()).orElseThrow();
            if (deciding.action == ConsentAction.WITHDRAWN) {
                optOuts.add(deciding.id);
            }
            if (lastEmailInProofWindow != null && ConsentPurpose.MARKETING_EMAIL.equals(purpose.getKey())) {
                purpose.getValue().stream().filter(r -> !r.at.isAfter(lastEmailInProofWindow)).forEach(r -> proof.add(r.id));
                if (deciding.action == ConsentAction.GRANTED) {
                    standingOptIn = deciding;
                }
            }
        }
        proof.removeAll(optOuts);
        return new ErasureKeeps(optOuts, proof, Optional.ofNullable(standingOptIn));
    }

    /** The ids of every record kept as it is. */
    Set<Long> ids() {
        Set<Long> ids = new HashSet<>(optOuts);
        ids.addAll(optInProof);
        return ids;
    }
}
