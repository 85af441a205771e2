package com.japanautoparts.kura.web.client;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.node.ObjectNode;


/** The calls of the privacy office's console (and staff's cases), as the signed-in officer or staff member. */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(failOn = { ProcessingException.class, ApiUnavailableException.class, TimeoutException.class },
        requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class OfficeClient {

    private final GatewayRestClient api;

    public OfficeClient(@RestClient GatewayRestClient api) {
        this.api = api;
    }

    /** Data-subject requests by due date, soonest first: {@code open} or {@code all}. */
    public List<Api.SubjectRequest> requests(boolean openOnly) {
        return api.requests(openOnly ? "open" : "all");
    }

    public Optional<Api.SubjectRequest> request(String id) {
        return CustomerClient.orEmpty(() -> api.request(id));
    }

    public List<Api.Case> cases() {
        return api.cases();
    }

    public Optional<Api.Case> exceptionCase(long id) {
        return CustomerClient.orEmpty(() -> api.exceptionCase(id));
    }

    public Api.Case open(Api.NewCase body) {
        return api.openCase(body);
    }

    public Api.Case approve(long id, String note) {
        return api.decide(id, "approve", new Api.Decision(note));
    }

    public Api.Case reject(long id, String note) {
        return api.decide(id, "reject", new Api.Decision(note));
    }

    /** The approved scope, once: the package as the service returns it (JSON), never kept here. */
    public byte[] execute(long id) {
        return api.execute(id);
    }

    public List<Api.Recipient> recipients() {
        return api.recipients();
    }

    public List<Api.Rule> rules() {
        return api.rules();
    }

    public ObjectNode recipientJson(String id) {
        return api.recipientJson(id);
    }

    public List<Api.Proposal> recipientHistory(String id) {
        return api.recipientHistory(id);
    }

    /** Proposes registering a recipient: the proposal, applied once a second officer approves it. */
    public Api.Proposal proposeRecipient(ObjectNode recipient) {
        return api.proposeRecipient(recipient);
    }

    public Api.Proposal proposeRecipientChange(String id, ObjectNode recipient) {
        return api.proposeRecipientChange(id, recipient);
    }

    public List<ObjectNode> rulesJson() {
        return api.rulesJson();
    }

    public List<Api.Proposal> ruleHistory() {
        return api.ruleHistory();
    }

    /** Proposes a new rule: the proposal, applied once a second officer approves it. */
    public Api.Proposal proposeRule(ObjectNode rule) {
        return api.proposeRule(rule);
    }

    public Api.Proposal proposeRuleChange(long id, ObjectNode rule) {
        return api.proposeRuleChange(id, rule);
    }

    public Api.Proposal proposeRuleRemoval(long id) {
        return api.proposeRuleRemoval(id);
    }

    /** Proposals newest first: {@code open}, {@code applied}, {@code rejected}, or all when null. */
    public List<Api.Proposal> proposals(String status, int limit) {
        return api.proposals(status, limit);
    }

    public Api.Proposal decideProposal(long id, boolean approve, String note) {
        return api.decideProposal(id, approve ? "approve" : "reject", new Api.Decision(note));
    }

    public Api.Refusals refusals(int minutes) {
        return api.refusals(minutes);
    }

    public List<Api.PendingNotice> unacknowledgedNotices(int limit) {
        return api.unacknowledgedNotices(limit);
    }

    public List<Api.AccessAnomaly> accessAnomalies(int hours) {
        return api.accessAnomalies(hours);
    }

    public List<Api.LegalHold> legalHolds() {
        return api.legalHolds();
    }

    public Api.LegalHold placeHold(Api.NewLegalHold body) {
        return api.placeHold(body);
    }

    public Api.LegalHold releaseHold(long id) {
        return api.releaseHold(id);
    }

    public List<Api.LegalHoldEvent> holdEvents(int limit) {
        return api.holdEvents(limit);
    }

    public List<Api.LedgerEntry> ledger(String subject, int limit) {
        return api.ledger(subject, limit);
    }

    public Api.Verification verifyLedger() {
        return api.verifyLedger();
    }

    public Api.RetentionReport dryRun(String service, String trigger) {
        return api.dryRun(service, trigger);
    }

    public List<Api.PurgeLogEntry> purges(String service) {
        return api.purges(service);
    }

    /** Every service's purge, least-needed data first; a large backlog takes minutes. */
    @Timeout(value = 5, unit = ChronoUnit.MINUTES)
    public Api.StoragePressure storagePressure() {
        return api.storagePressure();
    }
}
