package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The objects of one rendered overlay, parsed into fabric8's Kubernetes model. */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final List<HasMetadata> objects;

    Manifests(List<HasMetadata> objects) {
        this.objects = List.copyOf(objects);
    }

    static Manifests parse(String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> objects = new ArrayList<>();
        collect(parsed, objects);
        return new Manifests(objects);
    }

    private static void collect(Object parsed, List<HasMetadata> into) {
        if (parsed == null) {
            return;
        }
        if (parsed instanceof KubernetesList list) {
            list.getItems().forEach(item -> collect(item, into));
        } else if (parsed instanceof List<?> list) {
            list.forEach(item -> collect(item, into));
        } else if (parsed instanceof HasMetadata object) {
            into.add(object);
        } else {
            throw new IllegalArgumentException("not a Kubernetes object: " + parsed.getClass().getName());
        }
    }

    static String id(HasMetadata object) {
        return object.getKind() + "/" + object.getMetadata().getName();
    }

    List<HasMetadata> all() {
        return objects;
    }

    <T extends HasMetadata> Stream<T> of(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast);
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return of(type).filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    /** Custom resources (CloudNativePG clusters) of the given kind. */
    Stream<GenericKubernetesResource> custom(String kind) {
        return of(GenericKubernetesResource.class).filter(r -> kind.equals(r.getKind()));
    }

    /** A deep copy, for tests that break a rendered manifest on purpose. */
    Manifests copy() {
        return new Manifests(objects.stream().map(SERIALIZATION::clone).toList());
    }

    static KubernetesSerialization serialization() {
        return SERIALIZATION;
    }
}
