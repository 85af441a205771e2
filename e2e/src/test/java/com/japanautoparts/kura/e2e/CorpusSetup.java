package com.japanautoparts.kura.e2e;

import java.util.List;

/** What the corpus and the card sweep start from: real parties with data, and every operation of every service. */
final class CorpusSetup {

    private CorpusSetup() {
    }

    /**
     * Well-formed values for everything a probe does not break: an order of hanako's (she has contact data, the
     * recipients are registered) and a customer id of nobody, so that a probe the services accept (a data-subject hook
     * called with a valid id, say) changes no demo customer's data.
     */
    static Corpus.Context context() {
        Scenario.recipientsRegistered();
        Scenario.fullContactData("hanako");
        return new Corpus.Context("7c9e6679-7425-40de-944b-e07fc1f90ae7", Scenario.orderPlaced(Kura.subjectOf("hanako")));
    }

    /**
     * Every operation of every service's OpenAPI document. The web module has none: it renders browser pages and calls
     * the services' APIs through the gateway, which the corpus covers.
     */
    static List<OpenApi.Operation> operations() {
        return Topology.services().stream().filter(service -> !service.module().equals("web"))
                .flatMap(service -> OpenApi.operations(service.module()).stream()).toList();
    }
}
