package com.japanautoparts.kura.payment.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.input.OrderId;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.Examples;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.service.OrderService;

/** A customer's own orders; the customer is always the token's subject, never a URL part. */
@Path("/orders/me")
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My orders", description = "Read your own orders")
public class MyOrderResource {

    private final OrderService orders;
    private final Caller caller;

    public MyOrderResource(OrderService orders, Caller caller) {
        this.orders = orders;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "List my orders, newest first")
    public List<OrderDto> list() {
        return orders.listOwn(caller.subject());
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "Read one of my orders")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "order", value = Examples.ORDER)))
    @APIResponse(responseCode = "404", description = "No such order among yours")
    public OrderDto read(@PathParam("orderId") @OrderId String orderId) {
        return orders.findOwn(orderId, caller.subject()).orElseThrow(() -> ProblemException.notFound("No such order among yours"));
    }
}
