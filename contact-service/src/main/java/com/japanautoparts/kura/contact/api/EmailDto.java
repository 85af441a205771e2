package com.japanautoparts.kura.contact.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record EmailDto(@NotBlank @Email @Size(max = 254) String address) {
}
