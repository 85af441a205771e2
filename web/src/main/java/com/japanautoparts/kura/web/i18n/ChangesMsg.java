package com.japanautoparts.kura.web.i18n;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the console's rule and recipient change proposals (registry forms, proposals, history) and of its refusals
 * and reads page: one method per key, the texts in {@code messages/changes_ja.properties} (Japanese, the default) and
 * {@code messages/changes_en.properties}. Templates write {@code {changes:key(args)}}. A bundle of its own because
 * {@link OfficeMsg} is near the 200 methods Quarkus 3.33 can generate; MessagesTest keeps the three in step.
 */
@MessageBundle(value = "changes", locale = "ja")
public interface ChangesMsg {

    String registry_details(String name);
    String registry_version();
    String rule_window_label();
    String rule_window(String opensAt, String closesAt, String grace);
    String rule_no_window();
    String grace_days(int days);
    String rule_items();
    String rule_propose_change(String rule);
    String rule_propose();
    String rule_propose_removal();
    String rule_removal_confirm();
    String window_opens();
    String window_closes();
    String window_grace();
    String stage_placed();
    String stage_paid();
    String stage_shipped();
    String stage_delivered();
    String stage_cancelled();
    String stage_refunded();
    String recipient_propose_change();
    String recipient_name();
    String recipient_active_label();
    String oidc_client();
    String recipient_history();
    String back_to_registry();
    String proposals_lead();
    String proposals_open();
    String proposals_none();
    String proposal_heading(long id, String what);
    String proposal_proposed(String by, String at);
    String proposal_against(String version);
    String proposal_by_you();
    String proposal_second_person_needed();
    String proposal_field();
    String proposal_now();
    String proposal_new();
    String proposal_changed();
    String proposal_removal(String target);
    String proposal_approve();
    String proposal_reject();
    String proposal_history_rules();
    String proposal_history_none();
    String proposal_decided();
    String proposal_proposed_by();
    String proposal_decided_by();
    String proposal_what();
    String subject_rule();
    String subject_recipient();
    String action_create();
    String action_change();
    String action_remove();
    String proposal_status_open();
    String proposal_status_applied();
    String proposal_status_rejected();
    String yes();
    String no();
    String activity_lead();
    String refusals_heading();
    String refusals_none();
    String refusals_who();
    String refusals_reason();
    String refusals_attempts();
    String refusals_subjects();
    String refusals_period();
    String refusals_ledger();
    String refusals_pending();
    String refusals_position(long position);
    String reason_rate_limited();
    String reason_malformed_id();
    String reason_unknown_purpose();
    String reason_unregistered_client();
    String reason_inactive_recipient();
    String reason_no_rule();
    String reason_unknown_order();
    String reason_not_assigned();
    String reason_outside_window();
    String reads_heading();
    String reads_none();
    String reads_hour();
    String reads_reader();
    String reads_count();
    String reads_customers();
    String reads_misses();
    String reads_unusual();
    String reads_unusual_count(int count);
    String section_unavailable();
    String notices_heading();
    String notices_none();
    String notices_since();
    String notices_recipient();
    String notices_kind();
    String notices_items();
    String notices_reference();
    String notices_ledger();
    String notice_kind_correction();
    String notice_kind_erasure();
    String proposal_what_line(String action, String subject, String target);
    String recipient_new();
    String recipient_new_hint();
    String recipient_id();
    String recipient_oidc_label();
    String recipient_propose_new();
    String rule_new();
    String rule_new_pair();
    String rule_new_none();
    String rule_new_window();
    String rule_propose_new();
}
