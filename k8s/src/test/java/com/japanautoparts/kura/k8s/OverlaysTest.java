package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every overlay renders with kustomize, parses into the Kubernetes model and meets every rule. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "src/test/resources/native"})
    void rendersAndMeetsEveryRule(String overlay) {
        Manifests manifests = Rendered.overlay(overlay);
        assertTrue(manifests.all().size() > 30, "rendered only " + manifests.all().size() + " objects");
        assertEquals(List.of(), ManifestRules.all(manifests), overlay + " breaks the rules");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyObjectLivesInTheOverlayNamespace(String overlay) {
        Manifests manifests = Rendered.overlay(overlay);
        String namespace = overlay.endsWith("prod") ? "kura" : "kura-dev";
        for (HasMetadata object : manifests.all()) {
            if (!"Namespace".equals(object.getKind())) {
                assertEquals(namespace, object.getMetadata().getNamespace(), Manifests.id(object));
            }
        }
        var ns = manifests.named(io.fabric8.kubernetes.api.model.Namespace.class, namespace).orElseThrow();
        assertEquals("restricted", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
    }

    /** Ops learn from k8s/README.md which Secrets to create: every Secret the manifests reference is listed there. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyReferencedSecretIsDocumented(String overlay) throws java.io.IOException {
        Manifests manifests = Rendered.overlay(overlay);
        String readme = java.nio.file.Files.readString(Rendered.k8s("README.md"));
        java.util.Set<String> secrets = new java.util.TreeSet<>();
        for (var workload : ManifestRules.workloads(manifests)) {
            workload.template().getSpec().getContainers().forEach(c -> c.getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .forEach(e -> secrets.add(e.getValueFrom().getSecretKeyRef().getName())));
        }
        manifests.of(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class)
                .forEach(i -> i.getSpec().getTls().forEach(t -> secrets.add(t.getSecretName())));
        assertTrue(secrets.size() > 10, secrets.toString());
        for (String secret : secrets) {
            String documented = secret.startsWith("oidc-client-") ? secret.substring("oidc-client-".length()) : secret;
            assertTrue(java.util.regex.Pattern.compile("[\\s`]" + java.util.regex.Pattern.quote(documented) + "[,`\\s]").matcher(readme).find(),
                    secret + " is referenced but not listed in k8s/README.md");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void kuraServicesRunTheJvmImageByDefault(String overlay) {
        Manifests manifests = Rendered.overlay(overlay);
        for (var service : KuraTopology.SERVICES) {
            String image = manifests.named(Deployment.class, service.name()).orElseThrow()
                    .getSpec().getTemplate().getSpec().getContainers().get(0).getImage();
            assertTrue(image.endsWith("kura/" + service.name() + ":1.0.0-SNAPSHOT"), image);
        }
        assertTrue(manifests.of(StatefulSet.class).allMatch(s -> s.getMetadata().getName().endsWith("-db")));
    }
}
