package com.japanautoparts.kura.disclosure;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.japanautoparts.kura.common.retention.RetentionCategory;
import com.japanautoparts.kura.common.retention.RetentionQueries;
import com.japanautoparts.kura.common.retention.RetentionService;
import com.japanautoparts.kura.disclosure.config.DisclosureConfig;
import com.japanautoparts.kura.disclosure.service.DisclosureRetentionPlan;
import com.japanautoparts.kura.disclosure.service.LedgerPurge;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Periods shorter than the legal minimum of three years stop the service at start-up: common's start-up check
 * ({@link RetentionService#requireLegalMinimums}) applied to this service's plan, built from its configuration.
 */
class RetentionConfigTest {

    /** Three calendar years back from this day cross 29 February 2024: "3 years" is 1,096 days here. */
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    void everyCategoryDefaultsToTheLegalMinimumOfThreeYears() {
        List<RetentionCategory> categories = plan(Map.of()).categories();
        assertEquals(List.of(DisclosureRetentionPlan.CLOSED_CASES, DisclosureRetentionPlan.CHANGE_NOTICES,
                DisclosureRetentionPlan.RECEIVED_CHANGES, DisclosureRetentionPlan.ENDED_HOLDS, DisclosureRetentionPlan.LEDGER),
                categories.stream().map(RetentionCategory::name).toList(), "cases and notices go before the ledger rows they explain");
        for (RetentionCategory category : categories) {
            assertEquals(Period.ofYears(3), category.period(), category.name());
            assertEquals(Period.ofYears(3), category.underPressure(), category.name() + ": storage pressure deletes nothing sooner");
            assertEquals(Period.ofYears(3), category.legalMinimum(), category.name());
        }
        assertDoesNotThrow(() -> RetentionService.requireLegalMinimums(categories, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = { "P3Y", "P36M", "P1096D", "P5Y", "P2Y12M" })
    void threeYearsOrMoreAreAccepted(String period) {
        List<RetentionCategory> categories = plan(Map.of("disclosure.retention.ledger", period,
                "disclosure.retention.closed-cases", period)).categories();
        assertDoesNotThrow(() -> RetentionService.requireLegalMinimums(categories, NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = { "P2Y", "P35M", "P1095D", "P2Y11M30D", "P0D", "P-3Y" })
    void aShorterLedgerPeriodStopsStartUp(String period) {
        List<RetentionCategory> categories = plan(Map.of("disclosure.retention.ledger", period)).categories();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionService.requireLegalMinimums(categories, NOW));
        assertTrue(refused.getMessage().contains("(SCHEDULE: " + Period.parse(period) + ")"), refused.getMessage());
        assertTrue(refused.getMessage().contains("legal minimum P3Y"), refused.getMessage());
    }

    @Test
    void aShorterPeriodForClosedCasesStopsStartUpToo() {
        List<RetentionCategory> categories = plan(Map.of("disclosure.retention.closed-cases", "P2Y")).categories();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> RetentionService.requireLegalMinimums(categories, NOW));
        assertTrue(refused.getMessage().contains(DisclosureRetentionPlan.CLOSED_CASES + " (SCHEDULE: P2Y)"), refused.getMessage());
    }

    /** The plan as the service builds it (its queries are only declared here, never run). */
    private static DisclosureRetentionPlan plan(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(DisclosureConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return new DisclosureRetentionPlan(config.getConfigMapping(DisclosureConfig.class), new RetentionQueries(null),
                new LedgerPurge());
    }
}
