package com.japanautoparts.kura.disclosure.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.DataCategory;

/**
 * A name as it leaves Kura, with its reading in katakana ({@code familyKana}, {@code givenKana}) when that was
 * released too (catalogue category {@code user.name.reading}, a carrier's). The contact parts are read from
 * contact-service into these same records, and fields they do not declare are dropped on reading: only what was reviewed
 * here can ever be passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonName(String family, String given, String familyKana, String givenKana) {

    public PersonName(String family, String given) {
        this(family, given, null, null);
    }

    /** The parts of this name whose categories are among the released items: the name, its reading, both or nothing. */
    public PersonName releasedFor(List<String> items) {
        boolean name = items.contains(DataCategory.NAME.key());
        boolean reading = items.contains(DataCategory.NAME_READING.key());
        if (!name && !reading) {
            return null;
        }
        return new PersonName(name ? family : null, name ? given : null, reading ? familyKana : null,
                reading ? givenKana : null);
    }
}
