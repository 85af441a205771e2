package com.japanautoparts.kura.k8s;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Overlays rendered once per test run. */
final class Rendered {

    private static final Map<String, Manifests> CACHE = new ConcurrentHashMap<>();

    private Rendered() {
    }

    /** @param dir a kustomization folder relative to k8s/ */
    static Manifests overlay(String dir) {
        return CACHE.computeIfAbsent(dir, d -> Manifests.parse(Kustomize.render(Kustomize.k8sDir().resolve(d)))).copy();
    }

    static Path k8s(String relative) {
        return Kustomize.k8sDir().resolve(relative);
    }
}
