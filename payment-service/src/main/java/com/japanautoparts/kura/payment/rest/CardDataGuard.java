package com.japanautoparts.kura.payment.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.payment.service.CardDataDetector;

import io.quarkus.logging.Log;

/**
 * PCI DSS 3.3.1/3.4.1: every request body this service reads passes here before JSON binding.
 * A body holding a full card number (Luhn-valid, 13-19 digits) or a security code member is
 * refused with 422; neither the body nor the number is logged, echoed or stored.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
public class CardDataGuard implements ReaderInterceptor {

    static final String DETAIL = "The request holds a full card number or a card security code. "
            + "Send only the processor's token, brand, last 4 digits and expiry.";

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        // The HTTP layer has already capped the body at quarkus.http.limits.max-body-size.
        byte[] body = context.getInputStream().readAllBytes();
        if (CardDataDetector.holdsCardData(body)) {
            Log.warn("Refused a request body holding card data (a full card number or a security code)");
            throw ProblemException.unprocessable(DETAIL);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
