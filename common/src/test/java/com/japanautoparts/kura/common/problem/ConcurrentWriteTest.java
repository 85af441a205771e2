package com.japanautoparts.kura.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

/**
 * A write that loses a race at commit (the same row updated twice, the same unique key inserted twice, as the input
 * corpus's parallel requests did) is a 409 problem, not a 500; any other failure stays a 500. JPA's
 * OptimisticLockException (matched by name; kura-common does not depend on JPA) is seen by the end-to-end corpus, which
 * updates one customer's contact data from four threads at once.
 */
class ConcurrentWriteTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aUniqueViolationOrSerializationFailureDeepInTheChainIs409() {
        for (String state : new String[] { "23505", "40001", "40P01" }) {
            RuntimeException atCommit = new IllegalStateException("commit failed",
                    new RuntimeException("could not execute statement", new SQLException("duplicate key", state)));
            assertTrue(ProblemMappers.isConcurrentWrite(atCommit), state);
            Response response = mappers.unexpected(atCommit);
            assertEquals(409, response.getStatus());
            assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        }
    }

    @Test
    void anythingElseStaysA500() {
        assertFalse(ProblemMappers.isConcurrentWrite(new IllegalStateException("boom", new SQLException("syntax", "42601"))));
        assertFalse(ProblemMappers.isConcurrentWrite(new IllegalStateException("no cause")));
        assertEquals(500, mappers.unexpected(new IllegalStateException("boom")).getStatus());
    }
}
