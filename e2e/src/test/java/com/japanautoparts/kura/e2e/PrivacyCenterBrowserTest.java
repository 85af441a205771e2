package com.japanautoparts.kura.e2e;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The privacy center in a real browser (headless Chromium), through the gateway, against the running stack: a customer
 * signs in at Keycloak, corrects an address, withdraws specials, sees who received their data, files an access request,
 * downloads the export (until the date the page states), sees who at the store looked at their data, reads the changed policy; in English, at phone width, with JavaScript off; signs out. Every page
 * is checked for accessibility and kept as a screenshot under e2e/target/screenshots.
 */
class PrivacyCenterBrowserTest {

    @org.junit.jupiter.api.extension.RegisterExtension
    final Browsers browsers = new Browsers();

    /** A customer of the browser tests alone (the other scenarios erase taro and hold hanako). */
    private static final String CUSTOMER = "sakura";
    private static final String SPECIALS = "marketing-email-specials";
    private static String policyVersion;

    /** What the customer's account holds when they arrive: contact data, a specials opt-in, an order Yamato delivered. */
    @BeforeAll
    static void anAccountWithHistory() {
        String sakura = Kura.subjectOf(CUSTOMER);
        Kura.as(CUSTOMER).body("""
                {"name": {"family": "田中", "given": "さくら"},
                 "addresses": [
                   {"type": "SHIPPING", "postalCode": "150-0001", "region": "東京都", "locality": "渋谷区", "line1": "神宮前1-2-3"},
                   {"type": "BILLING", "postalCode": "100-0005", "region": "東京都", "locality": "千代田区", "line1": "丸の内1-1"}],
                 "phones": [{"type": "MOBILE", "number": "090-1234-5678"}],
                 "emails": [{"address": "sakura@example.jp"}]}""")
                .put("/api/contacts/me").then().statusCode(oneOf(200, 201));
        Kura.as(Scenario.STOREFRONT).body("""
                {"customerId": "%s", "purpose": "%s", "action": "granted",
                 "channel": "web", "page": "account-login-page", "noticeVersion": "1"}""".formatted(sakura, SPECIALS))
                .post("/api/consents").then().statusCode(201);
        Scenario.recipientsRegistered();
        String order = Scenario.orderPlaced(sakura);
        Scenario.shippedBy(order, Scenario.YAMATO);
        Kura.as(Scenario.YAMATO).get("/api/disclosures/orders/" + order + "/delivery").then().statusCode(200);
        policyVersion = "web-" + Kura.mark();
        Kura.as(Scenario.PRIVACY_OFFICER).body("""
                {"version": "%s", "effectiveDate": "%s", "summary": "海外の配送業者を提供先に追加しました。\\nCarriers abroad added as recipients.",
                 "textSha256": "%s"}""".formatted(policyVersion, LocalDate.now(ZoneId.of("Asia/Tokyo")), "ef".repeat(32)))
                .post("/api/policies").then().statusCode(201);
    }

