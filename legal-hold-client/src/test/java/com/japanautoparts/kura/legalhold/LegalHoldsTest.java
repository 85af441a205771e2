package com.japanautoparts.kura.legalhold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.legalhold.LegalHoldsUnavailableException;
import com.japanautoparts.kura.common.legalhold.SubjectHolds;

/** How answers are read; the calls themselves (faults, retries, 503) are tested in the services against WireMock. */
class LegalHoldsTest {

    private static final SubjectHolds.Hold LITIGATION = new SubjectHolds.Hold("litigation", "Tanaka v. Japan Auto Parts");

    @Test
    void aHeldSubjectWithNoHoldListedIsStillHeld() {
        SubjectHolds holds = answering(new LegalHoldRestClient.SubjectAnswer(true, null), null).of("c");

        assertTrue(holds.held());
        assertEquals(List.of(), holds.holds());
    }

    @Test
    void holdsAreListedWithoutGaps() {
        SubjectHolds holds = answering(
                new LegalHoldRestClient.SubjectAnswer(true, Arrays.asList(null, LITIGATION)), null).of("c");

        assertEquals(List.of(LITIGATION), holds.holds());
    }

    @Test
    void aSubjectNotHeldHasNoHolds() {
        SubjectHolds holds = answering(new LegalHoldRestClient.SubjectAnswer(false, List.of(LITIGATION)), null).of("c");

        assertFalse(holds.held());
        assertEquals(List.of(), holds.holds());
    }

    @Test
    void anAnswerWithoutHeldIsNoAnswer() {
        LegalHolds holds = answering(new LegalHoldRestClient.SubjectAnswer(null, List.of()), null);

        assertThrows(IllegalStateException.class, () -> holds.of("c"));
    }

    @Test
    void heldSubjectsComeWithoutGapsAndAMissingListIsNoAnswer() {
        assertEquals(Set.of("a", "b"),
                answering(null, new LegalHoldRestClient.HeldSubjectsAnswer(Arrays.asList("a", null, "b"))).heldSubjects());
        LegalHolds noList = answering(null, new LegalHoldRestClient.HeldSubjectsAnswer(null));
        assertThrows(IllegalStateException.class, noList::heldSubjects);
    }

    @Test
    void unknownHoldsAreA503ProblemWithRetryAfter() {
        LegalHolds holds = answering(null, null);

        LegalHoldsUnavailableException unknown = assertThrows(LegalHoldsUnavailableException.class,
                () -> holds.heldUnknown(new IllegalStateException()));

        assertEquals(503, unknown.status().getStatusCode());
        assertEquals(Map.of("Retry-After", "45"), unknown.headers());
    }

    private static LegalHolds answering(LegalHoldRestClient.SubjectAnswer subject, LegalHoldRestClient.HeldSubjectsAnswer all) {
        return new LegalHolds(new LegalHoldRestClient() {
            @Override
            public SubjectAnswer subject(String customerId) {
                return subject;
            }

            @Override
            public HeldSubjectsAnswer heldSubjects() {
                return all;
            }
        }, () -> 45);
    }
}
