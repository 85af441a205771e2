package com.japanautoparts.kura.disclosure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.disclosure.api.NewCaseDto;
import com.japanautoparts.kura.disclosure.api.NewLegalHoldDto;
import com.japanautoparts.kura.disclosure.api.ReportEntryDto;
import com.japanautoparts.kura.disclosure.api.SubjectExportDto;
import com.japanautoparts.kura.disclosure.domain.LedgerEntry;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.service.CaseService;
import com.japanautoparts.kura.disclosure.service.LedgerDraft;
import com.japanautoparts.kura.disclosure.service.LedgerService;
import com.japanautoparts.kura.disclosure.service.LegalHoldService;
import com.japanautoparts.kura.disclosure.domain.CaseType;
import com.japanautoparts.kura.disclosure.domain.HoldReason;
import com.japanautoparts.kura.disclosure.domain.LegalBasis;
import com.japanautoparts.kura.testing.ProblemAssertions;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * "Who received my data": a customer's own disclosures only, also in the access export. Erasure keeps the ledger and
 * what else names the subject, and says why; a legal hold blocks it (common's hooks, this service's own holds).
 */
@QuarkusTest
class ReportTest {

    static final String ME = "customer-report-me";
    static final String OTHER = "customer-report-other";
    static final String PULLED = "customer-report-pulled";

    @Inject
    LedgerService ledger;

    @Inject
    CaseService cases;

