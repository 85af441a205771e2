package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.catalogue.DataCategory;
import com.japanautoparts.kura.catalogue.DisclosurePurpose;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.CaseDto;
import com.japanautoparts.kura.disclosure.api.CasePackageDto;
import com.japanautoparts.kura.disclosure.api.NewCaseDto;
import com.japanautoparts.kura.disclosure.client.ContactClient;
import com.japanautoparts.kura.disclosure.api.PersonName;
import com.japanautoparts.kura.disclosure.client.ContactProjection;
import com.japanautoparts.kura.disclosure.domain.DisclosureCase;
import com.japanautoparts.kura.disclosure.domain.Recipient;
import com.japanautoparts.kura.disclosure.domain.CaseStatus;
import com.japanautoparts.kura.disclosure.domain.CaseType;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Exception disclosures: opened by one person, approved or rejected by a different privacy officer
 * (two-person rule), executed once. Execution collects exactly the approved subjects and items,
 * records them in the ledger and hands back a JSON package.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    private final LedgerService ledger;
    private final ContactClient contacts;
    private final Clock clock;

    public CaseService(LedgerService ledger, ContactClient contacts, Clock clock) {
        this.ledger = ledger;
        this.contacts = contacts;
        this.clock = clock;
    }

    public CaseDto open(NewCaseDto dto, String openedBy) {
        Recipient recipient = Recipient.<Recipient> findByIdOptional(dto.recipientId())
                .orElseThrow(() -> ProblemException.unprocessable("No recipient is registered with this id"));
        if (!recipient.active) {
            throw ProblemException.unprocessable("The recipient is not active");
        }
        if (recipient.kind == RecipientKind.STAFF) {
            throw ProblemException.unprocessable("Exception disclosures go to third parties, not to staff");
        }
        Set<DataCategory> askable = ContactItems.askable();
        for (String item : dto.dataItems()) {
            if (DataCategory.parse(item).filter(askable::contains).isEmpty()) {
                throw ProblemException.unprocessable("Unknown data item; a case may ask for " + ContactItems.keys());
            }
        }
        DisclosureCase c = new DisclosureCase();
        c.type = dto.type();
        c.status = CaseStatus.OPEN;
        c.recipient = recipient;
        c.referenceDocument = dto.referenceDocument();
        c.requester = dto.requester();
        c.description = dto.description();
        c.subjects = List.copyOf(new LinkedHashSet<>(dto.subjects()));
        c.dataItems = List.copyOf(new LinkedHashSet<>(dto.dataItems()));
        c.openedBy = openedBy;
        c.openedAt = Instant.now(clock);
        c.persist();
        Log.debugf("Case %d opened", c.id);
        return dto(c);
    }

    /** A privacy officer sees every case; anyone else only the cases they opened. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CaseDto> list(String person, boolean officer) {
        List<DisclosureCase> cases = officer ? DisclosureCase.listAllSorted() : DisclosureCase.listOpenedBy(person);
        return cases.stream().map(CaseService::dto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CaseDto> find(long id, String person, boolean officer) {
        return visible(id, person, officer).map(CaseService::dto);
    }

    /** Approves or rejects an open case; the person who opened it may not decide it. */
    public Optional<CaseDto> decide(long id, String decider, boolean approve, String note) {
        return DisclosureCase.<DisclosureCase> findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).map(c -> {
            if (c.openedBy.equals(decider)) {
                throw ProblemException.forbidden("Two-person rule: the person who opened a case cannot decide it");
            }
            if (c.status != CaseStatus.OPEN) {
                throw ProblemException.conflict("The case is already " + c.status.key());
            }
            c.status = approve ? CaseStatus.APPROVED : CaseStatus.REJECTED;
            c.decidedBy = decider;
            c.decidedAt = Instant.now(clock);
            c.decisionNote = note;
            return dto(c);
        });
    }

    /**
     * Collects the approved scope from contact-service (no transaction held open meanwhile), then in
     * one transaction re-checks the case, writes the ledger rows and marks it executed. If the
     * ledger write fails the case stays approved and nothing is returned.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<CasePackageDto> execute(long id, String executor) {
        // The recipient is a many-to-one, loaded eagerly with the case.
        Optional<DisclosureCase> found = QuarkusTransaction.requiringNew()
                .call(() -> DisclosureCase.<DisclosureCase> findByIdOptional(id));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DisclosureCase approved = found.get();
        requireExecutable(approved);
        List<DataCategory> items = approved.dataItems.stream().map(key -> DataCategory.parse(key).orElseThrow()).toList();
        List<CasePackageDto.SubjectRecord> records = new ArrayList<>();
        List<String> notFound = new ArrayList<>();
        for (String subject : approved.subjects) {
            collect(id, subject, items).ifPresentOrElse(records::add, () -> notFound.add(subject));
        }
        List<LedgerDraft> drafts = drafts(approved, records, executor);
        CaseType type = approved.type;
        Recipient recipient = approved.recipient;
        try {
            return Optional.of(QuarkusTransaction.requiringNew().call(() -> {
                DisclosureCase c = DisclosureCase.findById(id, LockModeType.PESSIMISTIC_WRITE);
                requireExecutable(c);
                if (c.version != approved.version) {
                    throw ProblemException.conflict("The case changed while it was executed; try again");
                }
                List<Long> rows = ledger.appendAll(drafts).stream().map(e -> e.id).toList();
                c.status = CaseStatus.EXECUTED;
                c.executedBy = executor;
                c.executedAt = Instant.now(clock);
                return new CasePackageDto(c.id, type, type.basis(), recipient.id, recipient.name, c.referenceDocument,
                        c.executedAt, c.dataItems, records, notFound, rows);
            }));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.errorf("Case %d could not be recorded (%s); nothing released", id, e.getClass().getName());
            throw Unavailable.ledger();
        }
    }

    private static void requireExecutable(DisclosureCase c) {
        if (c.status != CaseStatus.APPROVED) {
            throw ProblemException.conflict("Only an approved case can be executed; this one is " + c.status.key());
        }
        if (!c.recipient.active) {
            throw ProblemException.conflict("The case's recipient is no longer active");
        }
    }

    /**
     * The approved items of one subject, today's data, from the fewest contact projections that carry them (contact-service
     * records each read for the case in the customer's access log); empty when contact-service knows no such customer.
     */
    private Optional<CasePackageDto.SubjectRecord> collect(long caseId, String subject, List<DataCategory> items) {
        List<ContactProjection> projections = new ArrayList<>();
        for (DisclosurePurpose projection : ContactItems.projectionsFor(Set.copyOf(items))) {
            try {
                contacts.project(subject, projection, "case:" + caseId).ifPresent(projections::add);
            } catch (RuntimeException e) {
                Log.warnf("contact-service did not answer (%s)", e.getClass().getName());
                throw Unavailable.owningService();
            }
        }
        if (projections.isEmpty()) {
            return Optional.empty();
        }
        List<String> released = items.stream().filter(item -> projections.stream().anyMatch(p -> p.has(item)))
                .map(DataCategory::key).toList();
        PersonName name = projections.stream().map(ContactProjection::name).filter(n -> n != null).findFirst()
                .map(n -> n.releasedFor(released)).orElse(null);
        return Optional.of(new CasePackageDto.SubjectRecord(subject, released, name,
                pick(DataCategory.SHIPPING_ADDRESS, items, projections, ContactProjection::shippingAddress),
                pick(DataCategory.BILLING_ADDRESS, items, projections, ContactProjection::billingAddress),
                pick(DataCategory.PHONE, items, projections, ContactProjection::phone),
                pick(DataCategory.EMAIL, items, projections, ContactProjection::email)));
    }

    /** The item's value from the first projection that has it, if the case approved the item. */
    private static <T> T pick(DataCategory item, List<DataCategory> approved, List<ContactProjection> projections,
            Function<ContactProjection, T> field) {
        if (!approved.contains(item)) {
            return null;
        }
        return projections.stream().filter(p -> p.has(item)).map(field).findFirst().orElse(null);
    }

    /** One row per subject; a business transfer is one bulk row per item, listing its subjects. */
    private static List<LedgerDraft> drafts(DisclosureCase c, List<CasePackageDto.SubjectRecord> records, String executor) {
        String reference = "case:" + c.id;
        List<LedgerDraft> drafts = new ArrayList<>();
        if (c.type == CaseType.BUSINESS_TRANSFER) {
            for (String item : c.dataItems) {
                List<String> subjects = records.stream().filter(r -> r.dataItems().contains(item))
                        .map(CasePackageDto.SubjectRecord::customerId).toList();
                if (!subjects.isEmpty()) {
                    drafts.add(LedgerDraft.disclosedInBulk(c.recipient, subjects, reference, List.of(item), c.type.key(),
                            c.type.basis(), c.referenceDocument, executor));
                }
            }
        } else {
            for (CasePackageDto.SubjectRecord r : records) {
                if (!r.dataItems().isEmpty()) {
                    drafts.add(LedgerDraft.disclosed(c.recipient, r.customerId(), reference, r.dataItems(), c.type.key(),
                            c.type.basis(), c.referenceDocument, null, executor));
                }
            }
        }
        return drafts;
    }

    private static Optional<DisclosureCase> visible(long id, String person, boolean officer) {
        return DisclosureCase.<DisclosureCase> findByIdOptional(id).filter(c -> officer || c.openedBy.equals(person));
    }

    private static CaseDto dto(DisclosureCase c) {
        return new CaseDto(c.id, c.type, c.status, c.recipient.id, c.referenceDocument, c.requester, c.description,
                c.subjects, c.dataItems, c.openedBy, c.openedAt, c.decidedBy, c.decidedAt, c.decisionNote, c.executedBy,
                c.executedAt);
    }
}
