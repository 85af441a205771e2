package com.japanautoparts.kura.contact.api;

public record CustomerRefDto(String customerId) {
}
