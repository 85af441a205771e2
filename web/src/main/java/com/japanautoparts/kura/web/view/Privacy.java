package com.japanautoparts.kura.web.view;

import java.util.List;

/** The privacy center's pages, as the templates show them: every text already in the page's language. */
public final class Privacy {

    private Privacy() {
    }

    /** The public start page: the policy in force, and where the signed-in person may go. */
    public record Start(boolean customer, boolean office, PolicyView policy) {
    }

    /** The start of the privacy center: one line per area, with what stands out. */
    public record Overview(boolean dataHeld, int addresses, int phones, int emails, boolean specialsOn, int disclosures,
            String lastDisclosure, int openRequests, boolean policyChanged, String policyVersion) {
    }

    // ---------------------------------------------------------------- my data

    /**
     * The contact data held about me. {@code name} is never null (empty fields when no name is held); the lists carry
     * their position, which the correction forms send back with a fingerprint of what they showed.
     */
    public record MyData(boolean held, NameView name, List<AddressView> addresses, List<PhoneView> phones,
            List<EmailView> emails, List<ChangeView> history, List<Choice> addressTypes, List<Choice> phoneTypes) {
    }

    public record NameView(String family, String given, String familyKana, String givenKana, String fingerprint) {
    }

    public record AddressView(int index, String type, String typeLabel, String country, String postalCode,
            String region, String locality, String line1, String line2, String fingerprint) {
    }

    public record PhoneView(int index, String type, String typeLabel, String number, String fingerprint) {
    }

    public record EmailView(int index, String address, String fingerprint) {
    }

    public record ChangeView(String at, String field, String kind, String actor) {
    }

    /** One option of a select: value, label, and whether it is the current one. */
    public record Choice(String value, String label, boolean selected) {
    }

    // ---------------------------------------------------------------- consents

    public record Consents(List<PurposeView> purposes, SpecialsView specials, List<ConsentRecordView> history,
            String policyVersion) {
    }

    public record PurposeView(String key, String name, String description, String state, String stateLabel,
            String since, String source, boolean granted) {
    }

    /** Whether specials email may be sent to me now, and why (or why not), from consent-service's answer. */
    public record SpecialsView(boolean eligible, String explanation) {
    }

    public record ConsentRecordView(String at, String purpose, String action, String source, String policyVersion) {
    }

    // ---------------------------------------------------------------- who received my data

    /** The ledger's report in plain words: third parties, and the store's own staff who looked at my data. */
    public record Recipients(List<DisclosureView> thirdParties, List<DisclosureView> staff) {
    }

    /** {@code notices}: the recipient was told of a correction or erasure, and whether it acknowledged, in words. */
    public record DisclosureView(String at, String sentence, String basis, List<String> notices) {
    }

    // ---------------------------------------------------------------- my requests

    public record Requests(List<RequestView> requests, boolean accessOpen, boolean erasureOpen) {
    }

    /**
     * {@code downloadable}: a finished access request inside its download window ({@code availableUntil});
     * {@code expired}: one whose window ended (or an erasure request deleted its export).
     */
    public record RequestView(String id, String type, String typeLabel, String status, String statusLabel,
            String receivedAt, String dueAt, String completedAt, boolean open, boolean overdue, boolean downloadable,
            String availableUntil, boolean expired, String outcome, List<ProgressView> progress) {
    }

    public record ProgressView(String service, String status, String statusLabel, String reason) {
    }

    // ---------------------------------------------------------------- the policy

    /**
     * The policy in force, the versions I acknowledged, and what changed since the newest of them (the summaries of
     * the versions published after it).
     */
    public record PolicyPage(PolicyView current, boolean acknowledged, String lastAcknowledged,
            List<PolicyView> changedSince, List<AcknowledgementView> acknowledgements) {
    }

    public record PolicyView(String version, String effectiveDate, String summary) {
    }

    public record AcknowledgementView(String version, String at) {
    }
}
