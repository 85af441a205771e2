package com.japanautoparts.kura.testing;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;

public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** A client error, as RFC 9457 problem+json with a detail (the HTTP layer's 413, 414 and 431 included). */
    public static void assertClientProblem(Response response) {
        assertThat("status of " + response.asString(), response.statusCode(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        assertThat(response.contentType(), startsWith("application/problem+json"));
        assertThat(response.jsonPath().getString("detail"), not(emptyOrNullString()));
        assertThat(response.jsonPath().getInt("status"), is(response.statusCode()));
    }

    /** The same for an answer read off the socket (a request no HTTP client would send). */
    public static void assertClientProblem(RawHttp.Answer answer) {
        assertThat("status of " + answer, answer.status(), allOf(greaterThanOrEqualTo(400), lessThan(500)));
        assertThat("a problem document: " + answer, answer.isProblem(), is(true));
        assertThat(answer.json().getString("detail"), not(emptyOrNullString()));
        assertThat(answer.json().getInt("status"), is(answer.status()));
    }

    public static void assertProblem(Response response, int status) {
        assertThat("status of " + response.asString(), response.statusCode(), is(status));
        assertThat(response.contentType(), startsWith("application/problem+json"));
        assertThat(response.jsonPath().getString("detail"), not(emptyOrNullString()));
    }
}
