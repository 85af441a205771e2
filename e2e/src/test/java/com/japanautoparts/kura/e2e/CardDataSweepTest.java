package com.japanautoparts.kura.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The last test of the suite: card numbers in every form (seven test PANs, thirteen forms each) against every write
 * endpoint of every service, in every body field, path and query parameter and split over two fields; every one is
 * refused. Then every service database (pg_dump) and every service log, and the contact data of the demo customers
 * read back through the API (contact-service encrypts it at rest), are searched for each card number, normalised
 * and in any form: nothing is found.
 */
@Order(Integer.MAX_VALUE)
class CardDataSweepTest {

    @Test
    void cardNumbersInEveryFormAreRefusedEverywhereAndFoundNowhere() {
        Corpus.Context context = CorpusSetup.context();
        List<OpenApi.Operation> writes = CorpusSetup.operations().stream()
                .filter(o -> !o.method().equals("get") && !o.method().equals("delete")).toList();
        List<CardForms.Form> forms = CardForms.all();
        List<Corpus.Outcome> outcomes = Corpus.send(Corpus.cards(writes, context, forms), 4);

        Map<Integer, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.answer().status(), TreeMap::new, Collectors.counting()));
        List<Corpus.Outcome> taken = outcomes.stream().filter(o -> o.answer().status() < 400 || o.answer().status() >= 500).toList();

        List<Sweep.Place> places = new ArrayList<>(Sweep.databases());
        places.addAll(Sweep.logs());
        for (String customer : List.of("hanako", "taro")) {
            places.add(new Sweep.Place("contact data of " + customer + " (GET /api/contacts/me)",
                    Kura.as(customer).get("/api/contacts/me").asString()));
        }
        places.add(new Sweep.Place("hanako's checkout data (GET /api/contacts/{id}/checkout)",
                Kura.as(Scenario.STOREFRONT).get("/api/contacts/" + Kura.subjectOf("hanako") + "/checkout").asString()));
        List<String> found = Sweep.find(CardForms.PANS, places);

        StringBuilder report = new StringBuilder();
        report.append(String.format("%d requests (%d card numbers x %d forms) against %d write operations; statuses %s%n",
                outcomes.size(), CardForms.PANS.size(), forms.size() / CardForms.PANS.size(), writes.size(), byStatus));
        report.append("forms: ").append(forms.subList(0, forms.size() / CardForms.PANS.size())).append('\n');
        report.append("searched for ").append(CardForms.PANS).append(" (NFKC-normalised, any non-digits between the digits) in:\n");
        places.forEach(place -> report.append("  ").append(place).append('\n'));
        report.append("found: ").append(found.isEmpty() ? "nothing" : found).append('\n');
        taken.stream().limit(40).forEach(o -> report.append("not refused: ").append(o.probe()).append(" -> ").append(o.answer()).append('\n'));
        Reports.publish("Card sweep (issue 13)", "card-sweep.txt", report);

        assertEquals(0, taken.size(), "card numbers not refused with a 4xx, the first: "
                + taken.stream().limit(5).map(o -> o.probe() + " -> " + o.answer()).toList());
        assertEquals(List.of(), found, "card numbers found where data rests");
    }
}
