package com.japanautoparts.kura.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the privacy center's pages (customers): one method per key, the texts in {@code messages/privacy_ja.properties} (Japanese, the default)
 * and {@code messages/privacy_en.properties}. Templates write {@code {privacy:key(args)}}; Java code uses a localized instance
 * ({@code MessageBundles.get(PrivacyMsg.class, Localized.Literal.of("en"))}). Kept under 200 methods: Quarkus 3.33 generates
 * unverifiable bytecode for a bundle of about 300. MessagesTest keeps the interface and both files in step.
 */
@MessageBundle(value = "privacy", locale = "ja")
public interface PrivacyMsg {

    String overview_lead();
    String overview_policy_changed(String version);
    String overview_policy_read();
    String overview_data(int addresses, int phones, int emails);
    String overview_data_none();
    String overview_specials_on();
    String overview_specials_off();
    String overview_disclosures(int count, String last);
    String overview_disclosures_none();
    String overview_requests_open(int count);
    String overview_requests_none();
    String overview_policy(String version);
    String data_lead();
    String data_none();
    String data_name();
    String family_name();
    String given_name();
    String family_kana();
    String given_kana();
    String save_name();
    String data_addresses();
    String data_addresses_none();
    String edit_address(String type);
    String save_address();
    String remove_address(String type);
    String add_address();
    String data_phones();
    String data_phones_none();
    String edit_phone(String type);
    String save_phone();
    String remove_phone(String number);
    String add_phone();
    String data_emails();
    String data_emails_none();
    String email();
    String remove_email(String address);
    String add_email();
    String data_history();
    String data_history_lead();
    String data_history_none();
    String what();
    String change();
    String data_delete();
    String data_delete_lead();
    String data_delete_confirm();
    String data_delete_confirm_dialog();
    String data_delete_button();
    String consents_lead();
    String consents_specials_heading();
    String specials_yes();
    String specials_no();
    String consents_purposes();
    String consents_policy_version(String version);
    String consent_since(String since, String source);
    String withdraw_consent(String name);
    String grant_consent(String name);
    String consents_history();
    String consents_history_lead();
    String consents_history_none();
    String decision();
    String where();
    String policy_version_column();
    String recipients_lead();
    String recipients_third_parties();
    String recipients_none();
    String recipients_staff();
    String recipients_staff_lead();
    String recipients_staff_none();
    String recipients_fineprint();
    String requests_lead();
    String requests_new();
    String requests_access_text();
    String requests_access_button();
    String requests_access_open();
    String requests_erasure_text();
    String requests_erasure_confirm();
    String requests_erasure_confirm_dialog();
    String requests_erasure_button();
    String requests_mine();
    String requests_none();
    String details();
    String completed();
    String overdue();
    String request_details(String type, String received);
    String request_open_text();
    String request_download();
    String request_download_hint();
    String request_progress();
    String back_to_requests();
    String policy_acknowledge(String version);
    String policy_acknowledged();
    String policy_changed_since(String version);
    String policy_all_versions();
    String policy_my_acknowledgements();
    String policy_no_acknowledgements();
    String policy_acknowledged_at(String version, String at);
}
