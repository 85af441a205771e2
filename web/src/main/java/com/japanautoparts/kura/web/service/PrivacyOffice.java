package com.japanautoparts.kura.web.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.japanautoparts.kura.catalogue.NeedToKnow;
import com.japanautoparts.kura.web.client.Api;
import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.client.OfficeClient;
import com.japanautoparts.kura.web.config.WebConfig;
import com.japanautoparts.kura.web.i18n.Formats;
import com.japanautoparts.kura.web.i18n.OfficeMsg;
import com.japanautoparts.kura.web.i18n.OfficeWords;
import com.japanautoparts.kura.web.i18n.Words;
import com.japanautoparts.kura.web.view.Console;
import com.japanautoparts.kura.web.view.Privacy;

/**
 * The privacy office's console: data-subject requests and their deadlines, exception cases, legal holds, the ledger,
 * retention. Every call carries the officer's (or staff member's) own token; the services enforce who may do what,
 * including the two-person rules, so the pages only offer what the role suggests and show the services' refusals.
 */
@ApplicationScoped
public class PrivacyOffice {

    /** The data items an exception case may name (disclosure-service's list). */
    public static final List<String> CASE_ITEMS = List.of("user.name", "user.contact.address.shipping",
            "user.contact.phone_number", "user.contact.address.billing", "user.contact.email");
    public static final List<String> CASE_TYPES = List.of("court-order", "government-request", "harmful-conduct",
            "fraud-prevention", "credit-risk", "business-transfer");
    public static final List<String> HOLD_REASONS = List.of("litigation", "legal-obligation", "investigation");
    private static final int PURGE_LOG_ROWS = 10;
    /** How many proposals and history entries the proposals page shows. */
    private static final int PROPOSALS = 50;
    /** The refusals and reads page looks back this far. */
    private static final int ACTIVITY_HOURS = 24;
    /** Unacknowledged notices shown, oldest first (disclosure-service allows up to 1,000). */
    private static final int NOTICES_SHOWN = 200;

