package com.japanautoparts.kura.web.i18n;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kura's vocabulary (fideslang data items, purposes, legal bases, statuses ...) in plain words of one language. A value
 * this module does not know yet is shown as it is, never hidden: a new category added by a service stays visible.
 */
public final class Words {

    private static final Pattern LIST_FIELD = Pattern.compile("(addresses|phones|emails)\\[(\\d+)](.*)");

    private final Msg msg;
    private final Vocab vocab;
    private final Formats formats;

    public Words(Msg msg, Vocab vocab, Formats formats) {
        this.msg = msg;
        this.vocab = vocab;
        this.formats = formats;
    }

    public Msg msg() {
        return msg;
    }

    public Formats formats() {
        return formats;
    }

    public String dataItem(String key) {
        return switch (key) {
            case "user.name" -> vocab.item_name();
            case "user.name.reading" -> vocab.item_name_reading();
            case "user.contact.address.shipping" -> vocab.item_shipping_address();
            case "user.contact.address.billing" -> vocab.item_billing_address();
            case "user.contact.address" -> vocab.item_address();
            case "user.contact.phone_number" -> vocab.item_phone();
            case "user.contact.email" -> vocab.item_email();
            case "user.behavior.purchase_history" -> vocab.item_purchase();
            case "user.behavior.purchase_history.amount" -> vocab.item_amount();
            case "user.behavior.purchase_history.shipment" -> vocab.item_shipment();
            case "user.financial.credit_card.token" -> vocab.item_payment_token();
            case "user.unique_id" -> vocab.item_customer_id();
            default -> key;
        };
    }

    public String dataItems(List<String> keys) {
        return formats.list(keys == null ? List.of() : keys.stream().map(this::dataItem).toList());
    }

    /** Why a disclosure happened, as the end of a sentence ("to deliver order 1a2b3c4d"). */
    public String disclosurePurpose(String purpose, String reference) {
        String order = orderOf(reference);
        return switch (purpose == null ? "" : purpose) {
            case "delivery" -> vocab.purpose_delivery(order);
            case "payment" -> vocab.purpose_payment(order);
            case "support" -> vocab.purpose_support();
            case "court-order" -> vocab.purpose_court_order();
            case "government-request" -> vocab.purpose_government_request();
            case "harmful-conduct" -> vocab.purpose_harmful_conduct();
            case "fraud-prevention" -> vocab.purpose_fraud_prevention();
            case "credit-risk" -> vocab.purpose_credit_risk();
            case "business-transfer" -> vocab.purpose_business_transfer();
            default -> vocab.purpose_other(purpose == null ? "-" : purpose);
        };
    }

