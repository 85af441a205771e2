package com.japanautoparts.kura.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of "who at the store looked at my data" (contact-service's access log) and of the access export's download
 * window: one method per key, the texts in {@code messages/access_ja.properties} (Japanese, the default) and
 * {@code messages/access_en.properties}. Templates write {@code {access:key(args)}}. MessagesTest keeps the interface and
 * both files in step.
 */
@MessageBundle(value = "access", locale = "ja")
public interface AccessMsg {

    String access_lead();
    String access_outside();
    String access_none();
    String access_list();
    String access_sentence(String date, String who, String purpose, String items);
    String access_link();
    String reader_storefront();
    String reader_staff();
    String reader_case(String id);
    String reader_gateway();
    String reader_payment();
    String reader_broker();
    String reader_other(String reader);
    String purpose_checkout();
    String purpose_lookup();
    String purpose_support();
    String purpose_delivery();
    String purpose_payment();
    String purpose_access_request();
    String purpose_other(String purpose);
    String export_available_until(String date);
    String export_expired();
    String export_expired_short();
}
