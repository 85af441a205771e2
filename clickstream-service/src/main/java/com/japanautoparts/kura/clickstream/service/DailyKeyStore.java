package com.japanautoparts.kura.clickstream.service;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.japanautoparts.kura.clickstream.DailyKey;

/** The table of daily keys; each call commits on its own, so a refused batch never loses a new key. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DailyKeyStore {

    private final SecureRandom random = new SecureRandom();

    /** The key of the day, created (random 256 bits) by whichever instance asks first. */
    public byte[] loadOrCreate(LocalDate day, Instant now) {
        byte[] key = new byte[32];
        random.nextBytes(key);
        DailyKey.getEntityManager()
                .createNativeQuery("insert into daily_key (day, key_bytes, created_at) values (?1, ?2, ?3) on conflict (day) do nothing")
                .setParameter(1, day).setParameter(2, key).setParameter(3, now)
                .executeUpdate();
        return find(day).orElseThrow();
    }

    public Optional<byte[]> find(LocalDate day) {
        return DailyKey.<DailyKey>findByIdOptional(day).map(k -> k.keyBytes);
    }

    /** Deletes every key of a day before the given one: their pseudonyms become unlinkable. */
    public long deleteBefore(LocalDate day) {
        return DailyKey.delete("day < ?1", day);
    }
}
