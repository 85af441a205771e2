package com.japanautoparts.kura.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.japanautoparts.kura.k8s.KuraTopology.KuraService;

/** The places that name Kura's services outside bin/ and k8s agree with kura-topology.json. */
class TopologyTest {

    /** A row of the README's service table: | [`module`](...) | port | `database` | ... */
    private static final Pattern README_ROW = Pattern.compile("^\\| \\[`([a-z-]+)`\\]\\([^)]*\\) \\| (\\d+) \\| `?([a-z]*)`? \\|",
            Pattern.MULTILINE);

    @Test
    void theReadmeTableListsEveryServiceWithItsPortAndDatabase() throws IOException {
        String readme = Files.readString(KuraTopology.FILE.resolveSibling("README.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher row = README_ROW.matcher(readme);
        while (row.find()) {
            documented.put(row.group(1), row.group(2) + " " + row.group(3));
        }
        Map<String, String> declared = new TreeMap<>();
        for (KuraService service : KuraTopology.SERVICES) {
            declared.put(service.name(), service.port() + " " + (service.database() == null ? "none" : service.database()));
        }
        assertEquals(declared, documented);
    }

    @Test
    void theGatewayRoutesEveryRouteToItsServiceAndNothingElse() throws IOException {
        Map<String, String> declared = new TreeMap<>();
        for (KuraService service : KuraTopology.SERVICES) {
            for (String route : service.routes()) {
                declared.put(route, url(service));
            }
        }
        assertEquals(declared, gatewayConfiguration("gateway.routes."));
    }

    /** Every service that keeps data, but the gateway, answers data-subject requests and retention, at its own URL. */
    @Test
    void theGatewayAsksEveryServiceForDataSubjectRequestsAndRetention() throws IOException {
        Map<String, String> hooks = new TreeMap<>();
        Map<String, String> retention = new TreeMap<>();
        for (KuraService service : KuraTopology.SERVICES) {
            if (service.hasDatabase() && !service.name().equals("gateway")) {
                hooks.put(service.name(), url(service));
                retention.put(service.name().replaceFirst("-service$", ""), url(service));
            }
        }
        assertEquals(hooks, gatewayConfiguration("gateway.dsr.services."));
        assertEquals(retention, gatewayConfiguration("gateway.retention.services."));
    }

    /**
     * Each service's management interface is where the topology says (its quarkus.management.port), at its HTTP port
     * plus the offset the gateway's route index assumes (gateway.management-port-offset, 1000 by default in
     * GatewayConfig); so bin/, the k8s probes and the index agree.
     */
    @Test
    void everyServicesManagementPortIsConfiguredAndIsItsPortPlusTheGatewaysOffset() throws IOException {
        int offset = Integer.parseInt(properties("gateway").getProperty("gateway.management-port-offset", "1000"));
        for (KuraService service : KuraTopology.SERVICES) {
            assertEquals(service.port() + offset, service.managementPort(), service.name() + ": managementPort must be port + " + offset);
            assertEquals(String.valueOf(service.managementPort()), properties(service.name()).getProperty("quarkus.management.port"),
                    service.name() + "'s quarkus.management.port");
        }
    }

    private static Properties properties(String module) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(Files.readString(
                KuraTopology.FILE.resolveSibling(module + "/src/main/resources/application.properties"))));
        return properties;
    }

    /** The gateway's default for a service's URL: its environment variable, else the topology's port. */
    private static String url(KuraService service) {
        return "${" + service.name().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL:http://127.0.0.1:" + service.port() + "}";
    }

    /** The gateway's properties under a prefix, by the rest of their key. */
    private static Map<String, String> gatewayConfiguration(String prefix) throws IOException {
        Properties gateway = properties("gateway");
        Map<String, String> configured = new TreeMap<>();
        for (String key : gateway.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                configured.put(key.substring(prefix.length()), gateway.getProperty(key));
            }
        }
        return configured;
    }
}
