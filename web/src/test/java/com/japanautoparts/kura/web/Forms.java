package com.japanautoparts.kura.web;

import static io.restassured.RestAssured.given;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** A page as the browser gets it, and the CSRF token its forms carry (the hidden field and the cookie). */
record Forms(String html, String cookie, String field) {

    static final String COOKIE = "csrf-token";
    private static final Pattern HIDDEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** GETs {@code path} and reads the token its forms carry. */
    static Forms from(String path) {
        Response page = given().get(path).then().statusCode(200).extract().response();
        Matcher hidden = HIDDEN.matcher(page.asString());
        if (!hidden.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        String cookie = page.getCookie(COOKIE);
        if (cookie == null) {
            throw new AssertionError("no CSRF cookie from " + path);
        }
        return new Forms(page.asString(), cookie, hidden.group(1));
    }
}
