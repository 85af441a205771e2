package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevOverlayTest {

    private final Manifests dev = Rendered.overlay("overlays/dev");

    @Test
    void oneReplicaOfEverything() {
        dev.of(Deployment.class).forEach(d -> assertEquals(1, d.getSpec().getReplicas(), d.getMetadata().getName()));
        dev.of(StatefulSet.class).forEach(s -> assertEquals(1, s.getSpec().getReplicas(), s.getMetadata().getName()));
    }

    @Test
    void aPostgresStatefulSetPerServiceDatabaseWithTheCloudNativePgServiceName() {
        for (var service : KuraTopology.withDatabase()) {
            StatefulSet db = dev.named(StatefulSet.class, service.databasePeer()).orElseThrow();
            var env = db.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("POSTGRES_DB") && service.database().equals(e.getValue())));
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("POSTGRES_PASSWORD")
                    && (service.databasePeer() + "-superuser").equals(e.getValueFrom().getSecretKeyRef().getName())));
            // The init script makes the owner and the service's login from the same Secrets the Deployment reads.
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("KURA_DB_OWNER_USER")
                    && (service.databasePeer() + "-owner").equals(e.getValueFrom().getSecretKeyRef().getName())));
            assertTrue(env.stream().anyMatch(e -> e.getName().equals("KURA_DB_APP_USER")
                    && (service.databasePeer() + "-app").equals(e.getValueFrom().getSecretKeyRef().getName())));
            assertTrue(db.getSpec().getTemplate().getSpec().getVolumes().stream().anyMatch(v -> v.getConfigMap() != null
                    && v.getConfigMap().getName().startsWith("postgres-init")), service.databasePeer() + " runs the role script");
            assertTrue(dev.named(Service.class, service.databasePeer() + "-rw").isPresent());
        }
        assertEquals(0, dev.custom("Cluster").count());
    }

    @Test
    void keycloakInDevMode() {
        var container = dev.named(Deployment.class, "keycloak").orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("start-dev", "--import-realm"), container.getArgs());
    }
}
