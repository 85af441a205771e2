package com.japanautoparts.kura.disclosure.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.japanautoparts.kura.common.input.CustomerId;
import com.japanautoparts.kura.common.input.RecipientId;
import com.japanautoparts.kura.disclosure.domain.CaseType;

/** An exception-disclosure request as staff open it: who asks, on what document, for which subjects and items. */
public record NewCaseDto(
        @NotNull CaseType type,
        @NotNull @RecipientId String recipientId,
        @NotBlank @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String referenceDocument,
        @NotBlank @Size(max = 200) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String requester,
        @Size(max = 1000) @Pattern(regexp = Patterns.PRINTABLE, message = Patterns.PRINTABLE_MESSAGE) String description,
        @NotEmpty @Size(max = 5000) List<@NotNull @CustomerId String> subjects,
        @NotEmpty @Size(max = 20) List<@NotNull @Pattern(regexp = Patterns.DATA_ITEM, message = "must be a fideslang key such as user.contact.email") String> dataItems) {
}
