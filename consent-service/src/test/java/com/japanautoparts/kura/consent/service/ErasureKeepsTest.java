package com.japanautoparts.kura.consent.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.consent.domain.ConsentAction;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;
import com.japanautoparts.kura.consent.domain.ConsentRecord;

/** What an erasure keeps, decided from the records alone (no Quarkus, no database). */
class ErasureKeepsTest {

    private static final String AFFILIATE = "affiliate-tracking";
    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void withoutAnOptOutOrAnOpenProofWindowNothingIsKept() {
        ErasureKeeps keeps = ErasureKeeps.of(List.of(record(1, ConsentPurpose.MARKETING_EMAIL, ConsentAction.GRANTED, 0),
                record(2, AFFILIATE, ConsentAction.GRANTED, 0)), null);
        assertEquals(Set.of(), keeps.ids());
        assertEquals(Optional.empty(), keeps.standingOptIn());
    }

    @Test
    void theDecidingWithdrawalOfEachPurposeIsKeptAndNothingBeforeIt() {
        ErasureKeeps keeps = ErasureKeeps.of(List.of(record(1, AFFILIATE, ConsentAction.GRANTED, 0),
                record(2, AFFILIATE, ConsentAction.WITHDRAWN, 10),
                record(3, ConsentPurpose.MARKETING_EMAIL, ConsentAction.WITHDRAWN, 5),
                record(4, ConsentPurpose.MARKETING_EMAIL, ConsentAction.GRANTED, 20),
                record(5, ConsentPurpose.MARKETING_EMAIL, ConsentAction.WITHDRAWN, 30)), null);
        assertEquals(Set.of(2L, 5L), keeps.optOuts());
        assertEquals(Set.of(), keeps.optInProof());
        assertEquals(Set.of(2L, 5L), keeps.ids());
    }

    @Test
    void atTheSameInstantTheWithdrawalWins() {
        ErasureKeeps keeps = ErasureKeeps.of(List.of(record(2, AFFILIATE, ConsentAction.WITHDRAWN, 10),
                record(3, AFFILIATE, ConsentAction.GRANTED, 10)), null);
        assertEquals(Set.of(2L), keeps.optOuts());
    }

    @Test
    void inTheProofWindowTheMarketingRecordsUpToTheLastEmailAreKeptAndAStandingOptInIsToBeWithdrawn() {
        ConsentRecord optIn = record(1, ConsentPurpose.MARKETING_EMAIL, ConsentAction.GRANTED, 0);
        ConsentRecord renewed = record(2, ConsentPurpose.MARKETING_EMAIL, ConsentAction.GRANTED, 100);
        ConsentRecord affiliate = record(3, AFFILIATE, ConsentAction.GRANTED, 0);
        ErasureKeeps keeps = ErasureKeeps.of(List.of(optIn, renewed, affiliate), T0.plusSeconds(50));
        assertEquals(Set.of(1L), keeps.optInProof(), "records after the last email prove nothing about it");
        assertEquals(Optional.of(renewed), keeps.standingOptIn());
        assertEquals(Set.of(), keeps.optOuts());
    }

    @Test
    void inTheProofWindowAWithdrawnOptInKeepsItsProofAndItsWithdrawal() {
        ErasureKeeps keeps = ErasureKeeps.of(List.of(record(1, ConsentPurpose.MARKETING_EMAIL, ConsentAction.GRANTED, 0),
                record(2, ConsentPurpose.MARKETING_EMAIL, ConsentAction.WITHDRAWN, 10)), T0.plusSeconds(20));
        assertEquals(Set.of(2L), keeps.optOuts());
        assertEquals(Set.of(1L), keeps.optInProof(), "the withdrawal is counted once, as the opt-out");
        assertTrue(keeps.standingOptIn().isEmpty());
    }

    private static ConsentRecord record(long id, String purpose, ConsentAction action, long secondsAfterT0) {
        ConsentRecord record = new ConsentRecord();
        record.id = id;
        record.subject = "customer-1";
        record.purposeKey = purpose;
        record.action = action;
        record.at = T0.plusSeconds(secondsAfterT0);
        return record;
    }
}
