package com.japanautoparts.kura.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The privacy office's console in real browsers: one privacy officer opens an exception case (a court order) and
 * cannot approve it; a second officer, in a browser of their own, approves it and executes it, receiving exactly the
 * approved scope; staff see only their cases. The console's other pages are checked and kept as screenshots.
 */
class PrivacyOfficeBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    final Browsers browsers = new Browsers();

    private static final String OPENER = "kimura-privacy";
    private static final String SECOND = "ito-privacy";
    private static final String COURT = "tokyo-district-court";

    @Test
    void anOfficerApprovesACaseOpenedByAnotherOfficer() throws IOException {
        Scenario.register(COURT, "Tokyo District Court", "authority");
        Scenario.fullContactData("hanako");
        String hanako = Kura.subjectOf("hanako");
        String reference = "東京地方裁判所 令和8年(ワ)第" + System.currentTimeMillis() % 100000 + "号";
        String caseUrl;

        Browser opener = browsers.open();
        opener.signIn("/console", OPENER);
        Accessibility.check(opener, "console overview");
        opener.screenshot("20-console-overview");

        opener.go("/console/cases");
        new Select(opener.find("#case-type")).selectByValue("court-order");
        new Select(opener.find("#case-recipient")).selectByValue(COURT);
        opener.find("#case-reference").sendKeys(reference);
        opener.find("#case-requester").sendKeys("東京地方裁判所");
        opener.find("#case-description").sendKeys("配送をめぐる紛争");
        opener.find("#case-subjects").sendKeys(hanako);
        opener.find("input[name=dataItems][value='user.name']").click();
        opener.find("input[name=dataItems][value='user.contact.address.shipping']").click();
        Accessibility.check(opener, "cases");
        opener.screenshot("21-console-new-case");
        opener.submit("#open-case");
        assertThat(opener.find("#notice").getText(), containsString("別のプライバシー担当者の承認を待っています"));
        assertEquals("open", opener.find("#case-status").getAttribute("data-status"));
        caseUrl = opener.path();
        // The page says the opener cannot decide; if they try anyway, disclosure-service refuses (two-person rule).
        opener.find("#second-person-needed");
        opener.find("#approve-note").sendKeys("自分で承認");
        opener.submit("#approve-case");
        assertThat(opener.find("#notice").getText(), containsString("二者確認のため"));
        assertEquals("open", opener.find("#case-status").getAttribute("data-status"));
        Accessibility.check(opener, "case refused");
        opener.screenshot("22-console-case-refused-to-opener");

        Browser second = browsers.open();
        second.signIn("/console", SECOND);
        second.go("/console/cases");
        assertThat(second.text(), containsString(caseUrl.substring(caseUrl.lastIndexOf('/') + 1)));
        second.go(caseUrl);
        assertFalse(second.text().contains("別のプライバシー担当者が判断します"));
        second.find("#approve-note").sendKeys("有効な命令。範囲は氏名と配送先住所に限る。");
        second.submit("#approve-case");
        assertThat(second.find("#notice").getText(), containsString("承認しました"));
        assertEquals("approved", second.find("#case-status").getAttribute("data-status"));
        Accessibility.check(second, "case approved");
        second.screenshot("23-console-case-approved");

        // Executed once: the package arrives as a file with exactly the approved items.
        second.js("document.querySelector('form[action$=\"/execute\"]').removeAttribute('data-confirm')");
        second.find("#execute-case").click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !second.downloaded().isEmpty());
        Path pack = second.downloaded().get(0);
        JsonNode records = new ObjectMapper().readTree(Files.readString(pack)).path("records");
        assertEquals(1, records.size());
        assertEquals("Yamada", records.get(0).at("/name/family").asText());
        assertEquals("150-0001", records.get(0).at("/shippingAddress/postalCode").asText());
        assertTrue(records.get(0).path("phone").isMissingNode() && records.get(0).path("email").isMissingNode(),
                records.get(0).toString());
        second.go(caseUrl);
        assertEquals("executed", second.find("#case-status").getAttribute("data-status"));
        Kura.as("hanako").get("/api/disclosures/me").then().statusCode(200)
                .body("recipientName", hasItem("Tokyo District Court"));

        // The rest of the console, as the second officer sees it.
        second.go("/console/requests?show=all");
        Accessibility.check(second, "requests");
        second.screenshot("24-console-requests");
        second.go("/console/ledger");
        assertThat(second.find("#ledger-valid").getText(), containsString("正常です"));
        Accessibility.check(second, "ledger");
        second.screenshot("25-console-ledger");
        second.go("/console/holds");
        Accessibility.check(second, "holds");
        second.screenshot("26-console-holds");
        second.go("/console/retention");
        assertThat(second.text(), containsString("閲覧の統計"));
        Accessibility.check(second, "retention");
        second.screenshot("27-console-retention");
        second.go("/console/registry");
        assertThat(second.find("#recipients").getText(), containsString("Tokyo District Court"));
        Accessibility.check(second, "registry");
        second.screenshot("28-console-registry");
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/ledger/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /**
     * Issue 15's two-person rule for rules, in the console: one officer proposes a change of the staff support rule and
     * cannot approve it (the page says why); a second officer approves it and it applies as the next version, in the
     * rules' history. The refusals and reads page and a recipient's page are checked and kept as screenshots.
     */
    @Test
    void anOfficerProposesARuleChangeThatOnlyASecondOfficerCanApprove() {
        Scenario.recipientsRegistered();
        Map<String, Object> staffRule = Kura.as(Scenario.PRIVACY_OFFICER).get("/api/rules").then().statusCode(200)
                .extract().jsonPath().getMap("find { it.recipientKind == 'staff' && it.purpose == 'support' }");
        Object ruleId = staffRule.get("id");
        int version = (Integer) staffRule.get("version");
        String description = "お客様への回答のため、理由を記録して参照する（ブラウザ試験 " + Kura.mark() + "）";

        Browser opener = browsers.open();
        opener.signIn("/console/registry", OPENER);
        opener.find("#change-rule-" + ruleId + " summary").click();
        opener.find("#rule-" + ruleId + "-description").clear();
        opener.find("#rule-" + ruleId + "-description").sendKeys(description);
        Accessibility.check(opener, "registry with a change form open");
        opener.screenshot("29-console-registry-propose");
        opener.submit("#propose-rule-" + ruleId);
        assertEquals("/console/proposals", opener.path());
        assertThat(opener.find("#notice").getText(), containsString("変更を提案しました"));
        Object proposalId = Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/proposals?status=open").then().statusCode(200)
                .extract().jsonPath().get("find { it.target == 'staff/support' && it.rule?.description == '" + description + "' }.id");
        assertThat(String.valueOf(proposalId), not(equalTo("null")));
        String card = opener.find("#proposal-" + proposalId).getText();
        assertThat(card, containsString(description));
        opener.find("#second-person-needed-" + proposalId);
        // The proposer tries anyway: disclosure-service refuses (two-person rule), the page says why, nothing applies.
        opener.find("#approve-note-" + proposalId).sendKeys("自分で承認");
        opener.submit("#approve-proposal-" + proposalId);
        assertThat(opener.find("#notice").getText(), containsString("二者確認のため"));
        opener.find("#proposal-" + proposalId);
        Accessibility.check(opener, "proposal refused to its proposer");
        opener.screenshot("30-console-proposal-refused-to-proposer");
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/rules").then().statusCode(200)
                .body("find { it.id == " + ruleId + " }.version", equalTo(version));

        Browser second = browsers.open();
        second.signIn("/console/proposals", SECOND);
        assertTrue(second.all("#second-person-needed-" + proposalId).isEmpty(), "the second officer may decide");
        second.find("#approve-note-" + proposalId).sendKeys("理由の記録を確認しました。");
        second.submit("#approve-proposal-" + proposalId);
        assertThat(second.find("#notice").getText(), containsString("承認しました"));
        assertTrue(second.all("#proposal-" + proposalId).isEmpty(), "no longer open");
        assertThat(second.find("#rule-history").getText(), containsString(description));
        Accessibility.check(second, "proposals");
        second.screenshot("31-console-proposal-approved");
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/rules").then().statusCode(200)
                .body("find { it.id == " + ruleId + " }.version", equalTo(version + 1))
                .body("find { it.id == " + ruleId + " }.description", equalTo(description));

        // A new recipient proposed from the registry's form goes the same way; the opener rejects this one, so the
        // registry stays as it was.
        String newRecipient = "carrier-e2e-" + Kura.mark();
        second.go("/console/registry");
        second.find("#new-recipient summary").click();
        second.find("#new-recipient-id").sendKeys(newRecipient);
        second.find("#new-recipient-name").sendKeys("ブラウザ試験運送");
        second.find("#new-recipient-contract").sendKeys("DPA-E2E");
        Accessibility.check(second, "registry with the new-recipient form open");
        second.submit("#propose-new-recipient");
        assertEquals("/console/proposals", second.path());
        assertThat(second.find("#notice").getText(), containsString("変更を提案しました"));
        Object registration = Kura.as(Scenario.PRIVACY_OFFICER).get("/api/disclosures/proposals?status=open").then().statusCode(200)
                .extract().jsonPath().get("find { it.target == '" + newRecipient + "' && it.action == 'create' }.id");
        assertThat(String.valueOf(registration), not(equalTo("null")));
        opener.go("/console/proposals");
        opener.find("#reject-note-" + registration).sendKeys("ブラウザ試験の登録は不要です。");
        opener.submit("#reject-proposal-" + registration);
        assertThat(opener.find("#notice").getText(), containsString("却下しました"));
        Kura.as(Scenario.PRIVACY_OFFICER).get("/api/recipients/" + newRecipient).then().statusCode(404);

        second.go("/console/registry/recipients/" + Scenario.YAMATO);
        assertThat(second.find("#recipient-facts").getText(), containsString(Scenario.YAMATO));
        // Registered by two officers (Scenario.register, or bin/stack's demo recipients): the registration is its history.
        assertThat(second.find("#recipient-history").getText(), containsString(Scenario.YAMATO));
        Accessibility.check(second, "recipient");
        second.screenshot("32-console-recipient");
        second.go("/console/activity");
        second.find("#h-refusals");
        second.find("#h-notices");
        Accessibility.check(second, "refusals and reads");
        second.screenshot("33-console-activity");
        second.width(390, 844);
        for (String page : List.of("/console/proposals", "/console/activity")) {
            second.go(page);
            Accessibility.check(second, page + " at phone width");
        }
    }

    @Test
    void staffSeeOnlyTheCasesPartOfTheConsole() {
        Browser staff = browsers.open();
        staff.signIn("/console", "sato-staff");
        assertTrue(staff.all("a[href='/console/holds']").isEmpty(), "no legal holds for staff");
        staff.go("/console/cases");
        Accessibility.check(staff, "staff cases");
        staff.go("/console/holds");
        assertThat(staff.text(), containsString("このページは表示できません"));
        staff.go("/privacy");
        assertThat(staff.text(), containsString("このページは表示できません"));
        assertThat(staff.text(), not(containsString("登録情報の確認")));
    }
}
