package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sent in a body, not a query string, so the address stays out of access logs. */
public record EmailLookupDto(@NotBlank @Email @Size(max = 254) String email) {
}
