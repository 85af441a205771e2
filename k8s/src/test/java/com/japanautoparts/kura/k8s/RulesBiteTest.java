package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks bite: each broken manifest is rejected by the very code that passes the real overlays. */
class RulesBiteTest {

    private static Manifests prod() {
        return Rendered.overlay("overlays/prod");
    }

    private static Container container(Manifests manifests, String deployment) {
        return manifests.named(Deployment.class, deployment).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static void assertRejected(Manifests manifests, Function<Manifests, List<String>> rule, String expected) {
        List<String> violations = rule.apply(manifests);
        assertTrue(violations.stream().anyMatch(v -> v.contains(expected)), "expected a violation containing '" + expected + "', got " + violations);
        assertTrue(ManifestRules.all(manifests).size() + ManifestRules.productionViolations(manifests).size() > 0);
    }

    @Test
    void theUnbrokenOverlayPasses() {
        assertEquals(List.of(), ManifestRules.all(prod()));
    }

    @Test
    void missingProbe() {
        Manifests m = prod();
        container(m, "contact-service").setReadinessProbe(null);
        assertRejected(m, ManifestRules::workloadViolations, "Deployment/contact-service container contact-service: no readinessProbe");
    }

    @Test
    void probeOnAnotherPath() {
        Manifests m = prod();
        container(m, "payment-service").getLivenessProbe().getHttpGet().setPath("/health");
        assertRejected(m, ManifestRules::kuraServiceViolations, "livenessProbe must GET /q/health/live");
    }

    @Test
    void missingMemoryLimit() {
        Manifests m = prod();
        container(m, "gateway").getResources().getLimits().remove("memory");
        assertRejected(m, ManifestRules::workloadViolations, "Deployment/gateway container gateway: no memory limit");
    }

    @Test
    void writableRootFilesystemAndCapabilities() {
        Manifests m = prod();
        container(m, "keycloak").getSecurityContext().setReadOnlyRootFilesystem(false);
        container(m, "consent-service").getSecurityContext().getCapabilities().setDrop(new ArrayList<>());
        assertRejected(m, ManifestRules::workloadViolations, "keycloak: readOnlyRootFilesystem is not true");
        assertRejected(m, ManifestRules::workloadViolations, "consent-service: capabilities do not drop ALL");
    }

    @Test
    void rootAndNoSeccomp() {
        Manifests m = prod();
        Deployment d = m.named(Deployment.class, "clickstream-service").orElseThrow();
        d.getSpec().getTemplate().getSpec().getSecurityContext().setSeccompProfile(null);
        container(m, "clickstream-service").getSecurityContext().setSeccompProfile(null);
        container(m, "clickstream-service").getSecurityContext().setRunAsNonRoot(false);
        assertRejected(m, ManifestRules::workloadViolations, "clickstream-service: seccompProfile is not RuntimeDefault");
        assertRejected(m, ManifestRules::workloadViolations, "clickstream-service: runAsNonRoot is not true");
    }

    @Test
    void literalPasswordInEnv() {
        Manifests m = prod();
        List<EnvVar> env = container(m, "contact-service").getEnv();
        env.removeIf(e -> e.getName().equals("CONTACT_DB_PASSWORD"));
        env.add(new EnvVar("CONTACT_DB_PASSWORD", "hunter2", null));
        assertRejected(m, ManifestRules::literalSecretViolations, "env CONTACT_DB_PASSWORD is written literally");
        assertRejected(m, ManifestRules::kuraServiceViolations, "CONTACT_DB_PASSWORD must come from a Secret");
    }

    @Test
    void secretObjectOrCredentialInConfigMap() {
        Manifests m = prod();
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(m.all());
        objects.add(new SecretBuilder().withNewMetadata().withName("contact-db-app").withNamespace("kura").endMetadata()
                .addToStringData("password", "hunter2").build());
        objects.add(new ConfigMapBuilder().withNewMetadata().withName("leaky").withNamespace("kura").endMetadata()
                .addToData("DB_PASSWORD", "hunter2").addToData("application.properties", "quarkus.datasource.password=hunter2").build());
        Manifests broken = new Manifests(objects);
        assertRejected(broken, ManifestRules::literalSecretViolations, "Secret/contact-db-app: Secrets are created out of band");
        assertRejected(broken, ManifestRules::literalSecretViolations, "ConfigMap/leaky: key DB_PASSWORD holds a credential");
        assertRejected(broken, ManifestRules::literalSecretViolations, "ConfigMap/leaky: value of application.properties contains a credential");
    }

    @Test
    void theDemoRealmAsIsWouldLeakItsSecrets() throws IOException {
        String source = Files.readString(RealmTest.source());
        List<String> violations = ManifestRules.realmSecretViolations("ConfigMap/keycloak-realm", source, java.util.Set.of());
        assertTrue(violations.stream().anyMatch(v -> v.contains("client gateway has a literal secret")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("has a literal credential")), violations.toString());
        List<String> unset = ManifestRules.realmSecretViolations("ConfigMap/keycloak-realm", KubernetesRealm.derive(source), java.util.Set.of());
        assertTrue(unset.stream().anyMatch(v -> v.contains("KURA_CLIENT_SECRET_GATEWAY is not set from a Secret")), unset.toString());
    }

    @Test
    void withoutDefaultDenyEverythingIsOpen() {
        Manifests m = prod();
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(m.all());
        objects.removeIf(o -> o.getMetadata().getName().equals("default-deny-all"));
        Manifests broken = new Manifests(objects);
        assertRejected(broken, ManifestRules::networkPolicyViolations, "namespace kura: no default-deny NetworkPolicy");
        assertRejected(broken, ManifestRules::networkPolicyViolations, "allows other-namespace -> stranger:8080/TCP");
    }

    @Test
    void aPolicyThatLetsEveryPodIn() {
        Manifests m = prod();
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(m.all());
        objects.add(new NetworkPolicyBuilder().withNewMetadata().withName("too-open").withNamespace("kura").endMetadata()
                .withNewSpec().withNewPodSelector().addToMatchLabels("app.kubernetes.io/name", "contact-service").endPodSelector()
                .withPolicyTypes("Ingress").addNewIngress().addNewFrom().withNewPodSelector().endPodSelector().endFrom().endIngress()
                .endSpec().build());
        Manifests broken = new Manifests(objects);
        assertRejected(broken, ManifestRules::networkPolicyViolations, "allows consent-service -> contact-service:8081/TCP");
    }

    @Test
    void aCallThatThePoliciesForget() {
        Manifests m = prod();
        NetworkPolicy payment = m.named(NetworkPolicy.class, "payment-service").orElseThrow();
        payment.getSpec().getEgress().removeIf(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 8081));
        assertRejected(m, ManifestRules::networkPolicyViolations, "refuses payment-service -> contact-service:8081/TCP");
    }

