package com.japanautoparts.kura.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.web.i18n.Formats;
import com.japanautoparts.kura.web.i18n.Languages;

/** Choosing the language and formatting for it (pure logic). */
class LanguagesTest {

    private static final List<String> OFFERED = List.of("ja", "en");

    @Test
    void theSwitchWinsThenTheBrowserThenJapanese() {
        assertEquals("en", Languages.choose("en", "ja", OFFERED));
        assertEquals("ja", Languages.choose("fr", "fr-FR", OFFERED));
        assertEquals("en", Languages.choose(null, "fr-FR,en-US;q=0.8,ja;q=0.5", OFFERED));
        assertEquals("ja", Languages.choose(null, "ja-JP,en;q=0.9", OFFERED));
        assertEquals("ja", Languages.choose(null, "en;q=0,fr", OFFERED));
        assertEquals("ja", Languages.choose(null, ";;;q=abc", OFFERED));
        assertEquals("ja", Languages.choose(null, null, OFFERED));
    }

    @Test
    void datesInTheStoresTimeZoneAndListsInEachLanguagesWay() {
        Instant lateEvening = Instant.parse("2026-11-30T16:30:00Z");
        assertEquals("2026年12月1日 1:30", new Formats("ja").dateTime(lateEvening));
        assertEquals("1 Dec 2026, 01:30", new Formats("en").dateTime(lateEvening));
        assertEquals("2026年12月1日", new Formats("ja").date(lateEvening));
        assertEquals("name, shipping address and phone number", new Formats("en").list(List.of("name", "shipping address", "phone number")));
        assertEquals("name", new Formats("en").list(List.of("name")));
        assertEquals("お名前、電話番号", new Formats("ja").list(List.of("お名前", "電話番号")));
    }
}
