package com.japanautoparts.kura.contact;

/** Invented contact data used across the tests. */
final class ContactFixtures {

    static final String FAMILY = "Yamadasan";
    static final String GIVEN = "Hanakochan";
    static final String LINE1 = "1-2-3 Jingumae";
    static final String POSTAL_CODE = "150-0001";
    static final String PHONE = "+81 90-1234-5678";
    static final String EMAIL = "hanako.yamada@example.jp";

    static String contact(String email) {
        return """
                {
                  "name": {"family": "%s", "given": "%s"},
                  "addresses": [
                    {"type": "SHIPPING", "country": "JP", "postalCode": "%s", "region": "Tokyo", "locality": "Shibuya-ku",
                     "line1": "%s", "line2": "Room 401"},
                    {"type": "BILLING", "country": "US", "postalCode": "94105", "line1": "500 Market Street"}
                  ],
                  "phones": [{"type": "MOBILE", "number": "%s"}],
                  "emails": [{"address": "%s"}]
                }""".formatted(FAMILY, GIVEN, POSTAL_CODE, LINE1, PHONE, email);
    }

    private ContactFixtures() {
    }
}
