package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** components/native switches every Kura service to its native image, and leaves Keycloak alone. */
class NativeComponentTest {

    @Test
    void switchesTheKuraImagesToTheNativeTag() {
        Manifests manifests = Rendered.overlay("src/test/resources/native");
        for (var service : KuraTopology.SERVICES) {
            var container = manifests.named(Deployment.class, service.name()).orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0);
            assertEquals("kura/" + service.name() + ":1.0.0-SNAPSHOT-native", container.getImage());
            assertEquals(new Quantity("256Mi"), container.getResources().getLimits().get("memory"));
        }
        String keycloak = manifests.named(Deployment.class, "keycloak").orElseThrow().getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
        assertTrue(keycloak.startsWith("quay.io/keycloak/keycloak:"), keycloak);
    }
}
