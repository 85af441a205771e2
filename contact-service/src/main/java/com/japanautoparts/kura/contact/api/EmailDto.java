package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An email address. {@code verified} is shown, never accepted: an address is verified only by the one-time code sent
 * to it ({@code POST /contacts/me/emails/verify}); a new or changed address starts unverified.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailDto(@NotBlank @Email @Size(max = 254) String address,
        @JsonProperty(access = JsonProperty.Access.READ_ONLY) Boolean verified) {

    /**
     * An address as given, its verification not known here. A factory, not a constructor: Jackson would take a
     * one-string constructor to read a bare string as an email.
     */
    public static EmailDto unverified(String address) {
        return new EmailDto(address, null);
    }
}
