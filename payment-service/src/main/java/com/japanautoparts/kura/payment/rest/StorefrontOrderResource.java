package com.japanautoparts.kura.payment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.japanautoparts.kura.common.idempotency.Idempotent;
import com.japanautoparts.kura.common.input.OrderId;
import com.japanautoparts.kura.common.problem.Problem;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.security.Caller;
import com.japanautoparts.kura.common.security.Roles;
import com.japanautoparts.kura.payment.api.Examples;
import com.japanautoparts.kura.payment.api.OrderDto;
import com.japanautoparts.kura.payment.api.PlaceOrderDto;
import com.japanautoparts.kura.payment.api.TransitionDto;
import com.japanautoparts.kura.payment.service.CheckoutService;
import com.japanautoparts.kura.payment.service.OrderService;

/** The storefront's service account places orders and moves them through their lifecycle. */
@Path("/orders")
@RolesAllowed(Roles.STOREFRONT)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Storefront", description = "Placing orders and moving them on, for the storefront service account")
public class StorefrontOrderResource {

    private final CheckoutService checkout;
    private final OrderService orders;
    private final Caller caller;

    public StorefrontOrderResource(CheckoutService checkout, OrderService orders, Caller caller) {
        this.checkout = checkout;
        this.orders = orders;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Place an order for a customer",
            description = "Totals are computed here. The payment method is the processor's token, brand, last 4 and expiry only. "
                    + "With an Idempotency-Key header a retry (after a 503 or a timeout) never places a second order: the same key "
                    + "and order are answered with the first 201 and its Location (Idempotent-Replayed: true, no body).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "order", value = Examples.PLACE_ORDER)))
    @APIResponse(responseCode = "201", description = "Placed", content = @Content(examples = @ExampleObject(name = "order", value = Examples.ORDER)))
    @APIResponse(responseCode = "422", description = "No shipping address, expired card, or card data sent; or the Idempotency-Key was used with another order",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "no shipping address", value = Examples.NO_SHIPPING_ADDRESS),
                    @ExampleObject(name = "card data", value = Examples.CARD_DATA) }))
    @APIResponse(responseCode = "503", description = "contact-service unavailable; see Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "unavailable", value = Examples.UNAVAILABLE)))
    @APIResponse(responseCode = "409", description = "A request with the same Idempotency-Key is still in flight; see Retry-After")
    @Idempotent(subject = "customerId")
    public Response place(@NotNull @Valid PlaceOrderDto order, UriInfo uriInfo) {
        OrderDto placed = checkout.place(order, actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(placed.orderId()).build()).entity(placed).build();
    }

    @GET
    @Path("/{orderId}")
    @Operation(summary = "Read an order")
    @APIResponse(responseCode = "200", content = @Content(examples = @ExampleObject(name = "order", value = Examples.ORDER)))
    @APIResponse(responseCode = "404", description = "No such order")
    public OrderDto read(@PathParam("orderId") @OrderId String orderId) {
        return orders.find(orderId).orElseThrow(StorefrontOrderResource::noSuchOrder);
    }

    @POST
    @Path("/{orderId}/transitions")
    @Operation(summary = "Move an order on: pay, ship (with carrier and tracking number), deliver, cancel or refund",
            description = "placed -> paid -> shipped -> delivered; placed -> cancelled; paid, shipped or delivered -> refunded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ship", value = Examples.SHIP)))
    @APIResponse(responseCode = "200", description = "The order after the change")
    @APIResponse(responseCode = "404", description = "No such order")
    @APIResponse(responseCode = "409", description = "Not allowed from the order's status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "illegal", value = Examples.ILLEGAL_TRANSITION)))
    public OrderDto transition(@PathParam("orderId") @OrderId String orderId, @NotNull @Valid TransitionDto transition) {
        return orders.transition(orderId, transition, actor()).orElseThrow(StorefrontOrderResource::noSuchOrder);
    }

    private String actor() {
        return caller.actingAs(Roles.STOREFRONT);
    }

    private static ProblemException noSuchOrder() {
        return ProblemException.notFound("No such order");
    }
}
