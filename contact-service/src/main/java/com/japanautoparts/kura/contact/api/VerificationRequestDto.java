package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The storefront asks for a code to send to one of the customer's unverified addresses. */
public record VerificationRequestDto(@NotBlank @Email @Size(max = 254) String email) {
}
