package com.japanautoparts.kura.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of Kura's vocabulary in plain words (data items, purposes, legal bases, statuses), used by {@code Words}: one method per key, the texts in {@code messages/vocab_ja.properties} (Japanese, the default)
 * and {@code messages/vocab_en.properties}. Templates write {@code {vocab:key(args)}}; Java code uses a localized instance
 * ({@code MessageBundles.get(Vocab.class, Localized.Literal.of("en"))}). Kept under 200 methods: Quarkus 3.33 generates
 * unverifiable bytecode for a bundle of about 300. MessagesTest keeps the interface and both files in step.
 */
@MessageBundle(value = "vocab", locale = "ja")
public interface Vocab {

    String consent_specials();
    String consent_specials_description();
    String consent_affiliate();
    String consent_affiliate_description();
    String consent_cross_border();
    String consent_cross_border_description();
    String consent_granted();
    String consent_withdrawn();
    String consent_none();
    String action_granted();
    String action_withdrawn();
    String page_account_login();
    String page_privacy_center();
    String page_account_settings();
    String page_erasure();
    String item_name();
    String item_name_reading();
    String item_shipping_address();
    String item_billing_address();
    String item_address();
    String item_phone();
    String item_email();
    String item_purchase();
    String item_amount();
    String item_shipment();
    String item_payment_token();
    String item_customer_id();
    String purpose_delivery(String order);
    String purpose_payment(String order);
    String purpose_support();
    String purpose_court_order();
    String purpose_government_request();
    String purpose_harmful_conduct();
    String purpose_fraud_prevention();
    String purpose_credit_risk();
    String purpose_business_transfer();
    String purpose_other(String purpose);
    String basis_contract();
    String basis_consent();
    String basis_legal_order();
    String basis_harmful_conduct();
    String basis_fraud_prevention();
    String basis_credit_risk();
    String basis_business_transfer();
    String basis_outsourcing();
    String kind_carrier();
    String kind_payment_processor();
    String kind_analytics();
    String kind_affiliate();
    String kind_fraud_prevention();
    String kind_credit_bureau();
    String kind_authority();
    String kind_acquirer();
    String kind_staff();
    String request_access();
    String request_erasure();
    String status_received();
    String status_in_progress();
    String status_completed();
    String status_partially_blocked();
    String status_failed_retrying();
    String step_pending();
    String step_done();
    String step_blocked();
    String step_nothing_held();
    String service_contact();
    String service_payment();
    String service_consent();
    String service_disclosure();
    String service_clickstream();
    String service_gateway();
    String case_court_order();
    String case_government_request();
    String case_harmful_conduct();
    String case_fraud_prevention();
    String case_credit_risk();
    String case_business_transfer();
    String case_open();
    String case_approved();
    String case_rejected();
    String case_executed();
    String hold_litigation();
    String hold_legal_obligation();
    String hold_investigation();
    String event_placed();
    String event_released();
    String ledger_disclosed();
    String ledger_refused();
    String trigger_schedule();
    String trigger_storage_pressure();
    String outcome_purged();
    String outcome_unavailable();
    String outcome_failed();
    String outcome_not_configured();
    String field_name();
    String field_family_name();
    String field_given_name();
    String field_address(String n);
    String field_phone(String n);
    String field_email(String n);
    String change_added();
    String change_changed();
    String change_removed();
    String actor_you();
    String actor_storefront();
    String actor_other();
    String address_home();
    String address_shipping();
    String address_billing();
    String phone_mobile();
    String phone_home();
    String phone_work();
}
