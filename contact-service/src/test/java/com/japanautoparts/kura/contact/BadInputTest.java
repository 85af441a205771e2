package com.japanautoparts.kura.contact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.BadBody;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** Malformed, mistyped, invalid and oversize bodies: a 4xx problem each, and stored data untouched. */
@QuarkusTest
@TestSecurity(user = BadInputTest.CUSTOMER, roles = Roles.CUSTOMER)
class BadInputTest {

    static final String CUSTOMER = "customer-bad-input";
    private static final String EMAIL = "bad.input@example.jp";

    static Stream<BadBody> badBodies() {
        List<BadBody> specific = List.of(
                BadBody.json("name is a number", "{\"name\": 42}"),
                BadBody.json("family name is an object", "{\"name\": {\"family\": {}}}"),
                BadBody.json("family name is a number", "{\"name\": {\"family\": 42}}"),
                BadBody.json("address type as an ordinal", "{\"addresses\": [{\"type\": 1}]}"),
                BadBody.json("family name too long", "{\"name\": {\"family\": \"" + "x".repeat(101) + "\"}}"),
                BadBody.json("control character in a name", "{\"name\": {\"given\": \"Ha\\u0000na\"}}"),
                BadBody.json("Japanese postal code of eight digits", "{\"addresses\": [{\"type\": \"HOME\", \"postalCode\": \"〒150-00011\"}]}"),
                BadBody.json("Japanese postal code with a letter", "{\"addresses\": [{\"type\": \"HOME\", \"postalCode\": \"15O-0001\"}]}"),
                BadBody.json("reading in kanji", "{\"name\": {\"familyKana\": \"山田\"}}"),
                BadBody.json("reading in latin letters", "{\"name\": {\"givenKana\": \"Hanako\"}}"),
                BadBody.json("reading of spaces only", "{\"name\": {\"givenKana\": \"\u3000 \"}}"),
                BadBody.json("reading with a control character", "{\"name\": {\"givenKana\": \"ハナ\\u0000コ\"}}"),
                BadBody.json("reading too long", "{\"name\": {\"familyKana\": \"" + "ア".repeat(101) + "\"}}"),
                BadBody.json("international postal code with symbols", "{\"addresses\": [{\"type\": \"HOME\", \"country\": \"GB\", \"postalCode\": \"SW1A<1AA>\"}]}"),
                BadBody.json("address without type", "{\"addresses\": [{\"line1\": \"1-2-3 Jingumae\"}]}"),
                BadBody.json("unknown address type", "{\"addresses\": [{\"type\": \"OFFICE\"}]}"),
                BadBody.json("lower-case country", "{\"addresses\": [{\"type\": \"HOME\", \"country\": \"jp\"}]}"),
                BadBody.json("null address entry", "{\"addresses\": [null]}"),
                BadBody.json("addresses not a list", "{\"addresses\": {\"type\": \"HOME\"}}"),
                BadBody.json("phone with letters", "{\"phones\": [{\"number\": \"call me maybe\"}]}"),
                BadBody.json("invalid email", "{\"emails\": [{\"address\": \"not-an-email\"}]}"),
                BadBody.json("email as a bare string", "{\"emails\": [\"a@example.jp\"]}"),
                BadBody.json("eleven emails", "{\"emails\": [" + String.join(",", Collections.nCopies(11, "{\"address\": \"a@example.jp\"}")) + "]}"),
                BadBody.json("unknown nested field", "{\"name\": {\"family\": \"Y\", \"middle\": \"Q\"}}"));
        return Stream.concat(BadBody.generic().stream(), specific.stream());
    }

    @BeforeEach
    void storeKnownData() {
        given().contentType(ContentType.JSON).body(ContactFixtures.contact(EMAIL)).put("/contacts/me")
                .then().statusCode(oneOf(200, 201));
    }

    @ParameterizedTest(name = "PUT {0}")
    @MethodSource("badBodies")
    void replaceRefusesAndKeepsData(BadBody bad) {
        ProblemAssertions.assertClientProblem(
                given().contentType(bad.contentType()).body(bad.body()).put("/contacts/me").andReturn());
        assertDataIntact();
    }

    @ParameterizedTest(name = "PATCH {0}")
    @MethodSource("badBodies")
    void patchRefusesAndKeepsData(BadBody bad) {
        String contentType = bad.contentType().equals(BadBody.JSON) ? "application/merge-patch+json" : bad.contentType();
        ProblemAssertions.assertClientProblem(
                given().contentType(contentType).body(bad.body()).patch("/contacts/me").andReturn());
        assertDataIntact();
    }

    private static void assertDataIntact() {
        given().get("/contacts/me").then().statusCode(200)
                .body("name.family", equalTo(ContactFixtures.FAMILY))
                .body("addresses[0].postalCode", equalTo(ContactFixtures.POSTAL_CODE))
                .body("phones[0].number", equalTo(ContactFixtures.PHONE))
                .body("emails[0].address", equalTo(EMAIL));
    }
}
