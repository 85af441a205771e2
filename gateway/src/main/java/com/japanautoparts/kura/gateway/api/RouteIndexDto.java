package com.japanautoparts.kura.gateway.api;

import java.util.List;

/** What the gateway serves ({@code GET /api}): its routes, each with its service's OpenAPI document and Swagger UI. */
public record RouteIndexDto(List<Route> routes, String dataSubjectRequests, String openapi) {

    public record Route(String path, String target, String openapi, String swaggerUi) {
    }
}
