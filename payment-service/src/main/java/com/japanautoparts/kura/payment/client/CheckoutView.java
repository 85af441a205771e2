package com.japanautoparts.kura.payment.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The one thing payment-service needs of contact-service's checkout view. Everything else it
 * returns (name, addresses, email) is ignored on reading and never held here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CheckoutView(boolean hasShippingAddress) {
}
