package com.japanautoparts.kura.common.json;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.japanautoparts.kura.common.input.TimeBounds;

/**
 * Dates and times Kura reads from JSON lie within {@link TimeBounds} (the years 0001-9999): {@code +999999999-12-31} or {@code +294277-01-01T00:00:00Z} is a field in the wrong format
 * (400), never a value that fails later in a query. Each service bounds its own fields further where it must (a
 * consent no later than now, a legal hold ending in the future).
 */
final class BoundedTime extends BeanDeserializerModifier {

    private static final Set<Class<?>> TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class, OffsetDateTime.class,
            ZonedDateTime.class, YearMonth.class, Year.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return TYPES.contains(description.getBeanClass()) ? new Bounded(deserializer) : deserializer;
    }

    private static final class Bounded extends DelegatingDeserializer {

        private static final long serialVersionUID = 1L;

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null && !TimeBounds.contains(value)) {
                throw InvalidFormatException.from(parser, "a date outside the years 0001-9999", value, handledType());
            }
            return value;
        }
    }
}