    /** A form value the office sent is not usable; the key names the message. */
    public static class InvalidFormException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public InvalidFormException(String field) {
            super(field);
        }
    }

    private final OfficeClient api;
    private final WebConfig config;
    private final Clock clock;

    public PrivacyOffice(OfficeClient api, WebConfig config) {
        this.api = api;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public Console.Overview overview(boolean officer) {
        List<Api.Case> cases = api.cases();
        int openCases = (int) cases.stream().filter(c -> "open".equals(c.status())).count();
        int approved = (int) cases.stream().filter(c -> "approved".equals(c.status())).count();
        if (!officer) {
            return new Console.Overview(false, 0, 0, openCases, approved, 0, null, null);
        }
        List<Api.SubjectRequest> open = api.requests(true);
        Instant now = clock.instant();
        int overdue = (int) open.stream().filter(r -> r.dueAt() != null && r.dueAt().isBefore(now)).count();
        int holds = (int) api.legalHolds().stream().filter(h -> inForce(h, now)).count();
        Api.Verification verification = api.verifyLedger();
        return new Console.Overview(true, open.size(), overdue, openCases, approved, holds, verification.valid(),
                verification.firstBrokenRowId());
    }

    // ---------------------------------------------------------------- data-subject requests

    /** By due date, overdue ones first (they are the soonest due), then the rest in due order. */
    public Console.Requests requests(boolean openOnly, Words words) {
        Instant now = clock.instant();
        List<Console.RequestRow> rows = api.requests(openOnly).stream()
                .sorted((a, b) -> {
                    boolean aLate = late(a, now);
                    boolean bLate = late(b, now);
                    if (aLate != bLate) {
                        return aLate ? -1 : 1;
                    }
                    return nullsLast(a.dueAt(), b.dueAt());
                })
                .map(r -> {
                    boolean overdue = late(r, now);
                    long days = r.dueAt() == null ? 0 : Duration.between(now, r.dueAt()).toDays();
                    String left = r.dueAt() == null || !isOpen(r) ? ""
                            : overdue ? words.msg().days_overdue(String.valueOf(Math.max(1, -days)))
                                    : words.msg().days_left(String.valueOf(days));
                    int done = (int) r.progress().stream().filter(p -> !"pending".equals(p.status())).count();
                    return new Console.RequestRow(r.id(), r.subject(), words.requestType(r.type()),
                            words.requestStatus(r.status()), words.formats().dateTime(r.receivedAt()),
                            words.formats().date(r.dueAt()), overdue, left, done, r.progress().size());
                })
                .toList();
        return new Console.Requests(openOnly, rows);
    }

    private static boolean isOpen(Api.SubjectRequest r) {
        return List.of("received", "in-progress", "failed-retrying").contains(r.status());
    }

    private static boolean late(Api.SubjectRequest r, Instant now) {
        return isOpen(r) && r.dueAt() != null && r.dueAt().isBefore(now);
    }

    private static int nullsLast(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    // ---------------------------------------------------------------- exception cases

    public Console.Cases cases(boolean officer, String me, Words words) {
        List<Console.CaseRow> rows = api.cases().stream()
                .sorted((a, b) -> Long.compare(b.id(), a.id()))
                .map(c -> new Console.CaseRow(c.id(), words.caseType(c.type()), c.status(), words.caseStatus(c.status()),
                        c.recipientId(), c.openedBy(), words.formats().dateTime(c.openedAt()), c.openedBy().equals(me)))
                .toList();
        // Staff cannot read the registry; they type the recipient's id (the service checks it).
        List<Privacy.Choice> recipients = officer ? api.recipients().stream()
                .filter(r -> !"staff".equals(r.kind()) && !Boolean.FALSE.equals(r.active()))
                .map(r -> new Privacy.Choice(r.id(), r.name() + " (" + words.recipientKind(r.kind()) + ")", false))
                .toList() : List.of();
        return new Console.Cases(officer, rows, PrivacyCenter.choices(CASE_TYPES, words::caseType, null), recipients,
                PrivacyCenter.choices(CASE_ITEMS, words::dataItem, null));
    }

    public Optional<Console.CaseDetail> caseDetail(long id, boolean officer, String me, Words words) {
        Formats f = words.formats();
        return api.exceptionCase(id).map(c -> new Console.CaseDetail(c.id(), words.caseType(c.type()), c.status(),
                words.caseStatus(c.status()), c.recipientId(), c.referenceDocument(), c.requester(), c.description(),
                c.subjects() == null ? List.of() : c.subjects(),
                words.dataItems(c.dataItems()),
                c.openedBy(), f.dateTime(c.openedAt()), c.decidedBy(), f.dateTime(c.decidedAt()), c.decisionNote(),
                c.executedBy(), f.dateTime(c.executedAt()), officer, c.openedBy().equals(me),
                officer && "open".equals(c.status()), officer && "approved".equals(c.status())));
    }

    public Api.Case openCase(String type, String recipientId, String referenceDocument, String requester,
            String description, String subjects, List<String> dataItems) {
        if (!CASE_TYPES.contains(type)) {
            throw new InvalidFormException("type");
        }
        List<String> items = dataItems == null ? List.of() : dataItems.stream().filter(CASE_ITEMS::contains).distinct().toList();
        return api.open(new Api.NewCase(type, blankToNull(recipientId), blankToNull(referenceDocument),
                blankToNull(requester), blankToNull(description), ids(subjects), items));
    }

    public Api.Case approve(long id, String note) {
        return api.approve(id, blankToNull(note));
    }

    public Api.Case reject(long id, String note) {
        return api.reject(id, blankToNull(note));
    }

    public byte[] execute(long id) {
        return api.execute(id);
    }

    // ---------------------------------------------------------------- legal holds

    public Console.Holds holds(String me, Words words) {
        Instant now = clock.instant();
        Formats f = words.formats();
        List<Console.HoldRow> holds = api.legalHolds().stream().map(h -> {
            boolean inForce = inForce(h, now);
            String status = "released".equals(h.status()) ? words.msg().hold_released()
                    : inForce ? words.msg().hold_in_force() : words.msg().hold_ended();
            return new Console.HoldRow(h.id(), words.holdReason(h.reason()), h.description(),
                    h.subjects() == null ? 0 : h.subjects().size(), h.subjects() == null ? List.of() : h.subjects(),
                    f.date(h.endsAt()), h.placedBy(), f.dateTime(h.placedAt()), inForce, status, h.releasedBy(),
                    f.dateTime(h.releasedAt()), me != null && me.equals(h.placedBy()));
        }).toList();
        List<Console.HoldEventRow> events = api.holdEvents(50).stream()
                .map(e -> new Console.HoldEventRow(e.holdId(), words.holdEvent(e.kind()), e.actor(), f.dateTime(e.at()),
                        e.subjectCount()))
                .toList();
        String tomorrow = now.atZone(Formats.STORE_ZONE).toLocalDate().plusDays(1).toString();
        return new Console.Holds(holds, events, PrivacyCenter.choices(HOLD_REASONS, words::holdReason, null), tomorrow);
    }

    private static boolean inForce(Api.LegalHold h, Instant now) {
        return "active".equals(h.status()) && h.endsAt() != null && h.endsAt().isAfter(now);
    }

    /** A hold until the end of {@code endsOn} (store time); the service refuses an end in the past. */
    public Api.LegalHold placeHold(String subjects, String reason, String description, String endsOn) {
        if (!HOLD_REASONS.contains(reason)) {
            throw new InvalidFormException("reason");
        }
        Instant endsAt;
        try {
            endsAt = LocalDate.parse(endsOn == null ? "" : endsOn.strip()).plusDays(1).atStartOfDay(Formats.STORE_ZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFormException("endsOn");
        }
        return api.placeHold(new Api.NewLegalHold(ids(subjects), reason, blankToNull(description), endsAt));
    }

    public Api.LegalHold releaseHold(long id) {
        return api.releaseHold(id);
    }

    // ---------------------------------------------------------------- the ledger

    public Console.Ledger ledger(String subject, Words words) {
        Api.Verification v = api.verifyLedger();
        String filter = blankToNull(subject);
        List<Console.LedgerRow> rows = api.ledger(filter, config.ledgerRows()).stream()
                .map(e -> new Console.LedgerRow(e.id(), words.formats().dateTime(e.at()), words.ledgerOutcome(e.outcome()),
                        e.recipientName() == null ? e.recipientId() : e.recipientName(),
                        e.subject() != null ? e.subject() : e.subjects() == null ? "" : words.msg().subjects_count(e.subjects().size()),
                        e.reference() == null ? "" : e.reference(), words.dataItems(e.dataItems()),
                        e.purpose() == null ? "" : e.purpose(), words.legalBasis(e.legalBasis()),
                        e.actor() == null ? "" : e.actor(), e.refusal() == null ? "" : e.refusal()))
                .toList();
        return new Console.Ledger(v.valid(), v.rowsChecked(), v.firstBrokenRowId(), v.purgedRows(),
                filter == null ? "" : filter, rows);
    }

    // ---------------------------------------------------------------- retention

    public Console.Retention retention(Words words, List<Console.StoragePressureRow> lastRun) {
        Formats f = words.formats();
        List<Console.ServiceRetention> services = new ArrayList<>();
        for (String service : config.retentionServices()) {
            try {
                Api.RetentionReport schedule = api.dryRun(service, "schedule");
                Api.RetentionReport pressure = api.dryRun(service, "storage-pressure");
                List<Console.PurgeRow> purges = api.purges(service).stream().limit(PURGE_LOG_ROWS)
                        .map(p -> new Console.PurgeRow(f.dateTime(p.purgedAt()), p.category(), p.purgedCount(),
                                f.date(p.cutoff()), words.trigger(p.trigger()), p.actor()))
                        .toList();
                services.add(new Console.ServiceRetention(service, words.service(service), true, null,
                        f.dateTime(schedule.nextScheduledRun()), due(schedule, f), due(pressure, f), purges));
            } catch (ApiException e) {
                // One service down must not hide the others: its row says so.
                services.add(new Console.ServiceRetention(service, words.service(service), false,
                        e.detail() == null ? String.valueOf(e.status()) : e.detail(), "", List.of(), List.of(), List.of()));
            }
        }
        return new Console.Retention(services, lastRun);
    }

    private static List<Console.DueRow> due(Api.RetentionReport report, Formats f) {
        return report.categories().stream().map(c -> new Console.DueRow(c.category(), f.date(c.cutoff()), c.count())).toList();
    }

    public List<Console.StoragePressureRow> storagePressure(Words words) {
        Api.StoragePressure result = api.storagePressure();
        return result.services().stream().map(s -> {
            long purged = s.report() == null ? 0 : s.report().categories().stream().mapToLong(Api.DueCategory::count).sum();
            return new Console.StoragePressureRow(words.service(s.service()), words.purgeOutcome(s.outcome()),
                    "purged".equals(s.outcome()), purged, s.detail() == null ? "" : s.detail());
        }).toList();
    }

    // ---------------------------------------------------------------- recipients and rules

    /**
     * The registry with its forms; {@code recipientForm} and {@code ruleForm} are what the new-recipient and new-rule
     * forms show (unfolded when not empty: a proposal from them was just refused).
     */
    public Console.Registry registry(OfficeWords office, RegistryEditor.NewRecipient recipientForm,
            RegistryEditor.NewRule ruleForm) {
        Words words = office.words();
        List<Console.RecipientRow> recipients = api.recipients().stream()
                .map(r -> new Console.RecipientRow(r.id(), r.name(), words.recipientKind(r.kind()), r.country(),
                        r.transferMechanism(), r.contractReference() == null ? "" : r.contractReference(),
                        !Boolean.FALSE.equals(r.active()), version(r.version())))
                .toList();
        List<Api.Rule> existing = api.rules();
        List<Console.RuleRow> rules = existing.stream().map(r -> {
            Api.Window w = r.window();
            List<Privacy.Choice> closes = w == null ? List.of()
                    : RegistryEditor.STAGES.stream().map(s -> new Privacy.Choice(s, office.stage(s),
                            w.closesAt() != null && w.closesAt().contains(s))).toList();
            return new Console.RuleRow(r.id() == null ? 0 : r.id(), version(r.version()), ruleName(r, words),
                    words.recipientKind(r.recipientKind()), r.purpose(), words.legalBasis(r.legalBasis()),
                    r.requiresAssignment(), r.requiresReason(), r.description() == null ? "" : r.description(),
                    window(w, office), words.dataItems(r.dataItems()),
                    PrivacyCenter.choices(RegistryEditor.LEGAL_BASES, words::legalBasis, r.legalBasis()),
                    w == null ? null : w.opensAt(), closes, w == null ? "" : w.grace());
        }).toList();
        return new Console.Registry(recipients, rules, PrivacyCenter.choices(RegistryEditor.STAGES, office::stage, null),
                newRecipientForm(recipientForm, words), newRuleForm(ruleForm, existing, office));
    }

    private static Console.NewRecipientForm newRecipientForm(RegistryEditor.NewRecipient form, Words words) {
        return new Console.NewRecipientForm(!form.equals(RegistryEditor.NewRecipient.EMPTY), nz(form.id()), nz(form.name()),
                form.kind(), PrivacyCenter.choices(RegistryEditor.RECIPIENT_KINDS, words::recipientKind, null),
                nz(form.country()), form.transferMechanism(),
                PrivacyCenter.choices(RegistryEditor.TRANSFER_MECHANISMS, m -> m, null), nz(form.contractReference()),
                nz(form.oidcClientId()));
    }

    /** Only the pairs the data catalogue grants that no rule names yet (the service refuses the others). */
    private static Console.NewRuleForm newRuleForm(RegistryEditor.NewRule form, List<Api.Rule> existing, OfficeWords office) {
        Words words = office.words();
        List<Console.NewRulePair> pairs = NeedToKnow.GRANTS.stream()
                .filter(g -> existing.stream().noneMatch(r -> RegistryEditor.pair(g).equals(target(r))))
                .map(g -> new Console.NewRulePair(RegistryEditor.pair(g),
                        words.recipientKind(g.recipient().key()) + " / " + g.purpose().key()
                                + (g.perOrder() ? " (" + office.console().rule_assignment() + ")" : ""),
                        g.perOrder(), RegistryEditor.pair(g).equals(form.pair())))
                .toList();
        return new Console.NewRuleForm(!form.equals(RegistryEditor.NewRule.EMPTY), pairs, form.legalBasis(),
                PrivacyCenter.choices(RegistryEditor.LEGAL_BASES, words::legalBasis, null), form.requiresReason(),
                nz(form.description()), form.opensAt(),
                RegistryEditor.STAGES.stream().map(s -> new Privacy.Choice(s, office.stage(s), form.closesAt().contains(s))).toList(),
                nz(form.grace()));
    }

    /** One recipient with its change form's values and its applied changes; empty when there is no such recipient. */
    public Optional<Console.RecipientDetail> recipient(String id, OfficeWords office) {
        Optional<Api.Recipient> found = api.recipients().stream().filter(r -> r.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Api.Recipient r = found.get();
        Words words = office.words();
        List<Console.HistoryRow> history = api.recipientHistory(id).stream().map(p -> history(p, office)).toList();
        return Optional.of(new Console.RecipientDetail(r.id(), r.name(), words.recipientKind(r.kind()), r.country(),
                PrivacyCenter.choices(RegistryEditor.TRANSFER_MECHANISMS, m -> m, r.transferMechanism()),
                r.contractReference() == null ? "" : r.contractReference(), r.oidcClientId() == null ? "" : r.oidcClientId(),
                !Boolean.FALSE.equals(r.active()), version(r.version()), history));
    }

    public Api.Proposal proposeRuleChange(long id, String version, String legalBasis, boolean requiresReason,
            String description, String opensAt, List<String> closesAt, String grace) {
        JsonNode current = ruleJson(id);
        return api.proposeRuleChange(id, RegistryEditor.ruleChange(current, version, legalBasis, requiresReason, description,
                opensAt, closesAt, grace));
    }

    /** Proposes a new rule for a pair the catalogue grants; a second officer applies it. */
    public Api.Proposal proposeNewRule(RegistryEditor.NewRule form) {
        return api.proposeRule(RegistryEditor.newRule(form));
    }

    /** Proposes registering a recipient; a second officer applies it. */
    public Api.Proposal proposeNewRecipient(RegistryEditor.NewRecipient form) {
        return api.proposeRecipient(RegistryEditor.newRecipient(form));
    }

    public Api.Proposal proposeRuleRemoval(long id, String version) {
        RegistryEditor.removal(ruleJson(id), version);
        return api.proposeRuleRemoval(id);
    }

    private JsonNode ruleJson(long id) {
        return api.rulesJson().stream().filter(r -> r.path("id").asLong(-1) == id).findFirst()
                .orElseThrow(() -> new ApiException(404, null));
    }

    public Api.Proposal proposeRecipientChange(String id, String version, String name, String country,
            String transferMechanism, String contractReference, boolean active) {
        JsonNode current = api.recipientJson(id);
        return api.proposeRecipientChange(id, RegistryEditor.recipientChange(current, version, name, country,
                transferMechanism, contractReference, active));
    }

    // ---------------------------------------------------------------- change proposals

    /** Open proposals with what each changes (against the rule or recipient as it is now), the rules' history, recent decisions. */
    public Console.Proposals proposals(String me, OfficeWords office) {
        List<Api.Proposal> open = api.proposals("open", PROPOSALS);
        List<Api.Rule> rules = open.stream().anyMatch(p -> "rule".equals(p.subject())) ? api.rules() : List.of();
        List<Api.Recipient> recipients = open.stream().anyMatch(p -> "recipient".equals(p.subject())) ? api.recipients()
                : List.of();
        Formats f = office.words().formats();
        List<Console.ProposalCard> cards = open.stream().map(p -> {
            List<Console.ChangeRow> changes;
            if ("rule".equals(p.subject())) {
                Api.Rule now = rules.stream().filter(r -> target(r).equals(p.target())).findFirst().orElse(null);
                changes = ruleChanges(now, p.rule(), office);
            } else {
                Api.Recipient now = recipients.stream().filter(r -> r.id().equals(p.target())).findFirst().orElse(null);
                changes = recipientChanges(now, p.recipient(), office);
            }
            return new Console.ProposalCard(p.id(), what(p, office), p.target(), version(p.baseVersion()), p.proposedBy(), f.dateTime(p.proposedAt()),
                    me != null && me.equals(p.proposedBy()), "remove".equals(p.action()), changes);
        }).toList();
        List<Console.HistoryRow> ruleHistory = api.ruleHistory().stream().limit(PROPOSALS).map(p -> history(p, office)).toList();
        List<Console.HistoryRow> decided = api.proposals(null, PROPOSALS).stream().filter(p -> !"open".equals(p.status()))
                .map(p -> history(p, office)).toList();
        return new Console.Proposals(cards, ruleHistory, decided);
    }

    public Api.Proposal decideProposal(long id, boolean approve, String note) {
        return api.decideProposal(id, approve, blankToNull(note));
    }

    private static String target(Api.Rule r) {
        return r.recipientKind() + "/" + r.purpose();
    }

    private static List<Console.ChangeRow> ruleChanges(Api.Rule now, Api.Rule proposed, OfficeWords office) {
        Words words = office.words();
        OfficeMsg m = office.console();
        List<Console.ChangeRow> rows = new ArrayList<>();
        row(rows, m.basis(), now == null ? "" : words.legalBasis(now.legalBasis()),
                proposed == null ? "" : words.legalBasis(proposed.legalBasis()));
        row(rows, m.rule_assignment(), now == null ? "" : office.yesNo(now.requiresAssignment()),
                proposed == null ? "" : office.yesNo(proposed.requiresAssignment()));
        row(rows, m.rule_reason(), now == null ? "" : office.yesNo(now.requiresReason()),
                proposed == null ? "" : office.yesNo(proposed.requiresReason()));
        row(rows, office.msg().rule_window_label(), now == null ? "" : window(now.window(), office),
                proposed == null ? "" : window(proposed.window(), office));
        row(rows, m.description(), now == null || now.description() == null ? "" : now.description(),
                proposed == null || proposed.description() == null ? "" : proposed.description());
        return rows;
    }

    private static List<Console.ChangeRow> recipientChanges(Api.Recipient now, Api.Recipient proposed, OfficeWords office) {
        Words words = office.words();
        OfficeMsg m = office.console();
        List<Console.ChangeRow> rows = new ArrayList<>();
        row(rows, office.msg().recipient_name(), now == null ? "" : now.name(), proposed == null ? "" : proposed.name());
        row(rows, m.kind(), now == null ? "" : words.recipientKind(now.kind()),
                proposed == null ? "" : words.recipientKind(proposed.kind()));
        row(rows, words.msg().country(), now == null ? "" : nz(now.country()), proposed == null ? "" : nz(proposed.country()));
        row(rows, m.transfer_mechanism(), now == null ? "" : nz(now.transferMechanism()),
                proposed == null ? "" : nz(proposed.transferMechanism()));
        row(rows, m.contract(), now == null ? "" : nz(now.contractReference()),
                proposed == null ? "" : nz(proposed.contractReference()));
        row(rows, office.msg().oidc_client(), now == null ? "" : nz(now.oidcClientId()), proposed == null ? "" : nz(proposed.oidcClientId()));
        row(rows, m.active(), now == null ? "" : office.yesNo(!Boolean.FALSE.equals(now.active())),
                proposed == null ? "" : office.yesNo(!Boolean.FALSE.equals(proposed.active())));
        return rows;
    }

    private static void row(List<Console.ChangeRow> rows, String field, String now, String proposed) {
        rows.add(new Console.ChangeRow(field, now, proposed, !now.equals(proposed)));
    }

    private static Console.HistoryRow history(Api.Proposal p, OfficeWords office) {
        Words words = office.words();
        Formats f = words.formats();
        String summary;
        if ("remove".equals(p.action())) {
            summary = office.proposalAction(p.action());
        } else if (p.rule() != null) {
            Api.Rule r = p.rule();
            summary = words.legalBasis(r.legalBasis()) + "; " + window(r.window(), office)
                    + (r.description() == null ? "" : "; " + r.description());
        } else if (p.recipient() != null) {
            Api.Recipient r = p.recipient();
            summary = r.name() + " (" + words.recipientKind(r.kind()) + ", " + nz(r.country()) + ", " + nz(r.transferMechanism())
                    + "); " + (Boolean.FALSE.equals(r.active()) ? office.console().inactive() : office.console().active());
        } else {
            summary = "";
        }
        return new Console.HistoryRow(p.id(), what(p, office), p.status(), office.proposalStatus(p.status()),
                version(p.appliedVersion()), summary, p.proposedBy(), f.dateTime(p.proposedAt()), nz(p.decidedBy()),
                f.dateTime(p.decidedAt()), nz(p.decisionNote()));
    }

    /** "change of rule staff/support", in the page's language. */
    private static String what(Api.Proposal p, OfficeWords office) {
        return office.msg().proposal_what_line(office.proposalAction(p.action()), office.proposalSubject(p.subject()), p.target());
    }

    private static String window(Api.Window w, OfficeWords office) {
        return w == null ? office.window(null, null, null) : office.window(w.opensAt(), w.closesAt(), w.grace());
    }

    private static String ruleName(Api.Rule r, Words words) {
        return words.recipientKind(r.recipientKind()) + " / " + r.purpose();
    }

    private static String version(Integer version) {
        return version == null ? "" : version.toString();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    // ---------------------------------------------------------------- refusals and reads

    /**
     * Refused disclosure attempts of the last day (written and not yet written, busiest first) and reads of contact data
     * per reader and hour (unusual hours first), and the correction and erasure notices recipients have not acknowledged
     * (oldest first). Each part says so when its service cannot be reached.
     */
    public Console.Activity activity(OfficeWords office) {
        Formats f = office.words().formats();
        boolean refusalsReachable = true;
        List<Console.RefusalRow> refusals = List.of();
        try {
            Api.Refusals answer = api.refusals(ACTIVITY_HOURS * 60);
            List<Console.RefusalRow> rows = new ArrayList<>();
            answer.pending().forEach(r -> rows.add(refusal(r, office, f, office.msg().refusals_pending())));
            answer.recorded().forEach(r -> rows.add(refusal(r, office, f,
                    r.ledgerId() == null ? "" : office.msg().refusals_position(r.ledgerId()))));
            refusals = rows.stream().sorted(Comparator.comparingLong(Console.RefusalRow::attempts).reversed()).toList();
        } catch (ApiException e) {
            if (!e.unavailable()) {
                throw e;
            }
            refusalsReachable = false;
        }
        boolean readsReachable = true;
        List<Console.ReadRow> reads = List.of();
        try {
            reads = api.accessAnomalies(ACTIVITY_HOURS).stream()
                    .sorted(Comparator.comparing(Api.AccessAnomaly::anomalous).reversed()
                            .thenComparing(Api.AccessAnomaly::hour, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(a -> new Console.ReadRow(f.dateTime(a.hour()), a.reader(), a.reads(), a.customers(), a.misses(),
                            a.anomalous()))
                    .toList();
        } catch (ApiException e) {
            if (!e.unavailable()) {
                throw e;
            }
            readsReachable = false;
        }
        int unusual = (int) reads.stream().filter(Console.ReadRow::anomalous).count();
        boolean noticesReachable = true;
        List<Console.NoticeRow> notices = List.of();
        try {
            notices = api.unacknowledgedNotices(NOTICES_SHOWN).stream()
                    .map(n -> new Console.NoticeRow(f.dateTime(n.notifiedAt()),
                            n.recipientName() == null ? n.recipientId() : n.recipientName(),
                            "ERASURE".equals(n.kind()) ? office.msg().notice_kind_erasure() : office.msg().notice_kind_correction(),
                            office.words().dataItems(n.dataItems()), nz(n.reference()), n.ledgerId()))
                    .toList();
        } catch (ApiException e) {
            if (!e.unavailable()) {
                throw e;
            }
            noticesReachable = false;
        }
        return new Console.Activity(refusalsReachable, refusals, readsReachable, reads, unusual, noticesReachable, notices);
    }

    private static Console.RefusalRow refusal(Api.Refusal r, OfficeWords office, Formats f, String ledger) {
        String who = r.recipientId() == null ? r.actor() : r.recipientId() + (r.actor() == null || r.actor().equals(r.recipientId())
                ? "" : " (" + r.actor() + ")");
        return new Console.RefusalRow(who, office.refusalReason(r.reason()), nz(r.purpose()),
                r.ruleVersion() == null ? "" : r.ruleVersion().toString(), r.attempts(), r.subjects(),
                f.dateTime(r.from()) + " – " + f.dateTime(r.to()), ledger);
    }

    // ---------------------------------------------------------------- form values

    /** Customer ids from a text area: one per line, or separated by commas or spaces. */
    static List<String> ids(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\s,]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
