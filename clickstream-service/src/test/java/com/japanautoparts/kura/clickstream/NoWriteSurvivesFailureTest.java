package com.japanautoparts.kura.clickstream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.testing.LateFailure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** A batch that fails after it was screened and inserted, at its commit, leaves no event behind. */
@QuarkusTest
@TestSecurity(user = "storefront-app", roles = Roles.STOREFRONT)
class NoWriteSurvivesFailureTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void disarm() {
        LateFailure.disarm();
    }

    @Test
    void aBatchFailingAtItsCommitLeavesNoEvent() throws SQLException {
        String batch = Events.batch(Events.pageView(Events.unique("late-failure"), "/parts/brakes"),
                Events.pageView(Events.unique("late-failure"), "/parts/filters"));
        long before = events();
        LateFailure.failNextInsertInto("click_event");
        given().contentType(ContentType.JSON).body(batch).post("/clickstream/events")
                .then().statusCode(500).contentType("application/problem+json");
        assertEquals(1, LateFailure.fired(), "the batch was inserted and failed at its commit");
        assertEquals(before, events());

        given().contentType(ContentType.JSON).body(batch).post("/clickstream/events").then().statusCode(200);
        assertEquals(before + 2, events());
    }

    private long events() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from click_event")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
