package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The customer proves an address with the code the storefront mailed to it. */
public record VerificationDto(@NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "^[0-9]{6}$", message = "must be the 6-digit code from the email") String code) {
}
