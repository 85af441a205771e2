package com.japanautoparts.kura.gateway.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.gateway.api.RouteIndexDto;
import com.japanautoparts.kura.gateway.config.GatewayConfig;
import com.japanautoparts.kura.gateway.proxy.ReverseProxy;

/**
 * What the gateway serves, with a link to each service's OpenAPI document and Swagger UI on the service's management
 * interface (inside the deployment only: neither the gateway nor the Ingress routes {@code /q/*}).
 */
@Path("/api")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gateway")
public class RoutesResource {

    private final ReverseProxy proxy;
    private final int managementPortOffset;
    private final int managementPort;

    public RoutesResource(ReverseProxy proxy, GatewayConfig config, Config quarkus) {
        this.proxy = proxy;
        this.managementPortOffset = config.managementPortOffset();
        this.managementPort = quarkus.getValue("quarkus.management.port", Integer.class);
    }

    @GET
    @Operation(summary = "The routes and each service's OpenAPI document")
    public RouteIndexDto index() {
        List<RouteIndexDto.Route> routes = proxy.routes().stream()
                .map(r -> new RouteIndexDto.Route(r.path() + "/**", r.origin() + r.targetPath() + "/**",
                        r.managementOrigin(managementPortOffset) + "/q/openapi", r.managementOrigin(managementPortOffset) + "/q/swagger-ui"))
                .toList();
        return new RouteIndexDto(routes, "/api/me/requests", "/q/openapi", managementPort);
    }
}
