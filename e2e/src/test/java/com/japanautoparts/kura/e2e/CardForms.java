package com.japanautoparts.kura.e2e;

import java.util.ArrayList;
import java.util.List;

/**
 * Card numbers in the forms people, keyboards and testers produce (test PANs: they pass the Luhn check and belong to
 * no one). Each form is searched for as sent and as its bare digits wherever data could rest.
 */
final class CardForms {

    /** Visa, Mastercard, Amex (15), JCB, Discover, Visa (13), UnionPay (19). */
    static final List<String> PANS = List.of("4111111111111111", "5555555555554444", "378282246310005", "3530111333300000",
            "6011111111111117", "4222222222222", "6222021200012345679");

    private CardForms() {
    }

    /** One text form of a card number. */
    record Form(String name, String text, String digits) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every form of every PAN. */
    static List<Form> all() {
        List<Form> forms = new ArrayList<>();
        for (String pan : PANS) {
            forms.addAll(of(pan));
        }
        return forms;
    }

    /** The forms of the first PAN only, for the long corpus. */
    static List<Form> sample() {
        return of(PANS.get(0));
    }

    static List<Form> of(String pan) {
        return List.of(
                new Form("plain", pan, pan),
                new Form("spaces", grouped(pan, " "), pan),
                new Form("hyphens", grouped(pan, "-"), pan),
                new Form("dots", grouped(pan, "."), pan),
                new Form("slashes", grouped(pan, "/"), pan),
                new Form("spaced hyphens", grouped(pan, " - "), pan),
                new Form("double spaces", grouped(pan, "  "), pan),
                new Form("no-break spaces", grouped(pan, "\u00a0"), pan),
                new Form("zero-width spaces", grouped(pan, "\u200b"), pan),
                new Form("full-width digits", fullWidth(grouped(pan, " ")), pan),
                new Form("full-width with ideographic spaces", fullWidth(grouped(pan, "\u3000")), pan),
                new Form("katakana long marks", grouped(pan, "\u30fc"), pan),
                new Form("in a sentence", "my card is " + grouped(pan, " ") + ", thanks", pan));
    }

    /** In groups of four (the last shorter), joined by the separator. */
    static String grouped(String pan, String separator) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < pan.length(); i += 4) {
            groups.add(pan.substring(i, Math.min(pan.length(), i + 4)));
        }
        return String.join(separator, groups);
    }

    static String fullWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('\uff10' + (c - '0')) : c);
        }
        return out.toString();
    }
}
