package com.japanautoparts.kura.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What Kura is made of and who may talk to whom, read from the repository's kura-topology.json (the file bin/ reads
 * too): the reference the rendered manifests are checked against.
 */
final class KuraTopology {

    private KuraTopology() {
    }

    record TopologyFile(List<KuraService> services) {
    }

    /** A hash-chained ledger the service keeps, and the service that witnesses its signed checkpoints. */
    record LedgerOf(String witness) {
    }

    /**
     * A Kura workload; {@code managementPort}: its management interface (health, metrics, OpenAPI), probes and Prometheus
     * only; {@code database} is null for one that keeps no data (web: the browser pages).
     */
    record KuraService(@JsonProperty("module") String name, int port, int managementPort, String database,
            List<String> routes, List<String> calls, boolean clientCredentials, LedgerOf ledger) {
        boolean hasDatabase() {
            return database != null;
        }

        String envPrefix() {
            return database.toUpperCase(Locale.ROOT);
        }

        String databasePeer() {
            return database + "-db";
        }
    }

    /** The repository's kura-topology.json, found from the k8s module's folder. */
    static final Path FILE = Kustomize.k8sDir().getParent().resolve("kura-topology.json");

    static final List<KuraService> SERVICES = read().services();

    private static TopologyFile read() {
        try {
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(FILE.toFile(), TopologyFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE, e);
        }
    }

    /** The services that own a database (all but web). */
    static List<KuraService> withDatabase() {
        return SERVICES.stream().filter(KuraService::hasDatabase).toList();
    }

    static final int KEYCLOAK_HTTP = 8180;
    static final int KEYCLOAK_MANAGEMENT = 9000;
    static final int KEYCLOAK_JGROUPS = 7800;

    static KuraService service(String name) {
        return SERVICES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The environment variable that gives a caller the URL of a service: contact-service -> CONTACT_SERVICE_URL. */
    static String urlEnv(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    static String flow(String from, String to, int port, String protocol) {
        return from + " -> " + to + ":" + port + "/" + protocol;
    }

    /**
     * Every connection that must be possible; everything else must be refused.
     *
     * @param peers the peers present in the rendered overlay plus the outside peers
     * @param cloudNativePg whether the databases are CloudNativePG clusters (replication, operator, API server)
     */
    /** The OpenTelemetry Collector's peer name and its OTLP/gRPC port: where the services' traces go. */
    static final String OTEL_COLLECTOR = "otel-collector";
    static final int OTLP_PORT = 4317;

    /** Whether a module sends traces and JSON logs the kura-common way: every one but web, which is not built on it. */
    static boolean traced(KuraService service) {
        return !service.name().equals("web");
    }

    static Set<String> expectedFlows(Set<String> peers, boolean cloudNativePg) {
        Set<String> flows = new TreeSet<>();
        flows.add(flow("ingress-controller", "gateway", 8080, "TCP"));
        flows.add(flow("ingress-controller", "keycloak", KEYCLOAK_HTTP, "TCP"));
        flows.add(flow("prometheus", "keycloak", KEYCLOAK_MANAGEMENT, "TCP"));
        for (KuraService service : SERVICES) {
            flows.add(flow("prometheus", service.name(), service.managementPort(), "TCP"));
            flows.add(flow(service.name(), "keycloak", KEYCLOAK_HTTP, "TCP"));
            if (service.hasDatabase()) {
                flows.add(flow(service.name(), service.databasePeer(), 5432, "TCP"));
            }
            for (String callee : service.calls()) {
                flows.add(flow(service.name(), callee, service(callee).port(), "TCP"));
            }
            if (traced(service)) {
                flows.add(flow(service.name(), OTEL_COLLECTOR, OTLP_PORT, "TCP"));
            }
        }
        if (cloudNativePg) {
            flows.add(flow("keycloak", "keycloak-db", 5432, "TCP"));
            flows.add(flow("keycloak", "keycloak", KEYCLOAK_JGROUPS, "TCP"));
            for (String peer : peers) {
                if (peer.endsWith("-db")) {
                    flows.add(flow(peer, peer, 5432, "TCP"));
                    flows.add(flow("cnpg-operator", peer, 5432, "TCP"));
                    flows.add(flow("cnpg-operator", peer, 8000, "TCP"));
                    flows.add(flow(peer, "internet", 443, "TCP"));
                    flows.add(flow(peer, "internet", 6443, "TCP"));
                }
            }
        }
        flows.removeIf(f -> !peers.contains(f.substring(0, f.indexOf(" -> ")))
                || !peers.contains(f.substring(f.indexOf(" -> ") + 4, f.lastIndexOf(':'))));
        return flows;
    }
}
