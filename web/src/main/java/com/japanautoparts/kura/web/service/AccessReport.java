package com.japanautoparts.kura.web.service;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.japanautoparts.kura.web.client.Api;
import com.japanautoparts.kura.web.client.CustomerClient;
import com.japanautoparts.kura.web.i18n.AccessMsg;
import com.japanautoparts.kura.web.i18n.Words;
import com.japanautoparts.kura.web.view.AccessLog;

/**
 * "Who at the store looked at my data": contact-service's access log of the signed-in customer (reads by the storefront,
 * by staff through the broker, by Kura for an access request), in plain words. Third parties are in
 * {@link PrivacyCenter#recipients}. The log names systems and purposes, never values; a staff member is "a member of our
 * support staff" (the ledger names them to the privacy office, not to the customer).
 */
@ApplicationScoped
public class AccessReport {

    private final CustomerClient api;

    public AccessReport(CustomerClient api) {
        this.api = api;
    }

    public AccessLog accessLog(Words words, AccessMsg text) {
        List<AccessLog.Read> reads = api.accessLog().stream()
                .sorted(Comparator.comparing(Api.Access::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(a -> {
                    String at = words.formats().dateTime(a.at());
                    return new AccessLog.Read(at, text.access_sentence(at, who(a, text), purpose(a.purpose(), text),
                            words.dataItems(a.dataItems())));
                })
                .toList();
        return new AccessLog(reads);
    }

    /** The reader in words: on whose behalf first (staff, a case), then the system that read. */
    static String who(Api.Access a, AccessMsg text) {
        String behalf = a.onBehalfOf() == null ? "" : a.onBehalfOf();
        if (behalf.equals("staff")) {
            return text.reader_staff();
        }
        if (behalf.startsWith("case:")) {
            return text.reader_case(behalf.substring("case:".length()));
        }
        return switch (a.reader() == null ? "" : a.reader()) {
            case "storefront" -> text.reader_storefront();
            case "gateway" -> text.reader_gateway();
            case "payment-service" -> text.reader_payment();
            case "disclosure-service" -> text.reader_broker();
            default -> text.reader_other(a.reader() == null ? "-" : a.reader());
        };
    }

    static String purpose(String purpose, AccessMsg text) {
        return switch (purpose == null ? "" : purpose) {
            case "checkout" -> text.purpose_checkout();
            case "lookup" -> text.purpose_lookup();
            case "support" -> text.purpose_support();
            case "delivery" -> text.purpose_delivery();
            case "payment" -> text.purpose_payment();
            case "access-request" -> text.purpose_access_request();
            default -> text.purpose_other(purpose == null ? "-" : purpose);
        };
    }
}