    @Test
    void aCustomerCorrectsAnAddressWithdrawsSpecialsAndDownloadsTheirExport() throws IOException {
        Browser browser = browsers.open();
        browser.go("/privacy");
        browser.find("#username");
        browser.screenshot("01-keycloak-login");
        browser.signIn("/privacy", CUSTOMER);
        assertThat(browser.text(), containsString("プライバシーセンター"));
        assertThat(browser.find("[data-testid=signed-in-as]").getText(), containsString("Sakura Tanaka"));
        Accessibility.check(browser, "overview");
        browser.screenshot("02-privacy-overview");

        // My data: correct the shipping address (the billing address stays as it is).
        browser.go("/privacy/data");
        Accessibility.check(browser, "my data");
        browser.screenshot("03-my-data");
        browser.find("#address-0 details summary").click();
        browser.find("#address-0-postalCode").clear();
        browser.find("#address-0-postalCode").sendKeys("１５０００２２");
        browser.find("#address-0-line1").clear();
        browser.find("#address-0-line1").sendKeys("恵比寿南1-5-5");
        browser.submit("#address-0 form.edit button[type=submit]");
        assertThat(browser.find("#notice").getText(), containsString("保存しました"));
        assertThat(browser.find("#address-0 .value").getText(), containsString("〒150-0022 東京都渋谷区恵比寿南1-5-5"));
        Kura.as(CUSTOMER).get("/api/contacts/me").then().statusCode(200)
                .body("addresses[0].postalCode", equalTo("150-0022"))
                .body("addresses[0].line1", equalTo("恵比寿南1-5-5"))
                .body("addresses[1].postalCode", equalTo("100-0005"));
        browser.screenshot("04-my-data-corrected");

        // My consents: specials are on (opted in on the login page); one click withdraws them, at once.
        browser.go("/privacy/consents");
        assertThat(browser.find("#specials-status").getText(), containsString("お送りしています"));
        Accessibility.check(browser, "consents");
        browser.screenshot("05-consents");
        browser.submit("#withdraw-" + SPECIALS);
        assertThat(browser.find("#notice").getText(), containsString("撤回"));
        assertThat(browser.find("#specials-status").getText(), containsString("お送りしていません"));
        assertThat(browser.find("#consent-history").getText(), containsString("プライバシーセンター"));
        Kura.as(Scenario.STOREFRONT).get("/api/consents/eligibility/" + Kura.subjectOf(CUSTOMER) + "/" + SPECIALS)
                .then().statusCode(200).body("eligible", equalTo(false));
        browser.screenshot("06-consents-withdrawn");

        // Who received my data, in plain words, from the ledger.
        browser.go("/privacy/recipients");
        String report = browser.find("#disclosures").getText();
        assertThat(report, containsString("Yamato Transport が"));
        // The carrier's grant (data catalogue): name (and its reading when there is one), shipping address, phone, and the
        // order's contents and shipment, in words.
        assertThat(report, allOf(containsString("あなたのお名前"), containsString("お届け先の住所"), containsString("電話番号"),
                containsString("を受け取りました")));
        Accessibility.check(browser, "recipients");
        browser.screenshot("07-recipients");

        // The policy changed since the customer last looked: the change is shown, they acknowledge it.
        browser.go("/privacy/policy");
        assertThat(browser.text(), containsString("海外の配送業者を提供先に追加しました。"));
        Accessibility.check(browser, "policy");
        browser.screenshot("08-policy");
        browser.submit("#acknowledge-policy");
        browser.find("#policy-acknowledged");
        Kura.as(CUSTOMER).get("/api/consents/me/acknowledgements").then().statusCode(200)
                .body("version", hasItem(policyVersion));

        // An access request: filed, followed until complete, its export downloaded.
        browser.go("/privacy/requests");
        Accessibility.check(browser, "requests");
        browser.submit("#request-access");
        assertTrue(browser.path().startsWith("/privacy/requests/"), browser.path());
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            browser.driver.navigate().refresh();
            return "completed".equals(browser.find("#request-status").getAttribute("data-status"));
        });
        Accessibility.check(browser, "request");
        browser.screenshot("09-request-completed");
        browser.find("#download-export").click();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !browser.downloaded().isEmpty());
        Path export = browser.downloaded().get(0);
        assertThat(export.getFileName().toString(), containsString("kura-export-"));
        JsonNode document = new ObjectMapper().readTree(Files.readString(export));
        assertEquals("150-0022", document.at("/services/contact-service/contact/addresses/0/postalCode").asText(),
                document.toString().substring(0, Math.min(400, document.toString().length())));
        assertTrue(document.at("/services/disclosure-service").toString().contains("Yamato Transport"));
        // The download window the gateway states (exportAvailableUntil), in words beside the link.
        assertThat(browser.find("#export-available-until").getText(), containsString("までダウンロードできます"));

        // Who at the store looked at my data (contact-service's access log), beside who received it: a storefront read
        // at checkout appears in plain words within seconds.
        Kura.as(Scenario.STOREFRONT).get("/api/contacts/" + Kura.subjectOf(CUSTOMER) + "/checkout").then().statusCode(200);
        browser.go("/privacy/recipients");
        browser.submit("#access-log-link");
        assertEquals("/privacy/access-log", browser.path());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            browser.driver.navigate().refresh();
            return !browser.all("#access-log").isEmpty()
                    && browser.find("#access-log").getText().contains("オンラインストアが、ご注文の手続きのために、あなたのお名前");
        });
        assertThat(browser.find("#access-log").getText(), not(containsString("神宮前")));
        Accessibility.check(browser, "access log");
        browser.screenshot("13-access-log");

        // In English, from the switch on every page.
        browser.go("/privacy/data");
        browser.submit("button[name=lang][value=en]");
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertEquals("/privacy/data", browser.path());
        assertThat(browser.text(), containsString("My data: view, correct, delete"));
        Accessibility.check(browser, "my data (English)");
        browser.screenshot("10-my-data-english");
        browser.go("/privacy/recipients");
        String english = browser.find("#disclosures").getText();
        assertThat(english, containsString("Yamato Transport received your"));
        assertThat(english, containsString("name, shipping address, phone number"));
        assertThat(english, containsString("to deliver order"));
        browser.screenshot("11-recipients-english");
        browser.submit("button[name=lang][value=ja]");

        // At phone width: nothing wider than the screen, every page still usable.
        browser.width(390, 844);
        for (String page : List.of("/privacy", "/privacy/data", "/privacy/consents", "/privacy/requests", "/privacy/access-log")) {
            browser.go(page);
            Accessibility.check(browser, page + " at phone width");
        }
        browser.go("/privacy/data");
        browser.screenshot("12-my-data-phone");
        browser.width(1280, 900);

        // Signing out ends the session here and at Keycloak: the next visit asks for the password again.
        browser.submit("#sign-out");
        browser.find("#open-privacy-center");
        assertThat(browser.text(), not(containsString("Sakura Tanaka")));
        browser.go("/privacy");
        browser.find("#username");
    }

    @Test
    void theEssentialsWorkWithJavaScriptOff() {
        Browser browser = browsers.open();
        browser.signIn("/privacy/data", CUSTOMER);
        browser.driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        browser.go("/privacy/data");
        // Correct the name: a plain form post and a redirect.
        browser.find("#name-given").clear();
        browser.find("#name-given").sendKeys("さくら");
        browser.find("#name-family").clear();
        browser.find("#name-family").sendKeys("田中");
        browser.submit("form[action='/privacy/data/name'] button[type=submit]");
        assertThat(browser.find("#notice").getText(), containsString("保存しました"));
        // Give and withdraw a consent.
        browser.go("/privacy/consents");
        browser.submit("#grant-affiliate-tracking");
        assertThat(browser.find("#notice").getText(), containsString("同意を記録しました"));
        browser.submit("#withdraw-affiliate-tracking");
        assertThat(browser.find("#notice").getText(), containsString("撤回"));
        // Without ticking the box, the browser itself does not send an erasure request (the server would refuse it too).
        browser.go("/privacy/requests");
        browser.find("#request-erasure").click();
        assertEquals("/privacy/requests", browser.path());
        Kura.as(CUSTOMER).get("/api/me/requests").then().statusCode(200)
                .body("findAll { it.type == 'erasure' }", org.hamcrest.Matchers.empty());
    }
}
