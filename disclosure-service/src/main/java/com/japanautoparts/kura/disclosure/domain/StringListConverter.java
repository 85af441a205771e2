package com.japanautoparts.kura.disclosure.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a list of identifiers (customer ids, fideslang keys) as one text column, one per line.
 * Every value is validated to be free of line breaks before it gets here.
 */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? null : String.join("\n", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return column.isEmpty() ? List.of() : Arrays.asList(column.split("\n", -1));
    }
}
