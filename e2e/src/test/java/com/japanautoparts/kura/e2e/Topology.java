package com.japanautoparts.kura.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.restassured.path.json.JsonPath;

/** The services of the running stack as kura-topology.json lists them, at this run's ports. */
record Topology(String module, int port, String database, List<String> routes) {

    static List<Topology> services() {
        JsonPath topology;
        try {
            topology = JsonPath.from(Files.readString(Kura.ROOT.resolve("kura-topology.json")));
        } catch (IOException e) {
            throw new IllegalStateException("kura-topology.json is needed", e);
        }
        List<Map<String, Object>> services = topology.getList("services");
        return services.stream().map(s -> new Topology((String) s.get("module"), (Integer) s.get("port") + Kura.PORT_OFFSET,
                (String) s.get("database"), castRoutes(s.get("routes")))).toList();
    }

    static Topology of(String module) {
        return services().stream().filter(s -> s.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(module + " is not in kura-topology.json"));
    }

    /** Every route the gateway serves as /api/<route>/**. */
    static List<String> gatewayRoutes() {
        return services().stream().flatMap(s -> s.routes().stream()).toList();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    @SuppressWarnings("unchecked")
    private static List<String> castRoutes(Object routes) {
        return (List<String>) routes;
    }
}
