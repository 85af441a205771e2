package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProdOverlayTest {

    private final Manifests prod = Rendered.overlay("overlays/prod");

    @Test
    void scalesOutAndSurvivesDisruption() {
        assertEquals(List.of(), ManifestRules.productionViolations(prod));
    }

    @Test
    void databasesAreCloudNativePgClustersOnly() {
        assertEquals(7, prod.custom("Cluster").count());
        assertEquals(0, prod.of(StatefulSet.class).count(), "prod runs no hand-made database");
    }

    @Test
    void keycloakRunsInProductionModeOnPostgres() {
        Deployment keycloak = prod.named(Deployment.class, "keycloak").orElseThrow();
        var container = keycloak.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("start", "--import-realm"), container.getArgs());
        ConfigMap config = prod.of(ConfigMap.class).filter(c -> c.getMetadata().getName().startsWith("keycloak-config")).findFirst().orElseThrow();
        assertEquals("postgres", config.getData().get("KC_DB"));
        assertEquals("keycloak-db-rw", config.getData().get("KC_DB_URL_HOST"));
        assertTrue(container.getEnv().stream().anyMatch(e -> e.getName().equals("KC_DB_PASSWORD")
                && "keycloak-db-app".equals(e.getValueFrom().getSecretKeyRef().getName())));
    }

    @Test
    void replicasSpreadOverNodes() {
        for (Deployment deployment : prod.of(Deployment.class).toList()) {
            var constraints = deployment.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
            assertTrue(constraints.stream().anyMatch(c -> "kubernetes.io/hostname".equals(c.getTopologyKey())),
                    deployment.getMetadata().getName());
        }
    }
}
