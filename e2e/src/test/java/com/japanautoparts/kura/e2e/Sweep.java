package com.japanautoparts.kura.e2e;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where card numbers must never be: every service database of the running stack (pg_dump of each, schema and data),
 * every service log and the database server's ({@link Forensics} reads them all). Each place is searched after Unicode
 * NFKC normalisation for each card number's digits in order, with anything but digits (up to eight characters:
 * spaces, dashes, JSON escapes such as {@code \u00a0}) between them, so every form of it is found, however it was
 * written.
 */
final class Sweep {

    private Sweep() {
    }

    /** A place that was read, and how much of it. */
    record Place(String name, String text) {
        @Override
        public String toString() {
            return name + " (" + text.length() + " characters)";
        }
    }

    /** A dump of every service database, one place each. */
    static List<Place> databases() {
        return Forensics.databases().stream().map(p -> new Place(p.label(), p.text())).toList();
    }

    /** Every service log of the running stack and the database server's, one place each. */
    static List<Place> logs() {
        List<Place> places = Forensics.logs().stream().map(p -> new Place(p.label(), p.text())).toList();
        if (places.isEmpty()) {
            throw new IllegalStateException("No service log in " + Kura.STATE.resolve("logs"));
        }
        return places;
    }

    /** "card ... in place" for every card number found in a place; empty when none is anywhere. */
    static List<String> find(Collection<String> cardNumbers, List<Place> places) {
        Map<String, Pattern> patterns = new LinkedHashMap<>();
        for (String pan : cardNumbers) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < pan.length(); i++) {
                regex.append(i == 0 ? "(?<![0-9])" : "[^0-9]{0,8}").append(pan.charAt(i));
            }
            patterns.put(pan, Pattern.compile(regex.append("(?![0-9])").toString()));
        }
        List<String> found = new ArrayList<>();
        for (Place place : places) {
            String normalised = Normalizer.normalize(place.text(), Normalizer.Form.NFKC);
            patterns.forEach((pan, pattern) -> {
                if (pattern.matcher(normalised).find()) {
                    found.add("card " + pan.substring(0, 4) + "... in " + place.name());
                }
            });
        }
        return found;
    }
}
