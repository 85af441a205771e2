package com.japanautoparts.kura.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the frame of every page (navigation, titles, notices, errors) and the start page: one method per key, the texts in {@code messages/msg_ja.properties} (Japanese, the default)
 * and {@code messages/msg_en.properties}. Templates write {@code {msg:key(args)}}; Java code uses a localized instance
 * ({@code MessageBundles.get(Msg.class, Localized.Literal.of("en"))}). Kept under 200 methods: Quarkus 3.33 generates
 * unverifiable bytecode for a bundle of about 300. MessagesTest keeps the interface and both files in step.
 */
@MessageBundle(value = "msg", locale = "ja")
public interface Msg {

    String app_name();
    String skip_to_content();
    String language();
    String signed_in_as(String name);
    String sign_out();
    String nav_privacy_label();
    String nav_console_label();
    String footer();
    String service_said(String detail);
    String try_again();
    String back_to_start();
    String nav_overview();
    String nav_my_data();
    String nav_consents();
    String nav_recipients();
    String nav_requests();
    String nav_policy();
    String nav_office_requests();
    String nav_cases();
    String nav_holds();
    String nav_ledger();
    String nav_retention();
    String nav_registry();
    String title_start();
    String title_privacy();
    String title_my_data();
    String title_consents();
    String title_recipients();
    String title_requests();
    String title_request();
    String title_policy();
    String title_console();
    String title_office_requests();
    String title_cases();
    String title_case(String id);
    String title_holds();
    String title_ledger();
    String title_retention();
    String title_registry();
    String start_lead();
    String start_customer_heading();
    String start_customer_text();
    String start_customer_sign_in();
    String start_customer_open();
    String start_office_heading();
    String start_office_text();
    String start_office_sign_in();
    String start_office_open();
    String policy_in_force();
    String policy_version(String version, String date);
    String policy_none();
    String address_type();
    String postal_code();
    String postal_code_hint();
    String region();
    String locality();
    String line1();
    String line2();
    String country();
    String country_hint();
    String phone_type();
    String phone_number();
    String phone_hint();
    String when();
    String by_whom();
    String specials_on(String date);
    String specials_off_withdrawn();
    String specials_off_page();
    String specials_off_none();
    String purpose();
    String disclosure_sentence(String date, String recipient, String items, String purpose);
    String staff_sentence(String date, String items, String purpose);
    String disclosure_basis(String basis);
    String request_type();
    String received();
    String due();
    String status();
    String data_area();
    String note();
    String done_saved();
    String done_removed();
    String done_granted();
    String done_withdrawn();
    String done_filed();
    String done_acknowledged();
    String done_opened();
    String done_approved();
    String done_rejected();
    String done_placed();
    String done_released();
    String done_storage_pressure();
    String refused_confirm();
    String refused_stale();
    String refused_conflict();
    String refused_invalid();
    String refused_form();
    String refused_forbidden();
    String refused_second_person();
    String error_signed_out();
    String error_signed_out_text();
    String error_forbidden();
    String error_forbidden_text();
    String error_not_found();
    String error_not_found_text();
    String error_unavailable();
    String error_unavailable_text();
    String error_unexpected();
    String error_unexpected_text();
    String days_left(String days);
    String days_overdue(String days);
    String subjects_count(int count);
    String hold_in_force();
    String hold_released();
    String hold_ended();
}
