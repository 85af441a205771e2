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

/** The registry of recipients, kept by the privacy officer. */
@ApplicationScoped
@Transactional
public class RecipientService {

    private final Clock clock;

    public RecipientService(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RecipientDto> list() {
        return Recipient.listAllSorted().stream().map(RecipientService::dto).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RecipientDto> find(String id) {
        return Recipient.<Recipient> findByIdOptional(id).map(RecipientService::dto);
    }

    public RecipientDto create(RecipientDto dto) {
        if (dto.id() == null) {
            throw ProblemException.badRequest("Field 'id' is required");
        }
        if (Recipient.findById(dto.id()) != null) {
            throw ProblemException.conflict("A recipient with this id is already registered");
        }
        Recipient recipient = new Recipient();
        recipient.id = dto.id();
        recipient.createdAt = Instant.now(clock);
        recipient.active = dto.active() == null || dto.active();
        apply(dto, recipient);
        recipient.persist();
        return dto(recipient);
    }

    /** Replaces every field but the id; an absent {@code active} keeps the current value. */
    public Optional<RecipientDto> replace(String id, RecipientDto dto) {
        if (dto.id() != null && !dto.id().equals(id)) {
            throw ProblemException.badRequest("Field 'id' must match the recipient in the URL");
        }
        return Recipient.<Recipient> findByIdOptional(id).map(recipient -> {
            if (dto.active() != null) {
                recipient.active = dto.active();
            }
            apply(dto, recipient);
            return dto(recipient);
        });
    }

    private void apply(RecipientDto dto, Recipient recipient) {
        if (dto.oidcClientId() != null) {
            Recipient.findByClientId(dto.oidcClientId()).filter(other -> !other.id.equals(recipient.id)).ifPresent(other -> {
                throw ProblemException.conflict("Another recipient already uses this OIDC client id");
            });
        }
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

    private static RecipientDto dto(Recipient r) {
        RecipientDto.ProviderDto provider = r.providerName == null && r.providerAddress == null && r.providerRepresentative == null
                && r.providerAcquisition == null ? null
                        : new RecipientDto.ProviderDto(r.providerName, r.providerAddress, r.providerRepresentative,
                                r.providerAcquisition);
        return new RecipientDto(r.id, r.name, r.kind, r.country, r.transferMechanism, r.contractReference, provider,
                r.oidcClientId, r.active);
    }
}
