package com.japanautoparts.kura.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The rules bite: fixtures that keep the layout pass, each kind of breach in the bad fixtures is reported. */
class KuraArchitectureTest {

    private static final String LAYOUT = "com.japanautoparts.kura.testing.layout";

    @Test
    void aServiceThatKeepsTheLayoutPasses() {
        String base = LAYOUT + ".good";
        KuraArchitecture.assertFollowsTheLayout(new ClassFileImporter().importPackages(base), base);
    }

    @Test
    void everyKindOfBreachIsReported() {
        String base = LAYOUT + ".bad";
        JavaClasses classes = new ClassFileImporter().importPackages(base);

        String report = assertThrows(AssertionError.class, () -> KuraArchitecture.assertFollowsTheLayout(classes, base)).getMessage();

        assertReports(report, "OrderService.find(", "return type", "bad.rest.OrderResource$OrderDto");
        assertReports(report, "OrderResource has endpoints without a role: place");
        assertReports(report, "OrderResource.find()", "return type", "bad.domain.Order");
        assertReports(report, "ReceiptDto.of(", "parameter", "bad.domain.Order");
        assertReports(report, "bad.domain.Order> is not assignable to", "PanacheEntityBase");
        assertReports(report, "OrderResource.place()> is annotated with @Transactional");
        assertReports(report, "OrderService.clock> is annotated with @Inject");
        assertReports(report, "OrderService.find(", "System.out");
        assertTrue(report.contains("because nothing may depend on resources"), report);
    }

    @Test
    void anEmptyPackageIsAnError() {
        assertThrows(AssertionError.class,
                () -> KuraArchitecture.assertFollowsTheLayout(new ClassFileImporter().importPackages(LAYOUT + ".none"), LAYOUT));
    }

    private static void assertReports(String report, String... parts) {
        assertTrue(report.lines().anyMatch(line -> java.util.Arrays.stream(parts).allMatch(line::contains)),
                () -> "no violation line with " + String.join(" + ", parts) + " in:\n" + report);
    }
}
