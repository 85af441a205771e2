package com.japanautoparts.kura.testing.layout.bad.service;

import jakarta.inject.Inject;

import com.japanautoparts.kura.testing.layout.bad.rest.OrderResource;

/** Breaks: a service importing a DTO from rest, field injection, printing instead of logging. */
public class OrderService {

    @Inject
    Object clock;

    public OrderResource.OrderDto find(String id) {
        System.out.println("finding an order");
        return new OrderResource.OrderDto(id);
    }
}
