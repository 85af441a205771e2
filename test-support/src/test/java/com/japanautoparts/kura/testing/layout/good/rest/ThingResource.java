package com.japanautoparts.kura.testing.layout.good.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import com.japanautoparts.kura.testing.layout.good.api.ThingDto;
import com.japanautoparts.kura.testing.layout.good.service.ThingService;

@Path("/things")
public class ThingResource {

    private final ThingService things;

    public ThingResource(ThingService things) {
        this.things = things;
    }

    @GET
    @Path("/{name}")
    @RolesAllowed("customer")
    public ThingDto find(@PathParam("name") String name) {
        return things.find(name);
    }

    @GET
    @PermitAll
    public String hello() {
        return "hello";
    }
}
