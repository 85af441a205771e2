package com.japanautoparts.kura.payment.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A quantity of 1.5 is an error, not one item: Jackson would otherwise truncate floats into
 * integer fields. (Complements the shared StrictJsonCustomizer.)
 */
@Singleton
public class WholeNumbersCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
