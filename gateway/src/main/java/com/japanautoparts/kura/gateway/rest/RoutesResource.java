package com.japanautoparts.kura.gateway.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.gateway.api.RouteIndexDto;
import com.japanautoparts.kura.gateway.proxy.ReverseProxy;

/** What the gateway serves, with a link to each service's OpenAPI document. */
@Path("/api")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gateway")
public class RoutesResource {

    private final ReverseProxy proxy;

    public RoutesResource(ReverseProxy proxy) {
        this.proxy = proxy;
    }

    @GET
    @Operation(summary = "The routes and each service's OpenAPI document")
    public RouteIndexDto index() {
        List<RouteIndexDto.Route> routes = proxy.routes().stream()
                .map(r -> new RouteIndexDto.Route(r.path() + "/**", r.origin() + r.targetPath() + "/**", r.origin() + "/q/openapi",
                        r.origin() + "/q/swagger-ui"))
                .toList();
        return new RouteIndexDto(routes, "/api/me/requests", "/q/openapi");
    }
}
