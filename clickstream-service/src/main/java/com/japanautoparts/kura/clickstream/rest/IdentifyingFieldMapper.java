package com.japanautoparts.kura.clickstream.rest;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.japanautoparts.kura.clickstream.service.IdentityScreen;
import com.japanautoparts.kura.common.problem.ProblemException;
import com.japanautoparts.kura.common.problem.ProblemMappers;

/**
 * Unknown fields are refused (400) by the shared strict JSON reader. A field named like an identifier
 * (customerId, email, name, phone, ip, ...) is refused with 422 instead, naming it: the caller tried to
 * send personal data, which is a different mistake from a typo.
 */
public class IdentifyingFieldMapper {

    private final ProblemMappers shared = new ProblemMappers();

    @ServerExceptionMapper
    public Response unrecognized(UnrecognizedPropertyException e) {
        String field = path(e);
        if (!field.startsWith("events[") || !IdentityScreen.isIdentifyingName(e.getPropertyName())) {
            return shared.unreadable(e);
        }
        return shared.problem(ProblemException.unprocessable("Field '" + field
                + "' is not accepted: clickstream events must not identify a person"));
    }

    private static String path(UnrecognizedPropertyException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? e.getPropertyName() : path.toString();
    }
}
