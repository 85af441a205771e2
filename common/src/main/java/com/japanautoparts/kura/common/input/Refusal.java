package com.japanautoparts.kura.common.input;

/**
 * Why the input screens refuse a request, and where: {@code field} is a JSON path such as {@code lines[0].name},
 * {@code path} or a query parameter's name; {@code subject} starts the problem's detail ("Field 'lines[0].name'",
 * "The path", "Query parameter 'from'"). Never the value.
 */
public record Refusal(Reason reason, String field, String subject) {

    public enum Reason {
        NOT_UTF8(400, "is not well-formed UTF-8"),
        INVALID_URI(400, "is not a valid URI: only printable ASCII and well-formed percent-escapes"),
        CONTROL_CHARACTER(400, "must not contain control characters"),
        NUMBER_OUT_OF_RANGE(400, "is a number out of range"),
        TOO_DEEP(400, "is nested too deeply"),
        CARD_NUMBER(422, "holds a payment card number: Kura never accepts card numbers (send the payment processor's token)"),
        SECURITY_CODE(422, "is a card security code: Kura never accepts card security codes");

        public final int status;
        public final String message;

        Reason(int status, String message) {
            this.status = status;
            this.message = message;
        }
    }

    /** A refusal about a field of a JSON body. */
    public static Refusal field(Reason reason, String field) {
        return new Refusal(reason, field, "body".equals(field) ? "The request body" : "Field '" + field + "'");
    }

    /** The problem's detail: what and where, never the value. */
    public String detail() {
        return subject + " " + reason.message;
    }
}
