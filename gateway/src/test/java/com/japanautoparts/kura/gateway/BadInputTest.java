package com.japanautoparts.kura.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.gateway.service.RequestService;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Every malformed request body is a 4xx problem, and no request is filed. */
@QuarkusTest
@QuarkusTestResource(Downstream.class)
class BadInputTest {

    static final String SUBJECT = "customer-bad-input";

    @Inject
    RequestService requests;

    static Stream<Arguments> badBodies() {
        List<BadBody> bodies = new ArrayList<>(BadBody.generic());
        bodies.add(BadBody.json("empty object", "{}"));
        bodies.add(BadBody.json("type null", "{\"type\": null}"));
        bodies.add(BadBody.json("unknown type", "{\"type\": \"delete-everything\"}"));
        bodies.add(BadBody.json("type in upper case", "{\"type\": \"ERASURE\"}"));
        bodies.add(BadBody.json("type as number", "{\"type\": 1}"));
        bodies.add(BadBody.json("type as array", "{\"type\": [\"access\"]}"));
        bodies.add(BadBody.json("type as object", "{\"type\": {\"value\": \"access\"}}"));
        bodies.add(BadBody.json("extra subject field", "{\"type\": \"access\", \"subject\": \"someone-else\"}"));
        bodies.add(BadBody.json("duplicate key", "{\"type\": \"access\", \"type\": \"erasure\"}"));
        bodies.add(BadBody.json("two documents", "{\"type\": \"access\"}{\"type\": \"access\"}"));
        return bodies.stream().map(BadBody::asArguments);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    @TestSecurity(user = SUBJECT, roles = Roles.CUSTOMER)
    void isRefusedWithAProblemAndFilesNothing(BadBody bad) {
        ProblemAssertions.assertClientProblem(given().contentType(bad.contentType()).body(bad.body()).post("/api/me/requests"));
        assertEquals(0, requests.listOwn(SUBJECT).size());
    }
}
