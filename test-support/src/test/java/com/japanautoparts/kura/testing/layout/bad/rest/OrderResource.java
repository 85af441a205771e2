package com.japanautoparts.kura.testing.layout.bad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import com.japanautoparts.kura.testing.layout.bad.domain.Order;

/** Breaks: an endpoint without a role, an entity at the edge, a transaction in a resource. */
@Path("/orders")
public class OrderResource {

    /** A DTO declared in rest, used by a service below. */
    public record OrderDto(String id) {
    }

    @GET
    @RolesAllowed("storefront")
    public Order find() {
        return new Order();
    }

    @POST
    @Transactional
    public void place() {
    }
}
