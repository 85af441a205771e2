package com.japanautoparts.kura.common.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.japanautoparts.kura.common.input.Refusal.Reason;

/** The path and query screen alone, over targets as they arrive (still percent-encoded). */
class RequestTargetsTest {

    @ParameterizedTest(name = "{0} ? {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/api/orders/me/%00                      | -                 | CONTROL_CHARACTER",
            "/contacts/%0a/checkout                  | -                 | CONTROL_CHARACTER",
            "/api/orders/%u0041                      | -                 | INVALID_URI",
            "/api/orders/%G0                         | -                 | INVALID_URI",
            "/api/orders/%                           | -                 | INVALID_URI",
            "/api/orders/a%c0%afb                    | -                 | NOT_UTF8",
            "/api/orders/4111111111111111            | -                 | CARD_NUMBER",
            "/api/contacts/4111%201111%201111%201111 | -                 | CARD_NUMBER",
            "/api/contacts/%EF%BC%94%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91%EF%BC%91 | - | CARD_NUMBER",
            "/api/x/4111/1111/1111/1111              | -                 | CARD_NUMBER",
            "/api/disclosures/ledger                 | subject=%00       | CONTROL_CHARACTER",
            "/api/disclosures/ledger                 | subject=4111+1111+1111+1111 | CARD_NUMBER",
            "/api/disclosures/ledger                 | a=4111&b=1111&c=1111&d=1111 | CARD_NUMBER",
            "/api/disclosures/ledger                 | limit=%zz         | INVALID_URI",
            "/api/disclosures/ledger                 | limit=%ff         | NOT_UTF8" })
    void refuses(String path, String query, Reason reason) {
        Optional<Refusal> refusal = RequestTargets.screen(path, query);
        assertTrue(refusal.isPresent(), path + "?" + query);
        assertEquals(reason, refusal.get().reason());
        assertFalse(refusal.get().detail().contains("4111"));
    }

    @ParameterizedTest(name = "{0} ? {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "/api/orders/me/0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91 | -",
            "/api/contacts/me                                     | -",
            "/api/clickstream/stats/pages                         | from=2026-11-01&to=2026-11-30",
            "/api/consents/eligibility/12345678-1234-1234-1234-123456789012/marketing-email-specials | -",
            "/api/disclosures/ledger                              | subject=hanako%40example.jp&limit=10",
            "/api/contacts/%E5%B1%B1%E7%94%B0                      | -",
            "/api/requests                                        | status=open" })
    void accepts(String path, String query) {
        assertEquals(Optional.empty(), RequestTargets.screen(path, query));
    }

    @ParameterizedTest(name = "form {0}")
    @CsvSource(delimiter = '|', value = {
            "note=4111+1111+1111+1111                          | true",
            "note=4111-1111-1111-1111&x=1                      | true",
            "a=4111&b=1111&c=1111&d=1111                       | true",
            "note=%EF%BC%94111%E3%80%801111%E3%80%801111%E3%80%801111 | true",
            "description=Line+one%0D%0Aline+two&version=v1     | false",
            "customerId=0b7f5b8e-6a57-4c8e-9a3b-5d1f0c2e7a91   | false",
            "bad=%zz&note=ok                                   | false" })
    void formsAreScreenedForCardNumbersOnly(String body, boolean refused) {
        Optional<Refusal> refusal = RequestTargets.screenForm(body);
        assertEquals(refused, refusal.isPresent(), body);
        refusal.ifPresent(r -> {
            assertEquals(Reason.CARD_NUMBER, r.reason());
            assertFalse(r.detail().contains("4111"));
        });
    }
}
