package com.japanautoparts.kura.contact.rest;

public record CustomerRefDto(String customerId) {
}
