package com.japanautoparts.kura.web.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.japanautoparts.kura.web.client.ApiException;
import com.japanautoparts.kura.web.i18n.Msg;
import com.japanautoparts.kura.web.view.Page;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Errors as pages in the person's language, never a stack trace or an API's body: not found, not allowed, a service
 * that is down (503, try again), anything else (502: the APIs answered in a way this module did not expect).
 */
public class ErrorPages {

    /** What the error page says. */
    public record Failure(int status, String heading, String text, boolean retry) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, Failure view);
    }

    private final PageContext ctx;

    public ErrorPages(PageContext ctx) {
        this.ctx = ctx;
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Msg msg = ctx.msg();
        return switch (e.status()) {
            case 401 -> page(401, msg.error_signed_out(), msg.error_signed_out_text(), false);
            case 403 -> page(403, msg.error_forbidden(), msg.error_forbidden_text(), false);
            case 404 -> page(404, msg.error_not_found(), msg.error_not_found_text(), false);
            default -> {
                if (e.unavailable()) {
                    yield unavailable();
                }
                Log.warnf("An API answered %d", e.status());
                yield page(502, msg.error_unexpected(), msg.error_unexpected_text(), true);
            }
        };
    }

    @ServerExceptionMapper({ ProcessingException.class, TimeoutException.class, CircuitBreakerOpenException.class })
    public Response down(Exception e) {
        Log.warnf("The gateway could not be reached: %s", e.getClass().getSimpleName());
        return unavailable();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, ctx.msg().error_not_found(), ctx.msg().error_not_found_text(), false);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, ctx.msg().error_forbidden(), ctx.msg().error_forbidden_text(), false);
    }

    private Response unavailable() {
        return page(503, ctx.msg().error_unavailable(), ctx.msg().error_unavailable_text(), true);
    }

    private Response page(int status, String heading, String text, boolean retry) {
        // No forms on an error page: a request refused before its resource ran has no CSRF token to put in them.
        Page page = ctx.page(PageContext.ERROR, heading);
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ctx.render(Templates.error(page, new Failure(status, heading, text, retry))));
        if (status == 503) {
            response.header("Retry-After", "5");
        }
        return response.build();
    }
}
