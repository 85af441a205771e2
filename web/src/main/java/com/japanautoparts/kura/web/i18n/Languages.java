package com.japanautoparts.kura.web.i18n;

import java.util.List;
import java.util.Locale;

/**
 * Which language a page is in: the one the person chose with the switch (a cookie), else the best of the browser's
 * Accept-Language among those offered, else the first offered (Japanese). Pure logic, no request state.
 */
public final class Languages {

    /** The cookie the language switch sets; its value is a language tag such as {@code en}. */
    public static final String COOKIE = "kura_lang";

    private Languages() {
    }

    public static String choose(String chosen, String acceptLanguage, List<String> offered) {
        if (chosen != null && offered.contains(chosen)) {
            return chosen;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    if (range.getWeight() <= 0) {
                        continue;
                    }
                    String primary = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (offered.contains(primary)) {
                        return primary;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is the browser's problem; the default serves.
            }
        }
        return offered.get(0);
    }
}
