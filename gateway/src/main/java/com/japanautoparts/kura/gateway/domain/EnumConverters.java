package com.japanautoparts.kura.gateway.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the enums by their API value (the same strings as the database check constraints). */
public final class EnumConverters {

    private EnumConverters() {
    }

    @Converter
    public static class Type implements AttributeConverter<RequestType, String> {
        @Override
        public String convertToDatabaseColumn(RequestType value) {
            return value == null ? null : value.value();
        }

        @Override
        public RequestType convertToEntityAttribute(String value) {
            return value == null ? null : RequestType.of(value);
        }
    }

    @Converter
    public static class Status implements AttributeConverter<RequestStatus, String> {
        @Override
        public String convertToDatabaseColumn(RequestStatus value) {
            return value == null ? null : value.value();
        }

        @Override
        public RequestStatus convertToEntityAttribute(String value) {
            return value == null ? null : RequestStatus.of(value);
        }
    }

    @Converter
    public static class Step implements AttributeConverter<StepStatus, String> {
        @Override
        public String convertToDatabaseColumn(StepStatus value) {
            return value == null ? null : value.value();
        }

        @Override
        public StepStatus convertToEntityAttribute(String value) {
            return value == null ? null : StepStatus.of(value);
        }
    }
}
