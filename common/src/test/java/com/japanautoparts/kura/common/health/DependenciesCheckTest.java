package com.japanautoparts.kura.common.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class DependenciesCheckTest {

    @Test
    void namesEachDependencyAndWhichIsDown() throws IOException {
        int closedPort;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = closed.getLocalPort();
        }
        try (ServerSocket contact = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HealthCheckResponse response = new DependenciesCheck(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:" + closedPort + "/realms/kura",
                    "quarkus.rest-client.contact-client.url", "http://127.0.0.1:" + contact.getLocalPort()), "test", 100)).build())
                    .call();

            assertEquals("dependencies", response.getName());
            assertEquals(HealthCheckResponse.Status.DOWN, response.getStatus());
            assertEquals(Map.of("identity-provider", "DOWN", "contact-client", "UP"), response.getData().orElseThrow());
        }
    }

    @Test
    void upWhenEveryDependencyAnswers() throws IOException {
        try (ServerSocket legalHolds = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            HealthCheckResponse response = new DependenciesCheck(new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                    "quarkus.oidc.tenant-enabled", "false",
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/kura",
                    "quarkus.rest-client.\"legal-hold-client\".url", "http://127.0.0.1:" + legalHolds.getLocalPort()), "test", 100)).build())
                    .call();

            assertEquals(HealthCheckResponse.Status.UP, response.getStatus());
            assertEquals(Map.of("legal-hold-client", "UP"), response.getData().orElseThrow());
        }
    }
}
