package com.japanautoparts.kura.e2e;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * Promise 7, storage pressure: one operator action purges every service with its shortened periods, least-needed
 * data first (raw clickstream, then contact change history), and each service logs the run under its trigger.
 */
class StoragePressureTest {

    @Test
    void oneActionPurgesEveryServiceLeastNeededFirstAndEachLogsIt() {
        Kura.as("hanako").post("/api/retention/storage-pressure").then().statusCode(403);

        Kura.as(Scenario.PRIVACY_OFFICER).post("/api/retention/storage-pressure").then().statusCode(200)
                .body("trigger", equalTo("STORAGE_PRESSURE"))
                .body("services.service", contains("clickstream", "contact", "payment", "consent", "disclosure", "gateway"))
                .body("services.outcome", everyItem(equalTo("purged")))
                .body("services.find { it.service == 'contact' }.report.categories.category", hasItem("user.contact change history"));

        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/retention/clickstream/purges").then().statusCode(200)
                .body("trigger", hasItem("STORAGE_PRESSURE"))
                .body("actor", hasItem(Kura.subjectOf(Scenario.PRIVACY_OFFICER)));
    }
}
