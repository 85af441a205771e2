package com.japanautoparts.kura.consent.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.consent.Purpose;
import com.japanautoparts.kura.consent.rest.PurposeDto;

/** Reads the purpose registry (seeded by the Flyway migration). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PurposeService {

    public List<PurposeDto> list() {
        return Purpose.listAllByKey().stream().map(PurposeDto::of).toList();
    }

    public Optional<PurposeDto> find(String key) {
        return Purpose.findByKey(key).map(PurposeDto::of);
    }
}
