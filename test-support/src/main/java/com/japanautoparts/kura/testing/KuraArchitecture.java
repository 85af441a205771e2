package com.japanautoparts.kura.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The one package layout of every Kura service, as rules a build fails on. Under the service's package:
 * {@code api} (DTOs and OpenAPI examples), {@code rest} (resources), {@code service} (logic and transactions),
 * {@code domain} (entities and value types), {@code client} (REST clients), {@code config} ({@code @ConfigMapping}).
 * Arrows: rest -> service -> domain, rest -> api, service -> api, rest and api -> domain value types (enums, never
 * entities);
 * nothing depends on rest; domain depends on no other layer. Every endpoint has a role; entities are Panache active records; injection is by constructor;
 * logging through {@code io.quarkus.logging.Log}.
 */
public final class KuraArchitecture {

    private static final String PATH = "jakarta.ws.rs.Path";
    private static final Set<String> HTTP_METHODS = Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST", "jakarta.ws.rs.PUT",
            "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.HEAD", "jakarta.ws.rs.OPTIONS");
    private static final Set<String> ACCESS = Set.of("jakarta.annotation.security.RolesAllowed",
            "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll", "io.quarkus.security.Authenticated");

    private KuraArchitecture() {
    }

    /** Checks a service's main classes (tests are left out) against every rule; fails with every violation. */
    public static void assertServiceFollowsTheLayout(String servicePackage) {
        assertFollowsTheLayout(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage), servicePackage);
    }

    /** Checks the given classes against every rule for the service package {@code base}. */
    public static void assertFollowsTheLayout(JavaClasses classes, String base) {
        if (classes.isEmpty()) {
            throw new AssertionError("No classes found under " + base);
        }
        List<String> violations = new ArrayList<>();
        for (ArchRule rule : rules(base)) {
            EvaluationResult result = rule.allowEmptyShould(true).evaluate(classes);
            String why = rule.getDescription().substring(rule.getDescription().lastIndexOf("because ") + "because ".length());
            result.getFailureReport().getDetails().forEach(detail -> violations.add(detail + "\n    (because " + why + ")"));
        }
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " violation(s) of the Kura package layout:\n  "
                    + String.join("\n  ", violations));
        }
    }

    static List<ArchRule> rules(String base) {
        String api = base + ".api..";
        String rest = base + ".rest..";
        String service = base + ".service..";
        String domain = base + ".domain..";
        String client = base + ".client..";
        String config = base + ".config..";
        return List.of(
                noClasses().that().resideOutsideOfPackage(rest).should().dependOnClassesThat().resideInAPackage(rest)
                        .because("nothing may depend on resources: DTOs live in api, logic in service"),
                noClasses().that().resideInAPackage(rest).should().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
                        .because("resources map DTOs to service calls and never see entities"),
                noClasses().that().resideInAPackage(api).should().dependOnClassesThat()
                        .resideInAnyPackage(rest, service, client)
                        .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.Entity")
                        .orShould().dependOnClassesThat().areAnnotatedWith("jakarta.persistence.MappedSuperclass")
                        .because("DTOs are what crosses the wire, built by services: they may use domain value types"
                                + " (enums), never entities"),
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat()
                        .resideInAnyPackage(api, rest, service, client)
                        .because("entities and value types know nothing of the layers above them"),
                classes().that().areAnnotatedWith("jakarta.persistence.Entity").should().resideInAPackage(domain)
                        .andShould().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheEntityBase")
                        .because("entities are Panache active records in domain, one persistence style"),
                noClasses().should().beAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                        .because("one persistence style: Panache active records"),
                classes().that().areAnnotatedWith(PATH).and().areNotInterfaces().should().resideInAPackage(rest)
                        .andShould(haveARoleOnEveryEndpoint())
                        .because("every endpoint is a resource in rest with a role"),
                classes().that().areAnnotatedWith("org.eclipse.microprofile.rest.client.inject.RegisterRestClient")
                        .should().resideInAPackage(client).because("calls to other services live in client"),
                classes().that().areAnnotatedWith("io.smallrye.config.ConfigMapping").should().resideInAPackage(config)
                        .because("typed configuration lives in config"),
                noClasses().that().resideInAPackage(rest).should().beAnnotatedWith("jakarta.transaction.Transactional")
                        .because("transactions belong to services"),
                noMethods().that().areDeclaredInClassesThat().resideInAPackage(rest).should()
                        .beAnnotatedWith("jakarta.transaction.Transactional").because("transactions belong to services"),
                noFields().should().beAnnotatedWith("jakarta.inject.Inject").because("injection is by constructor"),
                noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                        .orShould().callMethod(Throwable.class, "printStackTrace")
                        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.jboss.logging.Logger")
                        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
                        .because("logging goes through io.quarkus.logging.Log"));
    }

    /** The class, or every resource method of it, says who may call. */
    private static ArchCondition<JavaClass> haveARoleOnEveryEndpoint() {
        return new ArchCondition<>("have a role (@RolesAllowed, @Authenticated, @PermitAll or @DenyAll) on every endpoint") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                if (hasAccessAnnotation(resource.getAnnotations().stream().map(a -> a.getRawType().getName()).toList())) {
                    return;
                }
                Set<String> unguarded = resource.getMethods().stream()
                        .filter(KuraArchitecture::isEndpoint)
                        .filter(m -> !hasAccessAnnotation(m.getAnnotations().stream().map(a -> a.getRawType().getName()).toList()))
                        .map(JavaMethod::getName)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (!unguarded.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(resource,
                            resource.getName() + " has endpoints without a role: " + String.join(", ", unguarded)));
                }
            }
        };
    }

    private static boolean isEndpoint(JavaMethod method) {
        return method.getAnnotations().stream().map(a -> a.getRawType().getName())
                .anyMatch(name -> HTTP_METHODS.contains(name) || PATH.equals(name));
    }

    private static boolean hasAccessAnnotation(List<String> annotations) {
        return annotations.stream().anyMatch(ACCESS::contains);
    }
}
