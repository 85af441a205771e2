package com.japanautoparts.kura.web.client;

import java.io.InputStream;
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


/**
 * The calls of the privacy center, as the signed-in customer. "Nothing held" (404) is an empty Optional where the
 * page has something to say about it; every other error is an {@link ApiException}.
 */
@ApplicationScoped
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@CircuitBreaker(failOn = { ProcessingException.class, ApiUnavailableException.class, TimeoutException.class },
        requestVolumeThreshold = 10, failureRatio = 0.75, delay = 5, delayUnit = ChronoUnit.SECONDS)
public class CustomerClient {

    private final GatewayRestClient api;

    public CustomerClient(@RestClient GatewayRestClient api) {
        this.api = api;
    }

    /** My contact data as the service holds it (every field, also those the pages do not show). */
    public Optional<ObjectNode> contact() {
        return orEmpty(() -> api.contact());
    }

    public ObjectNode patchContact(ObjectNode mergePatch) {
        return api.patchContact(mergePatch);
    }

    public void removeContact() {
        api.removeContact();
    }

    public List<Api.ContactChange> contactHistory() {
        return orEmpty(() -> api.contactHistory()).orElse(List.of());
    }

    /** Who at the store (which system, for whom, why) read my contact data; nothing held is an empty log. */
    public List<Api.Access> accessLog() {
        return orEmpty(() -> api.accessLog()).orElse(List.of());
    }

    public List<Api.ConsentState> consents() {
        return api.consents();
    }

    public List<Api.ConsentRecord> consentHistory() {
        return api.consentHistory();
    }

    public void grant(String purpose, Api.ConsentAction action) {
        api.consentAction(purpose, "grant", action);
    }

    public void withdraw(String purpose, Api.ConsentAction action) {
        api.consentAction(purpose, "withdraw", action);
    }

    public Api.Eligibility eligibility(String purpose) {
        return api.eligibility(purpose);
    }

    public List<Api.Acknowledgement> acknowledgements() {
        return api.acknowledgements();
    }

    public List<Api.Purpose> purposes() {
        return api.purposes();
    }

    /** The policy in force; empty while none is published. */
    public Optional<Api.Policy> currentPolicy() {
        return orEmpty(() -> api.currentPolicy());
    }

    public List<Api.Policy> policies() {
        return api.policies();
    }

    public void acknowledgeCurrentPolicy() {
        api.acknowledgeCurrentPolicy();
    }

    public List<Api.Disclosure> disclosures() {
        return api.myDisclosures();
    }

    public List<Api.SubjectRequest> requests() {
        return api.myRequests();
    }

    public Api.SubjectRequest file(String type) {
        return api.fileRequest(new Api.NewRequest(type));
    }

    public Optional<Api.SubjectRequest> request(String id) {
        return orEmpty(() -> api.myRequest(id));
    }

    /** The export, as a stream to pass on; an error status (410 once gone) is an {@link ApiException} before any byte. */
    public InputStream export(String id) {
        return api.export(id);
    }

    static <T> Optional<T> orEmpty(java.util.function.Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
