package com.japanautoparts.kura.disclosure.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A name as it leaves Kura. The contact parts are read from contact-service into these same records, and fields they
 * do not declare are dropped on reading: only what was reviewed here can ever be passed on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonName(String family, String given) {
}
