package com.japanautoparts.kura.disclosure.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.disclosure.api.RecipientDto;
import com.japanautoparts.kura.disclosure.domain.Recipient;

/**
 * The registry of recipients, kept by the privacy officers: a registration or change is a proposal a second officer
 * approves ({@link ProposalService}), which applies it here, each change a new version.
 */
@ApplicationScoped
@Transactional
public class RecipientService {

    private final Clock clock;
    private final RecipientDirectory directory;

    public RecipientService(Clock clock, RecipientDirectory directory) {
        this.clock = clock;
        this.directory = directory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientDto> list() {
        return Recipient.listAllSorted().stream().map(RecipientService::dto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientDto> find(String id) {
        return Recipient.<Recipient> findByIdOptional(id).map(RecipientService::dto);
    }

    /** A proposed registration: the id is required and free, the OIDC client id unused (400, 409). */
    static void checkNew(RecipientDto dto) {
        if (dto.id() == null) {
            throw ProblemException.badRequest("Field 'id' is required");
        }
        if (Recipient.findById(dto.id()) != null) {
            throw ProblemException.conflict("A recipient with this id is already registered");
        }
        checkClientId(dto, dto.id());
    }

    /** A proposed change of a recipient: the id in the body, if any, is the one in the URL; the client id unused by others. */
    static void checkChange(String id, RecipientDto dto) {
        if (dto.id() != null && !dto.id().equals(id)) {
            throw ProblemException.badRequest("Field 'id' must match the recipient in the URL");
        }
        checkClientId(dto, id);
    }

    /**
     * Registers a recipient (version 1): applied by {@link ProposalService} once a second officer approved it, and by tests
     * that need recipients. No resource calls it.
     */
    public RecipientDto create(RecipientDto dto) {
        checkNew(dto);
        Recipient recipient = new Recipient();
        recipient.id = dto.id();
        recipient.createdAt = Instant.now(clock);
        recipient.active = dto.active() == null || dto.active();
        recipient.version = 1;
        apply(dto, recipient);
        recipient.persist();
        directory.changed();
        return dto(recipient);
    }

    /**
     * Replaces every field but the id (the next version); an absent {@code active} keeps the current value. Applied by
     * {@link ProposalService} once approved.
     */
    Optional<RecipientDto> replace(String id, RecipientDto dto) {
        checkChange(id, dto);
        return Recipient.<Recipient> findByIdOptional(id).map(recipient -> {
            if (dto.active() != null) {
                recipient.active = dto.active();
            }
            apply(dto, recipient);
            recipient.version++;
            directory.changed();
            return dto(recipient);
        });
    }

    private static void checkClientId(RecipientDto dto, String id) {
        if (dto.oidcClientId() != null) {
            Recipient.findByClientId(dto.oidcClientId()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
                throw ProblemException.conflict("Another recipient already uses this OIDC client id");
            });
        }
    }

    private void apply(RecipientDto dto, Recipient recipient) {
        recipient.name = dto.name();
        recipient.kind = dto.kind();
        recipient.country = dto.country();
        recipient.transferMechanism = dto.transferMechanism();
        recipient.contractReference = dto.contractReference();
        RecipientDto.ProviderDto provider = dto.provider();
        recipient.providerName = provider == null ? null : provider.name();
        recipient.providerAddress = provider == null ? null : provider.address();
        recipient.providerRepresentative = provider == null ? null : provider.representative();
        recipient.providerAcquisition = provider == null ? null : provider.acquisition();
        recipient.oidcClientId = dto.oidcClientId();
        recipient.updatedAt = Instant.now(clock);
    }

    static RecipientDto dto(Recipient r) {
        RecipientDto.ProviderDto provider = r.providerName == null && r.providerAddress == null && r.providerRepresentative == null
                && r.providerAcquisition == null ? null
                        : new RecipientDto.ProviderDto(r.providerName, r.providerAddress, r.providerRepresentative,
                                r.providerAcquisition);
        return new RecipientDto(r.id, r.name, r.kind, r.country, r.transferMechanism, r.contractReference, provider,
                r.oidcClientId, r.active, r.version);
    }
}
