package com.japanautoparts.kura.payment.api;

/** How many of the customer's orders not yet shipped now carry the corrected contact data (0 when none, or none newer). */
public record ContactCorrectedDto(int ordersUpdated) {
}
