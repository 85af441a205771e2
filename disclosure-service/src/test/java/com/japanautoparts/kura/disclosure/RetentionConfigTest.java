package com.japanautoparts.kura.disclosure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.disclosure.config.DisclosureConfig;
import com.japanautoparts.kura.disclosure.service.RetentionService;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Periods shorter than the legal minimum of three years stop the service at start-up, with the property named. */
class RetentionConfigTest {

    @Test
    void theDefaultsAreTheLegalMinimum() {
        DisclosureConfig.Retention defaults = retention(Map.of());
        assertDoesNotThrow(() -> RetentionService.requireLegalMinimum(defaults));
    }

    @ParameterizedTest
    @ValueSource(strings = { "P3Y", "P36M", "P1096D", "P5Y", "P2Y12M" })
    void threeYearsOrMoreAreAccepted(String period) {
        assertDoesNotThrow(() -> RetentionService.requireLegalMinimum(retention(Map.of("disclosure.retention.ledger", period,
                "disclosure.retention.closed-cases", period))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "P2Y", "P35M", "P1095D", "P2Y11M30D", "P0D", "P-3Y" })
    void lessThanThreeYearsIsRefused(String period) {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionService.requireLegalMinimum(retention(Map.of("disclosure.retention.ledger", period))));
        assertTrue(refused.getMessage().startsWith("disclosure.retention.ledger=" + Period.parse(period)),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("legal minimum of P3Y"), refused.getMessage());
        assertTrue(refused.getMessage().contains("refusing to start"), refused.getMessage());
    }

    @Test
    void everyPeriodThatIsTooShortIsNamed() {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> RetentionService.requireLegalMinimum(
                retention(Map.of("disclosure.retention.ledger", "P1Y", "disclosure.retention.closed-cases", "P2Y"))));
        assertTrue(refused.getMessage().contains("disclosure.retention.ledger=P1Y"), refused.getMessage());
        assertTrue(refused.getMessage().contains("disclosure.retention.closed-cases=P2Y"), refused.getMessage());
    }

    private static DisclosureConfig.Retention retention(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(DisclosureConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return config.getConfigMapping(DisclosureConfig.class).retention();
    }
}
