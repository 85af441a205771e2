package com.japanautoparts.kura.common.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Which dependency is down, by name: the identity provider ({@code quarkus.oidc.auth-server-url}) and every service this
 * one calls ({@code quarkus.rest-client.<name>.url}), each "UP" when it accepts a connection within 500 ms. A wellness
 * check ({@code /q/health/well} and {@code /q/health} on the management interface): never a liveness or readiness probe,
 * because a service whose dependency is down still answers (503 with Retry-After for what needs it, everything else as
 * usual), and taking it out of rotation would turn one outage into many. The database's own readiness check (Agroal's,
 * "Database connections health check") says when the database is down.
 */
@Wellness
@ApplicationScoped
public class DependenciesCheck implements HealthCheck {

    private static final Pattern REST_CLIENT_URL = Pattern.compile("quarkus\\.rest-client\\.\"?([a-z0-9-]+)\"?\\.url");
    private static final int CONNECT_TIMEOUT_MS = 500;

    private final Config config;

    public DependenciesCheck(Config config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Map<String, String> dependencies = new TreeMap<>();
        config.getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                .filter(url -> config.getOptionalValue("quarkus.oidc.tenant-enabled", Boolean.class).orElse(true))
                .ifPresent(url -> dependencies.put("identity-provider", url));
        for (String name : config.getPropertyNames()) {
            Matcher matcher = REST_CLIENT_URL.matcher(name);
            if (matcher.matches()) {
                config.getOptionalValue(name, String.class).ifPresent(url -> dependencies.put(matcher.group(1), url));
            }
        }
        HealthCheckResponseBuilder response = HealthCheckResponse.named("dependencies").up();
        dependencies.forEach((name, url) -> {
            boolean up = reachable(url);
            response.withData(name, up ? "UP" : "DOWN");
            if (!up) {
                response.down();
            }
        });
        return response.build();
    }

    private static boolean reachable(String url) {
        Optional<InetSocketAddress> address = addressOf(url);
        if (address.isEmpty()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(address.get(), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetSocketAddress> addressOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return Optional.of(new InetSocketAddress(uri.getHost(), port));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