    @Inject
    LegalHoldService holds;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void disclosuresOfTwoCustomers() {
        Fixtures.registerRecipients();
        Recipient carrier = Recipient.findById(Fixtures.CARRIER_A);
        Recipient acquirer = Recipient.findById(Fixtures.ACQUIRER);
        if (LedgerEntry.count("subject", ME) == 0) {
            ledger.append(LedgerDraft.disclosed(carrier, ME, "order:report-1", List.of("user.name", "user.contact.address.shipping"),
                    "delivery", LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
            ledger.append(LedgerDraft.refusals(carrier, List.of(ME), "refusals:2026-12-01T00:00:00Z/2026-12-01T00:01:00Z",
                    "delivery", "carrier-a-app", "not-assigned", 1, 3));
            ledger.append(LedgerDraft.disclosed(carrier, OTHER, "order:report-3", List.of("user.name"), "delivery",
                    LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
            ledger.append(LedgerDraft.disclosedInBulk(acquirer, List.of(OTHER, ME), "case:report", List.of("user.contact.email"),
                    "business-transfer", LegalBasis.BUSINESS_TRANSFER, "Merger agreement 2026", "officer-tanaka"));
        }
    }

    @Test
    @TestSecurity(user = ME, roles = Roles.CUSTOMER)
    void aCustomerSeesEveryDisclosureOfTheirDataAndNothingElse() {
        given().get("/disclosures/me").then().statusCode(200)
                .body("$", hasSize(2))
                .body("[0].recipientName", equalTo("Recipient " + Fixtures.CARRIER_A))
                .body("[0].recipientKind", equalTo("carrier"))
                .body("[0].dataItems", equalTo(List.of("user.name", "user.contact.address.shipping")))
                .body("[0].purpose", equalTo("delivery"))
                .body("[0].legalBasis", equalTo("outsourcing"))
                .body("[1].recipientKind", equalTo("acquirer"))
                .body("[1].legalBasis", equalTo("business-transfer"))
                .body("[1].dataItems", equalTo(List.of("user.contact.email")));
    }

    @Test
    @TestSecurity(user = PULLED, roles = Roles.CUSTOMER)
    void aCarrierPullingAnOrderAgainAndAgainIsOneEntryThatSaysHowOftenAndWhenLast() {
        Recipient carrier = Recipient.findById(Fixtures.CARRIER_A);
        if (LedgerEntry.count("subject", PULLED) == 0) {
            List<String> items = List.of("user.name", "user.contact.address.shipping");
            ledger.appendAll(IntStream.range(0, 300).mapToObj(i -> LedgerDraft.disclosed(carrier, PULLED, "order:pulled-1",
                    items, "delivery", LegalBasis.OUTSOURCING, null, null, "carrier-a-app")).toList());
            ledger.append(LedgerDraft.disclosed(carrier, PULLED, "order:pulled-2", items, "delivery", LegalBasis.OUTSOURCING,
                    null, null, "carrier-a-app"));
            ledger.appendAll(IntStream.range(0, 2).mapToObj(i -> LedgerDraft.disclosed(carrier, PULLED, "order:pulled-1",
                    List.of("user.name"), "delivery", LegalBasis.OUTSOURCING, null, null, "carrier-a-app")).toList());
        }
        List<LedgerEntry> rows = LedgerEntry.list("subject = ?1 order by id", PULLED);

        given().get("/disclosures/me").then().statusCode(200)
                .body("$", hasSize(3))
                .body("reference", contains("order:pulled-1", "order:pulled-2", "order:pulled-1"))
                .body("[0].id", equalTo(rows.get(0).id.intValue()))
                .body("[0].times", equalTo(300))
                .body("[0].at", equalTo(rows.get(0).at.toString()))
                .body("[0].lastAt", equalTo(rows.get(299).at.toString()))
                .body("[1].times", nullValue())
                .body("[1].lastAt", nullValue())
                .body("[2].times", equalTo(2))
                .body("[2].dataItems", equalTo(List.of("user.name")));
    }

    @Test
    @TestSecurity(user = "customer-with-nothing", roles = Roles.CUSTOMER)
    void aCustomerWithoutDisclosuresGetsAnEmptyList() {
        given().get("/disclosures/me").then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theAccessExportHoldsTheReportAndErasureKeepsTheLedger() {
        given().get("/internal/subjects/" + ME + "/export").then().statusCode(200)
                .body("service", equalTo("disclosure-service"))
                .body("customerId", equalTo(ME))
                .body("disclosures", hasSize(2));
        long rows = LedgerEntry.count("subject", ME);
        for (int i = 0; i < 2; i++) {
            given().post("/internal/subjects/" + ME + "/erase").then().statusCode(200)
                    .body("service", equalTo("disclosure-service"))
                    .body("customerId", nullValue())
                    .body("outcome", equalTo("retained-legal-obligation"))
                    .body("retained", hasSize(1))
                    .body("retained[0].what", containsString("disclosure ledger rows"))
                    .body("retained[0].what", containsString("no values"))
                    .body("retained[0].legalReason", containsString("APPI Art. 29/30"));
        }
        assertEquals(rows, LedgerEntry.count("subject", ME));
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void theExportIsEveryDisclosureInLedgerOrderAsTheCustomersReport() throws JsonProcessingException {
        // The subject's own rows and bulk rows that list it, interleaved with rows about others and a refusal.
        String subject = Fixtures.unique("paged");
        Recipient carrier = Recipient.findById(Fixtures.CARRIER_A);
        Recipient acquirer = Recipient.findById(Fixtures.ACQUIRER);
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(ledger.append(LedgerDraft.disclosed(carrier, subject, "order:paged-" + i, List.of("user.name"), "delivery",
                    LegalBasis.OUTSOURCING, null, null, "carrier-a-app")).id);
            ledger.append(LedgerDraft.disclosed(carrier, OTHER, "order:paged-other-" + i, List.of("user.name"), "delivery",
                    LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
            mine.add(ledger.append(LedgerDraft.disclosedInBulk(acquirer, List.of(OTHER, subject), "case:paged-" + i,
                    List.of("user.contact.email"), "business-transfer", LegalBasis.BUSINESS_TRANSFER, "譲渡契約 2026", "officer-tanaka")).id);
            ledger.append(LedgerDraft.disclosedInBulk(acquirer, List.of(OTHER, subject + "-not"), "case:paged-others-" + i,
                    List.of("user.contact.email"), "business-transfer", LegalBasis.BUSINESS_TRANSFER, null, "officer-tanaka"));
        }
        ledger.append(LedgerDraft.refusals(carrier, List.of(subject), "refusals:2026-12-02T00:00:00Z/2026-12-02T00:01:00Z",
                "delivery", "carrier-a-app", "not-assigned", 1, 3));

        List<ReportEntryDto> expected = QuarkusTransaction.requiringNew().call(() -> mine.stream()
                .map(id -> LedgerEntry.<LedgerEntry> findById(id))
                .map(e -> new ReportEntryDto(e.id, e.at, e.recipientName, e.recipientKind, e.dataItems, e.purpose, e.legalBasis,
                        e.reference, null, null, null))
                .toList());
        String body = given().get("/internal/subjects/" + subject + "/export").then().statusCode(200)
                .contentType("application/json").extract().asString();
        assertEquals(json.writeValueAsString(new SubjectExportDto("disclosure-service", subject, expected)), body);
        assertEquals(expected, QuarkusTransaction.requiringNew().call(() -> ledger.reportFor(subject)), "the customer's report too");
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void aSubjectNobodyRecordedHasNothingHeldHere() {
        String nobody = Fixtures.unique("nobody");
        ProblemAssertions.assertProblem(given().get("/internal/subjects/" + nobody + "/export").andReturn(), 404);
        given().post("/internal/subjects/" + nobody + "/erase").then().statusCode(200)
                .body("outcome", equalTo("nothing-held"))
                .body("retained", nullValue());
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void casesAndHoldsNamingTheSubjectAreKeptTooAndSaySo() {
        String subject = Fixtures.unique("named");
        cases.open(new NewCaseDto(CaseType.COURT_ORDER, Fixtures.COURT, "Tokyo District Court 2026 (wa) 7", "Tokyo District Court",
                null, List.of(subject), List.of("user.name")), "staff-sato");
        long hold = holds.place(new NewLegalHoldDto(List.of(subject), HoldReason.LITIGATION, "Court case about a disputed delivery",
                Instant.now().plus(Duration.ofDays(1))), "officer-placer").id();
        holds.release(hold, "officer-tanaka");

        given().post("/internal/subjects/" + subject + "/erase").then().statusCode(200)
                .body("outcome", equalTo("retained-legal-obligation"))
                .body("retained.what", contains(containsString("exception-disclosure cases"), containsString("legal holds")))
                .body("retained.legalReason", everyItem(containsString("APPI Art.")));
    }

    @Test
    @TestSecurity(user = "gateway", roles = Roles.DSR_COORDINATOR)
    void aHeldSubjectsErasureIsBlockedWithTheHoldsDescription() {
        String held = Fixtures.unique("held");
        ledger.append(LedgerDraft.disclosed(Recipient.findById(Fixtures.CARRIER_A), held, "order:report-held", List.of("user.name"),
                "delivery", LegalBasis.OUTSOURCING, null, null, "carrier-a-app"));
        holds.place(new NewLegalHoldDto(List.of(held), HoldReason.LITIGATION, "Needed for a court case about a disputed delivery",
                Instant.now().plus(Duration.ofDays(1))), "officer-placer");

        given().post("/internal/subjects/" + held + "/erase").then().statusCode(200)
                .body("service", equalTo("disclosure-service"))
                .body("outcome", equalTo("blocked-legal-hold"))
                .body("reason", equalTo("Needed for a court case about a disputed delivery"))
                .body("retained", nullValue());
        assertEquals(1, LedgerEntry.count("subject", held));
    }
}