    @Test
    void probesOrScrapesOnThePublicPortInsteadOfTheManagementPort() {
        Manifests m = prod();
        container(m, "gateway").getReadinessProbe().getHttpGet().setPort(new io.fabric8.kubernetes.api.model.IntOrString("http"));
        m.named(Deployment.class, "consent-service").orElseThrow().getSpec().getTemplate().getMetadata().getAnnotations()
                .put("prometheus.io/port", "8083");
        assertRejected(m, ManifestRules::kuraServiceViolations, "Deployment/gateway: readinessProbe must use the management port 9080");
        assertRejected(m, ManifestRules::kuraServiceViolations,
                "Deployment/consent-service: Prometheus annotations must scrape /q/metrics on the management port 9083");
    }

    @Test
    void prometheusLetOntoTheHttpPort() {
        Manifests m = prod();
        NetworkPolicy contact = m.named(NetworkPolicy.class, "contact-service").orElseThrow();
        contact.getSpec().getIngress().stream()
                .filter(rule -> rule.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 9081))
                .forEach(rule -> rule.getPorts().get(0).setPort(new io.fabric8.kubernetes.api.model.IntOrString(8081)));
        assertRejected(m, ManifestRules::networkPolicyViolations, "allows prometheus -> contact-service:8081/TCP");
        assertRejected(m, ManifestRules::networkPolicyViolations, "refuses prometheus -> contact-service:9081/TCP");
    }

    @Test
    void aCatchAllIngressOrAServicePublishingTheManagementPort() {
        Manifests m = prod();
        m.of(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class).filter(i -> i.getMetadata().getName().equals("kura"))
                .forEach(i -> i.getSpec().getRules().get(0).getHttp().getPaths().get(0).setPath("/"));
        m.named(io.fabric8.kubernetes.api.model.Service.class, "payment-service").orElseThrow().getSpec().getPorts()
                .add(new io.fabric8.kubernetes.api.model.ServicePortBuilder().withName("management").withPort(9082)
                        .withTargetPort(new io.fabric8.kubernetes.api.model.IntOrString("management")).build());
        assertRejected(m, ManifestRules::ingressViolations, "path / (Prefix) reaches /q/* or /internal/* or everything");
        assertRejected(m, ManifestRules::ingressViolations, "Ingress: none routes /api to the gateway");
        assertRejected(m, ManifestRules::kuraServiceViolations, "Service/payment-service: publishes payment-service's management port");
    }

    @Test
    void theExportKeyWrittenLiterallyOrMissing() {
        Manifests m = prod();
        container(m, "gateway").getEnv().removeIf(e -> e.getName().equals("GATEWAY_EXPORT_KEY"));
        assertRejected(m, ManifestRules::kuraServiceViolations, "Deployment/gateway: GATEWAY_EXPORT_KEY must come from a Secret");
    }

    @Test
    void tracesWithoutACollectorOrAServiceThatDoesNotReadTheSettings() {
        Manifests m = prod();
        m.of(io.fabric8.kubernetes.api.model.ConfigMap.class)
                .filter(c -> c.getMetadata().getName().startsWith("kura-observability"))
                .forEach(c -> c.getData().remove("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"));
        container(m, "payment-service").getEnvFrom().removeIf(e -> e.getConfigMapRef() != null
                && e.getConfigMapRef().getName().startsWith("kura-observability"));
        assertRejected(m, ManifestRules::observabilityViolations, "QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT must be "
                + "http://otel-collector.observability.svc:4317");
        assertRejected(m, ManifestRules::observabilityViolations, "Deployment/payment-service: no ConfigMap kura-observability");
    }

    @Test
    void aServiceThatCannotReachTheCollector() {
        Manifests m = prod();
        m.of(io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy.class)
                .filter(p -> p.getMetadata().getName().equals("allow-otel-collector"))
                .forEach(p -> p.getSpec().getPodSelector().getMatchExpressions().get(0).setValues(java.util.List.of("service")));
        assertRejected(m, ManifestRules::networkPolicyViolations, "refuses gateway -> otel-collector:4317");
    }

    @Test
    void aCallWithoutItsUrl() {
        Manifests m = prod();
        m.of(io.fabric8.kubernetes.api.model.ConfigMap.class)
                .filter(c -> c.getMetadata().getName().startsWith("consent-service-config"))
                .forEach(c -> c.getData().remove("DISCLOSURE_SERVICE_URL"));
        assertRejected(m, ManifestRules::kuraServiceViolations,
                "Deployment/consent-service: DISCLOSURE_SERVICE_URL must be http://disclosure-service:8084, got null");
    }

    @Test
    void aServiceThatReachesAnotherDatabase() {
        Manifests m = prod();
        NetworkPolicy consent = m.named(NetworkPolicy.class, "consent-service").orElseThrow();
        consent.getSpec().getEgress().get(0).getTo().get(0).getPodSelector().getMatchLabels()
                .put("kura.japanautoparts.com/database", "contact");
        assertRejected(m, ManifestRules::networkPolicyViolations, "refuses consent-service -> consent-db:5432/TCP");
    }

    @Test
    void oneDatabaseRoleForTheServiceAndItsMigrations() {
        Manifests m = prod();
        container(m, "contact-service").getEnv().stream().filter(e -> e.getName().equals("CONTACT_DB_OWNER_USER"))
                .forEach(e -> e.getValueFrom().getSecretKeyRef().setName("contact-db-app"));
        assertRejected(m, ManifestRules::kuraServiceViolations, "they must be two roles");
        assertRejected(m, ManifestRules::databaseRoleViolations, "Deployment/contact-service: must log in with Secret contact-db-app");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anApplicationRoleThatIsASuperuserOrMissing() {
        Manifests m = prod();
        var consent = m.custom("Cluster").filter(c -> c.getMetadata().getName().equals("consent-db")).findFirst().orElseThrow();
        ((java.util.Map<String, Object>) ((List<Object>) consent.get("spec", "managed", "roles")).get(0)).put("superuser", true);
        var disclosure = m.custom("Cluster").filter(c -> c.getMetadata().getName().equals("disclosure-db")).findFirst().orElseThrow();
        ((List<Object>) disclosure.get("spec", "managed", "roles")).clear();
        assertRejected(m, ManifestRules::databaseRoleViolations, "Cluster/consent-db: role consent_app must say superuser: false");
        assertRejected(m, ManifestRules::databaseRoleViolations, "Cluster/disclosure-db: no managed role disclosure_app");
    }

    @Test
    void aWitnessWithoutTheLedgersKeyOrAStrangerWithItsPrivateKey() {
        Manifests m = prod();
        container(m, "consent-service").getEnv().removeIf(e -> e.getName().equals("DISCLOSURE_LEDGER_PUBLIC_KEY"));
        container(m, "gateway").getEnv().add(new io.fabric8.kubernetes.api.model.EnvVarBuilder().withName("SIGNING")
                .withNewValueFrom().withNewSecretKeyRef().withName("disclosure-ledger-signing").withKey("private-key").endSecretKeyRef()
                .endValueFrom().build());
        assertRejected(m, ManifestRules::ledgerKeyViolations, "Deployment/consent-service: DISCLOSURE_LEDGER_PUBLIC_KEY must come from a Secret");
        assertRejected(m, ManifestRules::ledgerKeyViolations, "Deployment/gateway: reads disclosure-service's ledger signing key");
    }

    @Test
    void prodWithOneReplicaOrNoBudget() {
        Manifests m = prod();
        m.named(Deployment.class, "disclosure-service").orElseThrow().getSpec().setReplicas(1);
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(m.all());
        objects.removeIf(o -> o instanceof PodDisruptionBudget && o.getMetadata().getName().equals("gateway"));
        Manifests broken = new Manifests(objects);
        assertRejected(broken, ManifestRules::productionViolations, "Deployment/disclosure-service: replicas 1 < 2");
        assertRejected(broken, ManifestRules::productionViolations, "Deployment/gateway: no PodDisruptionBudget");
    }

    @Test
    void aMisspelledFieldIsNotSilentlyIgnored() throws IOException {
        Manifests m = Manifests.parse(Files.readString(fixture("misspelled-field.yaml")));
        assertRejected(m, ManifestRules::unknownFieldViolations, "unknown field(s) [readinesProbe]");
        assertRejected(m, ManifestRules::workloadViolations, "no readinessProbe");
    }

    @Test
    void aBrokenOverlayRenderedByKustomizeIsRejected() {
        Manifests m = Rendered.overlay("src/test/resources/broken/literal-secret");
        List<String> violations = ManifestRules.all(m);
        assertTrue(violations.stream().anyMatch(v -> v.contains("env GATEWAY_DB_PASSWORD is written literally")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.contains("Deployment/gateway container gateway: no startupProbe")), violations.toString());
    }

    @Test
    void aKustomizationThatDoesNotRenderFails() {
        Path broken = Rendered.k8s("src/test/resources/broken/missing-resource");
        var e = assertThrows(Kustomize.RenderException.class, () -> Kustomize.render(broken));
        assertTrue(e.getMessage().contains("does-not-exist.yaml"), e.getMessage());
    }

    private static Path fixture(String name) {
        return Rendered.k8s("src/test/resources/broken/" + name);
    }
}
