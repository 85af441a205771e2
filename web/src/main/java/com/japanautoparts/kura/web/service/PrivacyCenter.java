package com.japanautoparts.kura.web.service;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.japanautoparts.kura.web.client.Api;
import com.japanautoparts.kura.web.client.CustomerClient;
import com.japanautoparts.kura.web.config.WebConfig;
import com.japanautoparts.kura.web.i18n.Msg;
import com.japanautoparts.kura.web.i18n.Words;
import com.japanautoparts.kura.web.view.Privacy;

/**
 * The privacy center: what a customer sees of the data Kura holds about them, and what they can do with it. Every call
 * goes to the APIs with the customer's own token, so the services decide what is theirs; nothing is kept here.
 */
@ApplicationScoped
public class PrivacyCenter {

    public static final String SPECIALS = "marketing-email-specials";
    private static final Set<String> OPEN = Set.of("received", "in-progress", "failed-retrying");
    private static final List<String> ADDRESS_TYPES = List.of("SHIPPING", "BILLING", "HOME");
    private static final List<String> PHONE_TYPES = List.of("MOBILE", "HOME", "WORK");

    private final CustomerClient api;
    private final WebConfig config;
    private final Clock clock;

    public PrivacyCenter(CustomerClient api, WebConfig config) {
        this.api = api;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    // ---------------------------------------------------------------- overview

    public Privacy.Overview overview(Words words) {
        Optional<ObjectNode> contact = api.contact();
        boolean specials = api.consents().stream()
                .anyMatch(c -> SPECIALS.equals(c.purpose()) && "granted".equals(c.state()));
        List<Api.Disclosure> disclosures = api.disclosures();
        String last = disclosures.stream().map(Api.Disclosure::at).max(Comparator.naturalOrder())
                .map(words.formats()::date).orElse(null);
        long open = api.requests().stream().filter(r -> OPEN.contains(r.status())).count();
        Optional<Api.Policy> current = api.currentPolicy();
        boolean changed = current.isPresent() && api.acknowledgements().stream()
                .noneMatch(a -> a.version().equals(current.get().version()));
        return new Privacy.Overview(contact.isPresent(), size(contact, "addresses"), size(contact, "phones"),
                size(contact, "emails"), specials, disclosures.size(), last, (int) open, changed,
                current.map(Api.Policy::version).orElse(null));
    }

    private static int size(Optional<ObjectNode> contact, String list) {
        return contact.map(c -> c.path(list).size()).orElse(0);
    }

    // ---------------------------------------------------------------- my data

    public Privacy.MyData data(Words words) {
        Optional<ObjectNode> held = api.contact();
        ObjectNode contact = held.orElseGet(() -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        JsonNode name = contact.path("name");
        Privacy.NameView nameView = new Privacy.NameView(text(name, "family"), text(name, "given"),
                text(name, "familyKana"), text(name, "givenKana"),
                ContactEditor.fingerprint(name));
        List<Privacy.AddressView> addresses = new ArrayList<>();
        JsonNode list = contact.path("addresses");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            addresses.add(new Privacy.AddressView(i, text(a, "type"), words.addressType(text(a, "type")),
                    a.path("country").asText("JP"), text(a, "postalCode"), text(a, "region"), text(a, "locality"),
                    text(a, "line1"), text(a, "line2"), ContactEditor.fingerprint(a)));
        }
        List<Privacy.PhoneView> phones = new ArrayList<>();
        list = contact.path("phones");
        for (int i = 0; i < list.size(); i++) {
            JsonNode p = list.get(i);
            phones.add(new Privacy.PhoneView(i, text(p, "type"), words.phoneType(text(p, "type")), text(p, "number"),
                    ContactEditor.fingerprint(p)));
        }
        List<Privacy.EmailView> emails = new ArrayList<>();
        list = contact.path("emails");
        for (int i = 0; i < list.size(); i++) {
            emails.add(new Privacy.EmailView(i, text(list.get(i), "address"), ContactEditor.fingerprint(list.get(i))));
        }
        List<Privacy.ChangeView> history = held.isEmpty() ? List.of() : api.contactHistory().stream()
                .sorted(Comparator.comparing(Api.ContactChange::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(c -> new Privacy.ChangeView(words.formats().dateTime(c.at()), words.contactField(c.field()),
                        words.changeKind(c.kind()), words.changeActor(c.actor())))
                .toList();
        return new Privacy.MyData(held.isPresent(), nameView, addresses, phones, emails, history,
                choices(ADDRESS_TYPES, words::addressType, null), choices(PHONE_TYPES, words::phoneType, null));
    }

    public static List<Privacy.Choice> choices(List<String> values, Function<String, String> label, String selected) {
        return values.stream().map(v -> new Privacy.Choice(v, label.apply(v), v.equals(selected))).toList();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    public void saveName(String fingerprint, Map<String, String> form) {
        api.patchContact(ContactEditor.namePatch(current(), fingerprint, form));
    }

    /** Changes entry {@code index} of a list, or adds one when {@code index} is null. */
    public void saveEntry(String list, Integer index, String fingerprint, Map<String, String> form) {
        api.patchContact(ContactEditor.entryPatch(current(), list, index, fingerprint, form));
    }

    public void removeEntry(String list, int index, String fingerprint) {
        api.patchContact(ContactEditor.removalPatch(current(), list, index, fingerprint));
    }

    public void removeAll() {
        api.removeContact();
    }

    private ObjectNode current() {
        return api.contact().orElseGet(() -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
    }

    // ---------------------------------------------------------------- consents

    public Privacy.Consents consents(Words words) {
        Map<String, Api.ConsentState> states = api.consents().stream()
                .collect(Collectors.toMap(Api.ConsentState::purpose, Function.identity(), (a, b) -> a));
        List<Privacy.PurposeView> purposes = api.purposes().stream().map(p -> {
            Api.ConsentState state = states.get(p.key());
            String value = state == null ? "none" : state.state();
            return new Privacy.PurposeView(p.key(), words.consentPurpose(p.key(), p.description()),
                    words.consentPurposeDescription(p.key(), p.description()), value, words.consentState(value),
                    state == null ? "" : words.formats().dateTime(state.since()),
                    state == null || state.source() == null ? "" : words.sourcePage(state.source().page()),
                    "granted".equals(value));
        }).toList();
        Api.Eligibility eligibility = api.eligibility(SPECIALS);
        Api.ConsentState specials = states.get(SPECIALS);
        Msg msg = words.msg();
        String explanation;
        if (eligibility.eligible()) {
            explanation = msg.specials_on(words.formats().date(eligibility.grantedAt()));
        } else if (specials != null && "withdrawn".equals(specials.state())) {
            explanation = msg.specials_off_withdrawn();
        } else if (specials != null && "granted".equals(specials.state())) {
            explanation = msg.specials_off_page();
        } else {
            explanation = msg.specials_off_none();
        }
        List<Privacy.ConsentRecordView> history = api.consentHistory().stream()
                .sorted(Comparator.comparing(Api.ConsentRecord::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(r -> new Privacy.ConsentRecordView(words.formats().dateTime(r.at()),
                        words.consentPurpose(r.purpose(), r.purpose()), words.consentAction(r.action()),
                        r.viaGpc() ? "Global Privacy Control" : r.source() == null ? "" : words.sourcePage(r.source().page()),
                        r.policyVersion() == null ? "" : r.policyVersion()))
                .toList();
        return new Privacy.Consents(purposes, new Privacy.SpecialsView(eligibility.eligible(), explanation), history,
                api.currentPolicy().map(Api.Policy::version).orElse(null));
    }

    /** Whether {@code purpose} is one the customer can decide on (a registered purpose). */
    public boolean knownPurpose(String purpose) {
        return api.purposes().stream().anyMatch(p -> p.key().equals(purpose));
    }

    public void grant(String purpose, String userAgent) {
        String notice = api.currentPolicy().map(Api.Policy::version).orElse(config.consent().fallbackNoticeVersion());
        api.grant(purpose, new Api.ConsentAction(config.consent().channel(), config.consent().page(), notice, userAgent));
    }

    public void withdraw(String purpose, String userAgent) {
        api.withdraw(purpose, new Api.ConsentAction(config.consent().channel(), config.consent().page(), null, userAgent));
    }

    // ---------------------------------------------------------------- who received my data

    public Privacy.Recipients recipients(Words words) {
        List<Privacy.DisclosureView> thirdParties = new ArrayList<>();
        List<Privacy.DisclosureView> staff = new ArrayList<>();
        api.disclosures().stream()
                .sorted(Comparator.comparing(Api.Disclosure::at, Comparator.nullsLast(Comparator.reverseOrder())))
                .forEach(d -> {
                    String date = words.formats().date(d.at());
                    String items = words.dataItems(d.dataItems());
                    String purpose = words.disclosurePurpose(d.purpose(), d.reference());
                    String basis = words.msg().disclosure_basis(words.legalBasis(d.legalBasis()));
                    String again = d.times() == null || d.lastAt() == null ? ""
                            : words.msg().disclosure_repeated(words.formats().number(d.times()),
                                    words.formats().date(d.lastAt()));
                    if ("staff".equals(d.recipientKind())) {
                        String sentence = words.msg().staff_sentence(date, items, purpose);
                        staff.add(new Privacy.DisclosureView(date, words.formats().sentences(sentence, again), basis, List.of()));
                    } else {
                        String sentence = words.msg().disclosure_sentence(date, d.recipientName(), items, purpose);
                        thirdParties.add(new Privacy.DisclosureView(date, words.formats().sentences(sentence, again), basis,
                                notices(d, words)));
                    }
                });
        return new Privacy.Recipients(thirdParties, staff);
    }

    /** "On 1 Dec they were told you corrected your address; acknowledged on 2 Dec." (GDPR Art. 19 notices). */
    private static List<String> notices(Api.Disclosure d, Words words) {
        if (d.notices() == null) {
            return List.of();
        }
        return d.notices().stream().map(n -> {
            String date = words.formats().date(n.notifiedAt());
            String items = words.dataItems(n.dataItems());
            String told = "erasure".equals(n.kind()) ? words.msg().notice_erasure(date, items)
                    : words.msg().notice_correction(date, items);
            return words.msg().notice_line(told, n.acknowledgedAt() == null ? words.msg().notice_pending()
                    : words.msg().notice_acknowledged(words.formats().date(n.acknowledgedAt())));
        }).toList();
    }

    // ---------------------------------------------------------------- my requests

    public Privacy.Requests requests(Words words) {
        List<Privacy.RequestView> views = api.requests().stream().map(r -> view(r, words)).toList();
        return new Privacy.Requests(views, views.stream().anyMatch(r -> r.open() && r.type().equals("access")),
                views.stream().anyMatch(r -> r.open() && r.type().equals("erasure")));
    }

    public Optional<Privacy.RequestView> request(String id, Words words) {
        return api.request(id).map(r -> view(r, words));
    }

    public Api.SubjectRequest file(String type) {
        return api.file(type);
    }

    public InputStream export(String id) {
        return api.export(id);
    }

    private Privacy.RequestView view(Api.SubjectRequest r, Words words) {
        boolean open = OPEN.contains(r.status());
        Instant now = clock.instant();
        boolean overdue = open && r.dueAt() != null && r.dueAt().isBefore(now);
        // A finished access request's export can be downloaded until exportAvailableUntil (then the gateway answers 410).
        boolean finishedAccess = "access".equals(r.type()) && !open;
        boolean downloadable = finishedAccess && r.exportAvailableUntil() != null && now.isBefore(r.exportAvailableUntil());
        List<Privacy.ProgressView> progress = r.progress().stream()
                .map(p -> new Privacy.ProgressView(words.service(p.service()), p.status(), words.stepStatus(p.status()),
                        p.reason()))
                .toList();
        return new Privacy.RequestView(r.id(), r.type(), words.requestType(r.type()), r.status(),
                words.requestStatus(r.status()), words.formats().dateTime(r.receivedAt()), words.formats().date(r.dueAt()),
                words.formats().dateTime(r.completedAt()), open, overdue, downloadable,
                words.formats().dateTime(r.exportAvailableUntil()), finishedAccess && !downloadable, r.outcome(), progress);
    }

    // ---------------------------------------------------------------- the policy

    public Privacy.PolicyPage policy(Words words) {
        Optional<Api.Policy> current = api.currentPolicy();
        List<Api.Policy> all = api.policies().stream()
                .sorted(Comparator.comparing(Api.Policy::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<Api.Acknowledgement> acks = api.acknowledgements().stream()
                .sorted(Comparator.comparing(Api.Acknowledgement::acknowledgedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        Optional<Api.Policy> lastSeen = acks.stream().findFirst()
                .flatMap(a -> all.stream().filter(p -> p.version().equals(a.version())).findFirst());
        Instant seenAt = lastSeen.map(Api.Policy::publishedAt).orElse(null);
        List<Privacy.PolicyView> changed = all.stream()
                .filter(p -> seenAt == null || (p.publishedAt() != null && p.publishedAt().isAfter(seenAt)))
                .map(p -> policyView(p, words))
                .toList();
        boolean acknowledged = current.isPresent() && acks.stream().anyMatch(a -> a.version().equals(current.get().version()));
        return new Privacy.PolicyPage(current.map(p -> policyView(p, words)).orElse(null), acknowledged,
                lastSeen.map(Api.Policy::version).orElse(null), acknowledged ? List.of() : changed,
                acks.stream().map(a -> new Privacy.AcknowledgementView(a.version(), words.formats().dateTime(a.acknowledgedAt())))
                        .toList());
    }

    private static Privacy.PolicyView policyView(Api.Policy p, Words words) {
        return new Privacy.PolicyView(p.version(), words.formats().date(p.effectiveDate()), p.summary());
    }

    public void acknowledge() {
        api.acknowledgeCurrentPolicy();
    }
}
