package com.japanautoparts.kura.web.i18n;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Dates and lists as a person reads them in their language, in the store's time zone (Asia/Tokyo). */
public final class Formats {

    public static final ZoneId STORE_ZONE = ZoneId.of("Asia/Tokyo");

    private final Locale locale;
    private final boolean japanese;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    public Formats(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.japanese = "ja".equals(language);
        this.dateTime = DateTimeFormatter.ofPattern(japanese ? "uuuu年M月d日 H:mm" : "d MMM uuuu, HH:mm", locale)
                .withZone(STORE_ZONE);
        this.date = DateTimeFormatter.ofPattern(japanese ? "uuuu年M月d日" : "d MMM uuuu", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String dateTime(Instant at) {
        return at == null ? "" : dateTime.format(at);
    }

    public String date(Instant at) {
        return at == null ? "" : date.format(at.atZone(STORE_ZONE).toLocalDate());
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    /** Two sentences one after the other: no space between them in Japanese, one in English. */
    public String sentences(String first, String second) {
        return second.isEmpty() ? first : first + (japanese ? "" : " ") + second;
    }

    /** A count with the language's grouping: 168,138. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** "a、b、c" in Japanese; "a, b and c" in English. */
    public String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (japanese) {
            return String.join("、", items);
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
