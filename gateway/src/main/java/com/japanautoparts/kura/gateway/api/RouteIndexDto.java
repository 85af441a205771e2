package com.japanautoparts.kura.gateway.api;

import java.util.List;

/**
 * What the gateway serves ({@code GET /api}): its routes, each with its service's OpenAPI document and Swagger UI (on
 * the service's management interface), and the path and port of the gateway's own OpenAPI document (its management
 * interface: never on the public port).
 */
public record RouteIndexDto(List<Route> routes, String dataSubjectRequests, String openapi, int managementPort) {

    public record Route(String path, String target, String openapi, String swaggerUi) {
    }
}
