package com.japanautoparts.kura.consent.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.consent.api.ConsentPurposeDto;
import com.japanautoparts.kura.consent.domain.ConsentPurpose;

/** Reads the registry of consent purposes (seeded by the Flyway migration). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsentPurposeService {

    public List<ConsentPurposeDto> list() {
        return ConsentPurpose.listAllByKey().stream().map(ConsentPurposeService::dto).toList();
    }

    public Optional<ConsentPurposeDto> find(String key) {
        return ConsentPurpose.findByKey(key).map(ConsentPurposeService::dto);
    }

    private static ConsentPurposeDto dto(ConsentPurpose p) {
        return new ConsentPurposeDto(p.key, p.description, p.legalBasis, p.dataUse, p.saleOrSharing, p.requiredSourcePage);
    }
}
