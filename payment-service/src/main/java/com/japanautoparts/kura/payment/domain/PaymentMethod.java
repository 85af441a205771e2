package com.japanautoparts.kura.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What is kept of a card: the processor's token, brand, last four digits and expiry. Never the
 * full number, never the security code (PCI DSS 3.3.1, 3.4.1). Token, last 4 and expiry are
 * cleared when the order is pseudonymised.
 */
@Embeddable
public class PaymentMethod {

    @Column(name = "payment_token")
    public String processorToken;

    @Column(name = "card_brand", nullable = false)
    public String brand;

    @Column(name = "card_last4")
    public String last4;

    @Column(name = "card_expiry_month")
    public Integer expiryMonth;

    @Column(name = "card_expiry_year")
    public Integer expiryYear;
}