    /** "order:<uuid>" -> the first eight characters, as an order number to recognise; anything else: empty. */
    static String orderOf(String reference) {
        if (reference == null || !reference.startsWith("order:")) {
            return "";
        }
        String id = reference.substring("order:".length());
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    public String legalBasis(String basis) {
        return switch (basis == null ? "" : basis) {
            case "contract" -> vocab.basis_contract();
            case "consent" -> vocab.basis_consent();
            case "legal-order" -> vocab.basis_legal_order();
            case "harmful-conduct" -> vocab.basis_harmful_conduct();
            case "fraud-prevention" -> vocab.basis_fraud_prevention();
            case "credit-risk" -> vocab.basis_credit_risk();
            case "business-transfer" -> vocab.basis_business_transfer();
            case "outsourcing" -> vocab.basis_outsourcing();
            default -> basis == null ? "" : basis;
        };
    }

    public String recipientKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "carrier" -> vocab.kind_carrier();
            case "payment-processor" -> vocab.kind_payment_processor();
            case "analytics" -> vocab.kind_analytics();
            case "affiliate" -> vocab.kind_affiliate();
            case "fraud-prevention" -> vocab.kind_fraud_prevention();
            case "credit-bureau" -> vocab.kind_credit_bureau();
            case "authority" -> vocab.kind_authority();
            case "acquirer" -> vocab.kind_acquirer();
            case "staff" -> vocab.kind_staff();
            default -> kind == null ? "" : kind;
        };
    }

    public String requestType(String type) {
        return switch (type == null ? "" : type) {
            case "access" -> vocab.request_access();
            case "erasure" -> vocab.request_erasure();
            default -> type == null ? "" : type;
        };
    }

    public String requestStatus(String status) {
        return switch (status == null ? "" : status) {
            case "received" -> vocab.status_received();
            case "in-progress" -> vocab.status_in_progress();
            case "completed" -> vocab.status_completed();
            case "partially-blocked" -> vocab.status_partially_blocked();
            case "failed-retrying" -> vocab.status_failed_retrying();
            default -> status == null ? "" : status;
        };
    }

    public String stepStatus(String status) {
        return switch (status == null ? "" : status) {
            case "pending" -> vocab.step_pending();
            case "done" -> vocab.step_done();
            case "blocked" -> vocab.step_blocked();
            case "nothing-held" -> vocab.step_nothing_held();
            default -> status == null ? "" : status;
        };
    }

    /** A service by its module name ({@code contact-service}) or its retention name ({@code contact}). */
    public String service(String service) {
        String name = service == null ? "" : service.replaceFirst("-service$", "");
        return switch (name) {
            case "contact" -> vocab.service_contact();
            case "payment" -> vocab.service_payment();
            case "consent" -> vocab.service_consent();
            case "disclosure" -> vocab.service_disclosure();
            case "clickstream" -> vocab.service_clickstream();
            case "gateway" -> vocab.service_gateway();
            default -> name;
        };
    }

    public String consentPurpose(String key, String fallback) {
        return switch (key == null ? "" : key) {
            case "marketing-email-specials" -> vocab.consent_specials();
            case "affiliate-tracking" -> vocab.consent_affiliate();
            case "cross-border-transfer" -> vocab.consent_cross_border();
            default -> fallback == null ? key : fallback;
        };
    }

    public String consentPurposeDescription(String key, String fallback) {
        return switch (key == null ? "" : key) {
            case "marketing-email-specials" -> vocab.consent_specials_description();
            case "affiliate-tracking" -> vocab.consent_affiliate_description();
            case "cross-border-transfer" -> vocab.consent_cross_border_description();
            default -> fallback == null ? "" : fallback;
        };
    }

    public String consentState(String state) {
        return switch (state == null ? "" : state) {
            case "granted" -> vocab.consent_granted();
            case "withdrawn" -> vocab.consent_withdrawn();
            default -> vocab.consent_none();
        };
    }

    public String consentAction(String action) {
        return switch (action == null ? "" : action) {
            case "granted" -> vocab.action_granted();
            case "withdrawn" -> vocab.action_withdrawn();
            default -> action == null ? "" : action;
        };
    }

    public String sourcePage(String page) {
        return switch (page == null ? "" : page) {
            case "account-login-page" -> vocab.page_account_login();
            case "privacy-center" -> vocab.page_privacy_center();
            case "account-settings" -> vocab.page_account_settings();
            case "erasure" -> vocab.page_erasure();
            default -> page == null ? "" : page;
        };
    }

    public String caseType(String type) {
        return switch (type == null ? "" : type) {
            case "court-order" -> vocab.case_court_order();
            case "government-request" -> vocab.case_government_request();
            case "harmful-conduct" -> vocab.case_harmful_conduct();
            case "fraud-prevention" -> vocab.case_fraud_prevention();
            case "credit-risk" -> vocab.case_credit_risk();
            case "business-transfer" -> vocab.case_business_transfer();
            default -> type == null ? "" : type;
        };
    }

    public String caseStatus(String status) {
        return switch (status == null ? "" : status) {
            case "open" -> vocab.case_open();
            case "approved" -> vocab.case_approved();
            case "rejected" -> vocab.case_rejected();
            case "executed" -> vocab.case_executed();
            default -> status == null ? "" : status;
        };
    }

    public String holdReason(String reason) {
        return switch (reason == null ? "" : reason) {
            case "litigation" -> vocab.hold_litigation();
            case "legal-obligation" -> vocab.hold_legal_obligation();
            case "investigation" -> vocab.hold_investigation();
            default -> reason == null ? "" : reason;
        };
    }

    public String holdEvent(String kind) {
        return switch (kind == null ? "" : kind) {
            case "placed" -> vocab.event_placed();
            case "released" -> vocab.event_released();
            default -> kind == null ? "" : kind;
        };
    }

    public String changeKind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "ADDED" -> vocab.change_added();
            case "CHANGED" -> vocab.change_changed();
            case "REMOVED" -> vocab.change_removed();
            default -> kind == null ? "" : kind;
        };
    }

    /** A changed field as contact-service names it ({@code name.given}, {@code addresses[1]}), in words. */
    public String contactField(String field) {
        if (field == null) {
            return "";
        }
        Matcher list = LIST_FIELD.matcher(field);
        if (list.matches()) {
            String n = String.valueOf(Integer.parseInt(list.group(2)) + 1);
            return switch (list.group(1)) {
                case "addresses" -> vocab.field_address(n);
                case "phones" -> vocab.field_phone(n);
                default -> vocab.field_email(n);
            };
        }
        return switch (field) {
            case "name" -> vocab.field_name();
            case "name.family" -> vocab.field_family_name();
            case "name.given" -> vocab.field_given_name();
            default -> field;
        };
    }

    public String changeActor(String actor) {
        return switch (actor == null ? "" : actor) {
            case "customer" -> vocab.actor_you();
            case "storefront" -> vocab.actor_storefront();
            default -> vocab.actor_other();
        };
    }

    public String addressType(String type) {
        return switch (type == null ? "" : type) {
            case "HOME" -> vocab.address_home();
            case "SHIPPING" -> vocab.address_shipping();
            case "BILLING" -> vocab.address_billing();
            default -> type == null ? "" : type;
        };
    }

    public String phoneType(String type) {
        return switch (type == null ? "" : type) {
            case "MOBILE" -> vocab.phone_mobile();
            case "HOME" -> vocab.phone_home();
            case "WORK" -> vocab.phone_work();
            default -> type == null ? "" : type;
        };
    }

    public String purgeOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "purged" -> vocab.outcome_purged();
            case "unavailable" -> vocab.outcome_unavailable();
            case "failed" -> vocab.outcome_failed();
            case "not-configured" -> vocab.outcome_not_configured();
            default -> outcome == null ? "" : outcome;
        };
    }

    public String trigger(String trigger) {
        return switch (trigger == null ? "" : trigger.toUpperCase(java.util.Locale.ROOT).replace('-', '_')) {
            case "SCHEDULE" -> vocab.trigger_schedule();
            case "STORAGE_PRESSURE" -> vocab.trigger_storage_pressure();
            default -> trigger == null ? "" : trigger;
        };
    }

    public String ledgerOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "DISCLOSED" -> vocab.ledger_disclosed();
            case "REFUSED" -> vocab.ledger_refused();
            default -> outcome == null ? "" : outcome;
        };
    }
}
