package com.japanautoparts.kura.disclosure.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.japanautoparts.kura.catalogue.RecipientKind;
import com.japanautoparts.kura.common.input.RecipientId;
import com.japanautoparts.kura.disclosure.domain.TransferMechanism;

/**
 * A registered recipient; {@code active} defaults to true. {@code version} is assigned by the service: 1 when registered,
 * one more with every approved change. A carrier's or processor's {@code id} is the {@code carrierId} or
 * {@code processorId} payment-service's orders name it by.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecipientDto(
        @RecipientId String id,
        @NotBlank @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String name,
        @NotNull RecipientKind kind,
        @NotNull @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code such as JP") String country,
        @NotNull TransferMechanism transferMechanism,
        @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String contractReference,
        @Valid ProviderDto provider,
        @Pattern(regexp = Patterns.IDENTIFIER, message = Patterns.IDENTIFIER_MESSAGE) String oidcClientId,
        Boolean active,
        @Null(message = "is assigned by the service") Integer version) {

    /** The recipient as proposed or stored: without what the service assigns. */
    public RecipientDto proposed() {
        return new RecipientDto(id, name, kind, country, transferMechanism, contractReference, provider, oidcClientId, active,
                null);
    }

    /** APPI Art. 30: what is recorded about a third party Kura receives personal data from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProviderDto(
            @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String name,
            @Size(max = 300) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String address,
            @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String representative,
            @Size(max = 500) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String acquisition) {
    }
}
