package com.japanautoparts.kura.web.security;

/**
 * The realm roles the pages look at (the same names as kura-common's {@code Roles}; this module does not depend on
 * kura-common, which brings a datasource and the retention API with it). The services check them again on every call.
 */
public final class WebRoles {

    public static final String CUSTOMER = "customer";
    public static final String STAFF = "staff";
    public static final String PRIVACY_OFFICER = "privacy-officer";

    private WebRoles() {
    }
}
