package com.japanautoparts.kura.common.metrics;

import java.util.regex.Pattern;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Metrics never carry ids: the last line of defence behind the templated paths. Quarkus tags HTTP server and client
 * metrics with the path template of the endpoint ({@code /contacts/{customerId}/checkout}); a request no template
 * matched would be tagged with its raw path, which can name a customer, an order or an email address. Every meter's
 * {@code uri} tag is checked here: a segment that is a template parameter ({@code {...}}) or a plain word (letters and
 * {@code - _ . ~}) passes; any other segment (digits, {@code @}, {@code %}-escapes, anything beyond ASCII letters) turns
 * the whole tag into {@code UNKNOWN}, as Quarkus does itself for a 4xx without a template
 * ({@code quarkus.micrometer.binder.http-server.suppress4xx-errors}, set in kura-common's shared configuration).
 */
@Singleton
public class UriTagsWithoutIds {

    static final String URI = "uri";
    static final String UNKNOWN = "UNKNOWN";
    private static final Pattern WORD = Pattern.compile("[A-Za-z_.~-]*");

    @Produces
    @Singleton
    MeterFilter uriTagsWithoutIds() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag(URI);
                return uri == null || idFree(uri) ? id : id.withTag(Tag.of(URI, UNKNOWN));
            }
        };
    }

    /** Whether every segment of the path is a template parameter or a plain word. */
    static boolean idFree(String uri) {
        for (String segment : uri.split("/", -1)) {
            boolean parameter = segment.startsWith("{") && segment.endsWith("}");
            if (!parameter && !WORD.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }
}
