package com.japanautoparts.kura.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.japanautoparts.kura.k8s.KuraTopology.KuraService;
import com.japanautoparts.kura.k8s.NetworkPolicyEvaluator.Peer;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules every rendered overlay must meet. Each check returns its violations ("Kind/name: what is wrong");
 * an empty list means the rule holds. The same code judges the real overlays and the broken fixtures.
 */
final class ManifestRules {

    private ManifestRules() {
    }

    /** Names that say "this is a credential": such a value must come from a Secret, never be written down. */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(password|passwd|secret|token|credential|private|api[_-]?key|encryption|(^|[_.-])key$).*");
    /** Keycloak realm-import placeholders: resolved from the Keycloak container's environment. */
    static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+)}$");
    private static final Pattern LITERAL_SECRET_TEXT = Pattern.compile(
            "(?is).*(-----BEGIN [A-Z ]*PRIVATE KEY-----|(password|secret)\\s*[=:]\\s*[^\\s$]).*");
    static final String REALM_CONFIG_MAP = "keycloak-realm";
    static final String REALM_FILE = "kura-realm.json";

    // ------------------------------------------------------------------ workloads

    record Workload(HasMetadata owner, PodTemplateSpec template) {
        String id() {
            return Manifests.id(owner);
        }
    }

    static List<Workload> workloads(Manifests manifests) {
        List<Workload> workloads = new ArrayList<>();
        manifests.of(Deployment.class).forEach(d -> workloads.add(new Workload(d, d.getSpec().getTemplate())));
        manifests.of(StatefulSet.class).forEach(s -> workloads.add(new Workload(s, s.getSpec().getTemplate())));
        manifests.of(DaemonSet.class).forEach(s -> workloads.add(new Workload(s, s.getSpec().getTemplate())));
        manifests.of(Job.class).forEach(j -> workloads.add(new Workload(j, j.getSpec().getTemplate())));
        manifests.of(CronJob.class).forEach(c -> workloads.add(new Workload(c, c.getSpec().getJobTemplate().getSpec().getTemplate())));
        return workloads;
    }

    /** Probes, requests and limits, a hardened security context and a writable /tmp for every container. */
    static List<String> workloadViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Workload workload : workloads(manifests)) {
            PodSpec pod = workload.template().getSpec();
            String id = workload.id();
            if (Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID()) || Boolean.TRUE.equals(pod.getHostIPC())) {
                violations.add(id + ": shares a host namespace");
            }
            if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
                violations.add(id + ": automountServiceAccountToken must be false (no Kura pod talks to the API server)");
            }
            boolean isJob = workload.owner() instanceof Job || workload.owner() instanceof CronJob;
            List<Container> all = new ArrayList<>(pod.getContainers());
            all.addAll(pod.getInitContainers());
            for (Container container : all) {
                boolean init = pod.getInitContainers().contains(container);
                String cid = id + " container " + container.getName();
                checkImage(cid, container.getImage(), violations);
                checkResources(cid, container.getResources(), violations);
                if (!init && !isJob) {
                    if (container.getLivenessProbe() == null) {
                        violations.add(cid + ": no livenessProbe");
                    }
                    if (container.getReadinessProbe() == null) {
                        violations.add(cid + ": no readinessProbe");
                    }
                    if (container.getStartupProbe() == null) {
                        violations.add(cid + ": no startupProbe");
                    }
                }
                checkSecurityContext(cid, pod.getSecurityContext(), container.getSecurityContext(), violations);
                checkTmp(cid, pod, container, violations);
            }
        }
        return violations;
    }

    private static void checkImage(String cid, String image, List<String> violations) {
        if (image == null || image.isBlank()) {
            violations.add(cid + ": no image");
            return;
        }
        String last = image.substring(image.lastIndexOf('/') + 1);
        if (!image.contains("@sha256:") && (!last.contains(":") || last.endsWith(":latest"))) {
            violations.add(cid + ": image " + image + " must name a version tag (not latest)");
        }
    }

    private static void checkResources(String cid, ResourceRequirements resources, List<String> violations) {
        Map<String, Quantity> requests = resources == null || resources.getRequests() == null ? Map.of() : resources.getRequests();
        Map<String, Quantity> limits = resources == null || resources.getLimits() == null ? Map.of() : resources.getLimits();
        for (String resource : List.of("cpu", "memory")) {
            if (!requests.containsKey(resource)) {
                violations.add(cid + ": no " + resource + " request");
            }
            if (!limits.containsKey(resource)) {
                violations.add(cid + ": no " + resource + " limit");
            }
            if (requests.containsKey(resource) && limits.containsKey(resource)
                    && requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) > 0) {
                violations.add(cid + ": " + resource + " request above its limit");
            }
        }
    }

    private static void checkSecurityContext(String cid, PodSecurityContext pod, SecurityContext container, List<String> violations) {
        if (container == null) {
            violations.add(cid + ": no securityContext");
            return;
        }
        boolean nonRoot = Boolean.TRUE.equals(container.getRunAsNonRoot())
                || (container.getRunAsNonRoot() == null && pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
        if (!nonRoot) {
            violations.add(cid + ": runAsNonRoot is not true");
        }
        Long uid = container.getRunAsUser() != null ? container.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        if (uid != null && uid == 0) {
            violations.add(cid + ": runs as uid 0");
        }
        if (!Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            violations.add(cid + ": readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(container.getAllowPrivilegeEscalation())) {
            violations.add(cid + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(container.getPrivileged())) {
            violations.add(cid + ": privileged");
        }
        var capabilities = container.getCapabilities();
        if (capabilities == null || capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
            violations.add(cid + ": capabilities do not drop ALL");
        }
        if (capabilities != null && capabilities.getAdd() != null && !capabilities.getAdd().isEmpty()) {
            violations.add(cid + ": adds capabilities " + capabilities.getAdd());
        }
        var seccomp = container.getSeccompProfile() != null ? container.getSeccompProfile()
                : pod == null ? null : pod.getSeccompProfile();
        if (seccomp == null || !"RuntimeDefault".equals(seccomp.getType())) {
            violations.add(cid + ": seccompProfile is not RuntimeDefault");
        }
    }

    private static void checkTmp(String cid, PodSpec pod, Container container, List<String> violations) {
        Map<String, Volume> volumes = new HashMap<>();
        pod.getVolumes().forEach(v -> volumes.put(v.getName(), v));
        boolean tmp = false;
        for (VolumeMount mount : container.getVolumeMounts()) {
            Volume volume = volumes.get(mount.getName());
            if ("/tmp".equals(mount.getMountPath()) && volume != null && volume.getEmptyDir() != null) {
                tmp = true;
            }
        }
        if (!tmp) {
            violations.add(cid + ": no emptyDir mounted at /tmp");
        }
    }

    // ------------------------------------------------------------------ Kura services

    /** Each Kura service: Quarkus health probes, Prometheus annotations, its Service, ConfigMap and Secret references. */
    static List<String> kuraServiceViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (KuraService service : KuraTopology.SERVICES) {
            String name = service.name();
            var deployment = manifests.named(Deployment.class, name);
            if (deployment.isEmpty()) {
                violations.add("Deployment/" + name + ": missing");
                continue;
            }
            String id = "Deployment/" + name;
            PodTemplateSpec template = deployment.get().getSpec().getTemplate();
            Container container = template.getSpec().getContainers().get(0);
            List<Integer> ports = container.getPorts().stream().map(ContainerPort::getContainerPort).toList();
            if (!ports.equals(List.of(service.port(), service.managementPort()))) {
                violations.add(id + ": container ports " + ports + ", expected [" + service.port() + ", " + service.managementPort() + "]");
            }
            int management = service.managementPort();
            checkHttpProbe(id, "livenessProbe", container.getLivenessProbe(), "/q/health/live", management, container, violations);
            checkHttpProbe(id, "readinessProbe", container.getReadinessProbe(), "/q/health/ready", management, container, violations);
            checkHttpProbe(id, "startupProbe", container.getStartupProbe(), "/q/health/started", management, container, violations);
            Map<String, String> annotations = template.getMetadata().getAnnotations() == null
                    ? Map.of() : template.getMetadata().getAnnotations();
            if (!"true".equals(annotations.get("prometheus.io/scrape"))
                    || !"/q/metrics".equals(annotations.get("prometheus.io/path"))
                    || !String.valueOf(management).equals(annotations.get("prometheus.io/port"))) {
                violations.add(id + ": Prometheus annotations must scrape /q/metrics on the management port " + management
                        + ", got " + annotations);
            }
            Map<String, EnvVar> env = new HashMap<>();
            container.getEnv().forEach(e -> env.put(e.getName(), e));
            if (service.hasDatabase()) {
                requireSecretRef(id, env, service.envPrefix() + "_DB_USER", violations);
                requireSecretRef(id, env, service.envPrefix() + "_DB_PASSWORD", violations);
                // Two database roles: the owner runs the migrations, the service logs in as a role that owns nothing.
                requireSecretRef(id, env, service.envPrefix() + "_DB_OWNER_USER", violations);
                requireSecretRef(id, env, service.envPrefix() + "_DB_OWNER_PASSWORD", violations);
                String appSecret = secretOf(env, service.envPrefix() + "_DB_USER");
                if (appSecret != null && appSecret.equals(secretOf(env, service.envPrefix() + "_DB_OWNER_USER"))) {
                    violations.add(id + ": the service's database login and the owner that runs its migrations come from one Secret ("
                            + appSecret + "); they must be two roles");
                }
                if (service.ledger() != null) {
                    requireSecretRef(id, env, service.envPrefix() + "_LEDGER_PRIVATE_KEY", violations);
                    requireSecretRef(id, env, service.envPrefix() + "_LEDGER_PUBLIC_KEY", violations);
                    if (!service.calls().contains(service.ledger().witness())) {
                        violations.add(id + ": the witness of its ledger, " + service.ledger().witness() + ", is not among the services it calls");
                    }
                }
            }
            if (service.clientCredentials()) {
                requireSecretRef(id, env, "QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", violations);
            }
            if (name.equals("contact-service")) {
                requireSecretRef(id, env, "CONTACT_ENCRYPTION_KEY", violations);
                requireSecretRef(id, env, "CONTACT_ENCRYPTION_LOOKUP_KEY", violations);
            }
            if (name.equals("gateway")) {
                requireSecretRef(id, env, "GATEWAY_EXPORT_KEY", violations);
            }
            if (name.equals("payment-service")) {
                requireSecretRef(id, env, "PAYMENT_ENCRYPTION_KEY", violations);
            }
            if (name.equals("web")) {
                // Every replica must decrypt the sessions and login states the others made, and verify their CSRF tokens.
                requireSecretRef(id, env, "WEB_SESSION_SECRET", violations);
                requireSecretRef(id, env, "WEB_STATE_SECRET", violations);
                requireSecretRef(id, env, "WEB_CSRF_SECRET", violations);
            }
            var config = manifests.of(ConfigMap.class)
                    .filter(c -> c.getMetadata().getName().startsWith(name + "-config"))
                    .findFirst();
            boolean configReferenced = container.getEnvFrom().stream().anyMatch(e -> e.getConfigMapRef() != null
                    && config.isPresent() && config.get().getMetadata().getName().equals(e.getConfigMapRef().getName()));
            if (config.isEmpty() || !configReferenced) {
                violations.add(id + ": no ConfigMap " + name + "-config in envFrom");
            } else {
                Map<String, String> data = config.get().getData();
                String url = service.hasDatabase() ? data.get(service.envPrefix() + "_DB_URL") : null;
                if (service.hasDatabase() && (url == null || !url.equals("jdbc:postgresql://" + service.databasePeer() + "-rw:5432/" + service.database()))) {
                    violations.add(id + ": " + service.envPrefix() + "_DB_URL must point at its own database, got " + url);
                }
                if (data.get("KURA_OIDC_URL") == null || !data.get("KURA_OIDC_URL").endsWith("/realms/kura")) {
                    violations.add(id + ": KURA_OIDC_URL must name realm kura");
                }
                for (String callee : service.calls()) {
                    String key = KuraTopology.urlEnv(callee);
                    String expected = "http://" + callee + ":" + KuraTopology.service(callee).port();
                    if (!expected.equals(data.get(key))) {
                        violations.add(id + ": " + key + " must be " + expected + ", got " + data.get(key));
                    }
                }
            }
            boolean hasService = manifests.of(io.fabric8.kubernetes.api.model.Service.class).anyMatch(s ->
                    name.equals(s.getMetadata().getName())
                            && NetworkPolicyEvaluator.matches(
                                    new io.fabric8.kubernetes.api.model.LabelSelector(null, s.getSpec().getSelector()),
                                    template.getMetadata().getLabels())
                            && s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == service.port()));
            if (!hasService) {
                violations.add(id + ": no Service " + name + " on port " + service.port());
            }
            manifests.of(io.fabric8.kubernetes.api.model.Service.class)
                    .filter(s -> s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == management
                            || (p.getTargetPort() != null && ("management".equals(p.getTargetPort().getStrVal())
                                    || Integer.valueOf(management).equals(p.getTargetPort().getIntVal())))))
                    .forEach(s -> violations.add("Service/" + s.getMetadata().getName() + ": publishes " + name
                            + "'s management port; only probes and Prometheus reach it, at the pod"));
        }
        return violations;
    }

    private static void checkHttpProbe(String id, String kind, Probe probe, String path, int managementPort, Container container,
            List<String> violations) {
        HTTPGetAction get = probe == null ? null : probe.getHttpGet();
        if (get == null || !path.equals(get.getPath())) {
            violations.add(id + ": " + kind + " must GET " + path);
            return;
        }
        var port = get.getPort();
        Integer number = port.getIntVal() != null ? port.getIntVal()
                : container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                        .map(ContainerPort::getContainerPort).findFirst().orElse(null);
        if (number == null || !number.equals(managementPort)) {
            violations.add(id + ": " + kind + " must use the management port " + managementPort + ", not " + port.toString());
        }
    }

    /**
     * The ledgers' signing keys: a service that witnesses another's ledger holds that ledger's public key; a private key
     * reaches no workload but its own ledger's service.
     */
    static List<String> ledgerKeyViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (KuraService ledger : KuraTopology.SERVICES.stream().filter(s -> s.ledger() != null).toList()) {
            String publicKey = ledger.envPrefix() + "_LEDGER_PUBLIC_KEY";
            manifests.named(Deployment.class, ledger.ledger().witness()).ifPresent(witness -> {
                Map<String, EnvVar> env = new HashMap<>();
                witness.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().forEach(e -> env.put(e.getName(), e));
                requireSecretRef("Deployment/" + witness.getMetadata().getName(), env, publicKey, violations);
            });
            String privateSecret = manifests.named(Deployment.class, ledger.name())
                    .map(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                            .filter(e -> e.getName().equals(ledger.envPrefix() + "_LEDGER_PRIVATE_KEY") && e.getValueFrom() != null
                                    && e.getValueFrom().getSecretKeyRef() != null)
                            .map(e -> e.getValueFrom().getSecretKeyRef()).findFirst().orElse(null))
                    .map(ref -> ref.getName() + "/" + ref.getKey()).orElse(null);
            for (Workload workload : workloads(manifests)) {
                if (workload.id().equals("Deployment/" + ledger.name())) {
                    continue;
                }
                for (Container container : workload.template().getSpec().getContainers()) {
                    for (EnvVar env : container.getEnv()) {
                        var ref = env.getValueFrom() == null ? null : env.getValueFrom().getSecretKeyRef();
                        if (ref != null && (ref.getName() + "/" + ref.getKey()).equals(privateSecret)) {
                            violations.add(workload.id() + ": reads " + ledger.name() + "'s ledger signing key (" + privateSecret + ")");
                        }
                    }
                }
            }
        }
        return violations;
    }

    /**
     * Prod: each service's database has an owner (the bootstrap owner, credentials from {@code <db>-db-owner}) and the
     * service's login as a managed role that is no superuser and can create nothing (credentials from {@code <db>-db-app}):
     * the Secrets the Deployment reads for its migrations and for itself.
     */
    static List<String> databaseRoleViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (KuraService service : KuraTopology.SERVICES) {
            String db = service.database();
            String id = "Cluster/" + service.databasePeer();
            var cluster = manifests.custom("Cluster").filter(c -> service.databasePeer().equals(c.getMetadata().getName())).findFirst();
            if (cluster.isEmpty()) {
                continue;
            }
            if (!(db + "_owner").equals(cluster.get().get("spec", "bootstrap", "initdb", "owner"))
                    || !(db + "-db-owner").equals(cluster.get().get("spec", "bootstrap", "initdb", "secret", "name"))) {
                violations.add(id + ": the database must be owned by " + db + "_owner, credentials from Secret " + db + "-db-owner");
            }
            Object roles = cluster.get().get("spec", "managed", "roles");
            Map<?, ?> app = roles instanceof List<?> list ? list.stream().filter(r -> r instanceof Map<?, ?> m && (db + "_app").equals(m.get("name")))
                    .map(r -> (Map<?, ?>) r).findFirst().orElse(null) : null;
            if (app == null) {
                violations.add(id + ": no managed role " + db + "_app for the service to log in as");
                continue;
            }
            if (!Boolean.TRUE.equals(app.get("login")) || !"present".equals(app.get("ensure"))) {
                violations.add(id + ": role " + db + "_app must be present and able to log in");
            }
            for (String power : List.of("superuser", "createdb", "createrole", "replication", "bypassrls")) {
                if (!Boolean.FALSE.equals(app.get(power))) {
                    violations.add(id + ": role " + db + "_app must say " + power + ": false");
                }
            }
            Object secret = app.get("passwordSecret") instanceof Map<?, ?> m ? m.get("name") : null;
            if (!(db + "-db-app").equals(secret)) {
                violations.add(id + ": role " + db + "_app takes its password from " + secret + ", expected Secret " + db + "-db-app");
            }
            manifests.named(Deployment.class, service.name()).ifPresent(deployment -> {
                Map<String, EnvVar> env = new HashMap<>();
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().forEach(e -> env.put(e.getName(), e));
                if (!(db + "-db-app").equals(secretOf(env, service.envPrefix() + "_DB_USER"))
                        || !(db + "-db-owner").equals(secretOf(env, service.envPrefix() + "_DB_OWNER_USER"))) {
                    violations.add("Deployment/" + service.name() + ": must log in with Secret " + db + "-db-app and migrate with "
                            + db + "-db-owner");
                }
            });
        }
        return violations;
    }

    private static String secretOf(Map<String, EnvVar> env, String name) {
        EnvVar var = env.get(name);
        return var == null || var.getValueFrom() == null || var.getValueFrom().getSecretKeyRef() == null ? null
                : var.getValueFrom().getSecretKeyRef().getName();
    }

    private static void requireSecretRef(String id, Map<String, EnvVar> env, String name, List<String> violations) {
        EnvVar var = env.get(name);
        if (var == null || var.getValueFrom() == null || var.getValueFrom().getSecretKeyRef() == null) {
            violations.add(id + ": " + name + " must come from a Secret (secretKeyRef)");
        }
    }

    // ------------------------------------------------------------------ secrets

    /** No Secret objects, no credential written in an env value or a ConfigMap, the realm's secrets only as placeholders. */
    static List<String> literalSecretViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata object : manifests.all()) {
            if ("Secret".equals(object.getKind())) {
                violations.add(Manifests.id(object) + ": Secrets are created out of band; manifests only reference them");
            }
        }
        for (Workload workload : workloads(manifests)) {
            PodSpec pod = workload.template().getSpec();
            List<Container> all = new ArrayList<>(pod.getContainers());
            all.addAll(pod.getInitContainers());
            for (Container container : all) {
                for (EnvVar env : container.getEnv()) {
                    if (env.getValue() != null && SECRET_NAME.matcher(env.getName()).matches()) {
                        violations.add(workload.id() + " container " + container.getName() + ": env " + env.getName()
                                + " is written literally; reference a Secret");
                    }
                }
            }
        }
        for (ConfigMap config : manifests.of(ConfigMap.class).toList()) {
            String id = Manifests.id(config);
            Map<String, String> data = config.getData() == null ? Map.of() : config.getData();
            for (var entry : data.entrySet()) {
                if (entry.getKey().equals(REALM_FILE)) {
                    violations.addAll(realmSecretViolations(id, entry.getValue(), keycloakSecretEnv(manifests)));
                    continue;
                }
                if (SECRET_NAME.matcher(entry.getKey()).matches()) {
                    violations.add(id + ": key " + entry.getKey() + " holds a credential; use a Secret");
                }
                if (LITERAL_SECRET_TEXT.matcher(entry.getValue()).matches()) {
                    violations.add(id + ": value of " + entry.getKey() + " contains a credential");
                }
            }
            if (config.getBinaryData() != null && !config.getBinaryData().isEmpty()) {
                violations.add(id + ": binaryData cannot be checked for credentials");
            }
        }
        return violations;
    }

    /** Environment variables the Keycloak container takes from Secrets. */
    static Set<String> keycloakSecretEnv(Manifests manifests) {
        Set<String> names = new HashSet<>();
        manifests.named(Deployment.class, "keycloak").ifPresent(d -> d.getSpec().getTemplate().getSpec().getContainers()
                .forEach(c -> c.getEnv().stream()
                        .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                        .forEach(e -> names.add(e.getName()))));
        return names;
    }

    static List<String> realmSecretViolations(String id, String realmJson, Set<String> secretEnv) {
        List<String> violations = new ArrayList<>();
        JsonNode realm;
        try {
            realm = new ObjectMapper().readTree(realmJson);
        } catch (JsonProcessingException e) {
            return List.of(id + ": realm is not JSON: " + e.getOriginalMessage());
        }
        for (JsonNode client : realm.path("clients")) {
            JsonNode secret = client.get("secret");
            if (secret != null) {
                Matcher placeholder = PLACEHOLDER.matcher(secret.asText());
                if (!placeholder.matches()) {
                    violations.add(id + ": client " + client.path("clientId").asText() + " has a literal secret");
                } else if (!secretEnv.contains(placeholder.group(1))) {
                    violations.add(id + ": client " + client.path("clientId").asText() + " secret placeholder "
                            + placeholder.group(1) + " is not set from a Secret in the Keycloak container");
                }
            }
        }
        for (JsonNode user : realm.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                if (credential.has("value") || credential.has("secretData") || credential.has("hashedSaltedValue")) {
                    violations.add(id + ": user " + user.path("username").asText() + " has a literal credential");
                }
            }
        }
        return violations;
    }

    // ------------------------------------------------------------------ network policies

    static final Peer INGRESS_CONTROLLER = Peer.pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"));
    static final Peer PROMETHEUS = Peer.pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"));
    static final Peer CNPG_OPERATOR = Peer.pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"));
    static final Peer KUBE_DNS = Peer.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));
    static final Peer INTERNET = Peer.address("internet", "203.0.113.7");
    static final Peer OTEL_COLLECTOR = Peer.pod(KuraTopology.OTEL_COLLECTOR, "observability",
            Map.of("app.kubernetes.io/name", "opentelemetry-collector"));

    /** The pods of the overlay: workloads' templates, and CloudNativePG instances as the operator labels them. */
    static Map<String, Peer> internalPeers(Manifests manifests) {
        Map<String, Peer> peers = new LinkedHashMap<>();
        for (Workload workload : workloads(manifests)) {
            Map<String, String> labels = workload.template().getMetadata().getLabels();
            String name = labels.getOrDefault("app.kubernetes.io/name", workload.owner().getMetadata().getName());
            peers.put(name, Peer.pod(name, workload.owner().getMetadata().getNamespace(), labels));
        }
        for (GenericKubernetesResource cluster : manifests.custom("Cluster").toList()) {
            Map<String, String> labels = new HashMap<>();
            Map<String, Object> inherited = cluster.get("spec", "inheritedMetadata", "labels");
            if (inherited != null) {
                inherited.forEach((k, v) -> labels.put(k, String.valueOf(v)));
            }
            labels.put("cnpg.io/cluster", cluster.getMetadata().getName());
            labels.put("cnpg.io/podRole", "instance");
            peers.put(cluster.getMetadata().getName(), Peer.pod(cluster.getMetadata().getName(), cluster.getMetadata().getNamespace(), labels));
        }
        return peers;
    }

    /**
     * Default deny in every namespace with pods, and exactly the expected connections allowed: computed from the
     * policies for every pair of peers (including a stranger pod in the namespace and a pod of another namespace)
     * on every port that appears anywhere.
     */
    static List<String> networkPolicyViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<NetworkPolicy> policies = manifests.of(NetworkPolicy.class).toList();
        Map<String, Peer> internal = internalPeers(manifests);
        Set<String> namespaces = new TreeSet<>();
        internal.values().forEach(p -> namespaces.add(String.valueOf(p.namespace())));
        for (String namespace : namespaces) {
            boolean defaultDeny = policies.stream().anyMatch(p -> namespace.equals(p.getMetadata().getNamespace())
                    && isEmpty(p.getSpec().getPodSelector())
                    && NetworkPolicyEvaluator.policyTypes(p).containsAll(List.of("Ingress", "Egress"))
                    && p.getSpec().getIngress().isEmpty() && p.getSpec().getEgress().isEmpty());
            if (!defaultDeny) {
                violations.add("namespace " + namespace + ": no default-deny NetworkPolicy for Ingress and Egress");
            }
        }
        if (namespaces.size() != 1) {
            violations.add("expected one namespace for all pods, got " + namespaces);
            return violations;
        }
        String namespace = namespaces.iterator().next();
        Peer stranger = Peer.pod("stranger", namespace, Map.of("app.kubernetes.io/name", "stranger"));
        Peer otherNamespace = Peer.pod("other-namespace", "other", Map.of("app.kubernetes.io/name", "gateway"));
        List<Peer> outside = List.of(INGRESS_CONTROLLER, PROMETHEUS, CNPG_OPERATOR, KUBE_DNS, INTERNET, OTEL_COLLECTOR, stranger,
                otherNamespace);

        Set<Integer> ports = new TreeSet<>(List.of(53, 443, 5432, 6443, 8000));
        for (Workload workload : workloads(manifests)) {
            workload.template().getSpec().getContainers().forEach(c -> c.getPorts().forEach(p -> ports.add(p.getContainerPort())));
        }
        for (NetworkPolicy policy : policies) {
            policy.getSpec().getIngress().forEach(r -> r.getPorts().forEach(p -> addPort(ports, p.getPort())));
            policy.getSpec().getEgress().forEach(r -> r.getPorts().forEach(p -> addPort(ports, p.getPort())));
        }

        List<Peer> everyone = new ArrayList<>(internal.values());
        everyone.addAll(outside);
        Set<String> names = new HashSet<>();
        everyone.forEach(p -> names.add(p.name()));
        Set<String> expected = new TreeSet<>(KuraTopology.expectedFlows(names, manifests.custom("Cluster").findAny().isPresent()));
        List<String> inNamespace = new ArrayList<>(internal.keySet());
        inNamespace.add(stranger.name());
        for (String peer : inNamespace) {
            expected.add(KuraTopology.flow(peer, "kube-dns", 53, "UDP"));
            expected.add(KuraTopology.flow(peer, "kube-dns", 53, "TCP"));
        }

        // Each side on its own: the destination's ingress rules and the source's egress rules must both say
        // exactly what Kura needs, so that neither side relies on the other to keep a door shut.
        NetworkPolicyEvaluator evaluator = new NetworkPolicyEvaluator(policies);
        for (Peer from : everyone) {
            for (Peer to : everyone) {
                boolean fromInside = namespace.equals(from.namespace());
                boolean toInside = namespace.equals(to.namespace());
                for (int port : ports) {
                    for (String protocol : port == 53 ? List.of("UDP", "TCP") : List.of("TCP")) {
                        String flow = KuraTopology.flow(from.name(), to.name(), port, protocol);
                        boolean needed = expected.contains(flow);
                        if (toInside && evaluator.allows(from, to, port, protocol, true, false) != needed) {
                            violations.add("NetworkPolicy ingress: " + (needed ? "refuses " + flow + ", which Kura needs"
                                    : "allows " + flow + ", which nothing needs"));
                        }
                        if (fromInside && evaluator.allows(from, to, port, protocol, false, true) != needed) {
                            violations.add("NetworkPolicy egress: " + (needed ? "refuses " + flow + ", which Kura needs"
                                    : "allows " + flow + ", which nothing needs"));
                        }
                    }
                }
            }
        }
        return violations;
    }

    private static void addPort(Set<Integer> ports, io.fabric8.kubernetes.api.model.IntOrString port) {
        if (port != null && port.getIntVal() != null) {
            ports.add(port.getIntVal());
        }
    }

    private static boolean isEmpty(io.fabric8.kubernetes.api.model.LabelSelector selector) {
        return selector == null || ((selector.getMatchLabels() == null || selector.getMatchLabels().isEmpty())
                && (selector.getMatchExpressions() == null || selector.getMatchExpressions().isEmpty()));
    }

    // ------------------------------------------------------------------ schema

    /**
     * fabric8 keeps fields it does not know (a typo such as "readinesProbe", a field at the wrong level) in
     * "additionalProperties": any there means the manifest does not match the Kubernetes schema.
     */
    static List<String> unknownFieldViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (HasMetadata object : manifests.all()) {
            if (object instanceof GenericKubernetesResource) {
                continue;
            }
            walk(Manifests.id(object), object, violations, 0);
        }
        return violations;
    }

    private static final ClassValue<List<Method>> GETTERS = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getMethods())
                    .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
                            && m.getName().startsWith("get") && m.getDeclaringClass() != Object.class)
                    .toList();
        }
    };

    private static void walk(String path, Object node, List<String> violations, int depth) {
        if (node == null || depth > 40) {
            return;
        }
        if (node instanceof Collection<?> collection) {
            int i = 0;
            for (Object item : collection) {
                walk(path + "[" + i++ + "]", item, violations, depth + 1);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path + "." + k, v, violations, depth + 1));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method method : GETTERS.get(node.getClass())) {
            Object value;
            try {
                value = method.invoke(node);
            } catch (IllegalAccessException | InvocationTargetException e) {
                continue;
            }
            String field = Character.toLowerCase(method.getName().charAt(3)) + method.getName().substring(4);
            if (method.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    violations.add(path + ": unknown field(s) " + new TreeSet<>(extra.keySet().stream().map(Objects::toString).toList()));
                }
                continue;
            }
            walk(path + "." + field, value, violations, depth + 1);
        }
    }

    // ------------------------------------------------------------------ availability and exposure

    /** Prod: at least two replicas of everything, an HPA per Kura service, a PDB per Deployment, 3 PostgreSQL instances. */
    static List<String> productionViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        for (Deployment deployment : manifests.of(Deployment.class).toList()) {
            String name = deployment.getMetadata().getName();
            Integer replicas = deployment.getSpec().getReplicas();
            if (replicas == null || replicas < 2) {
                violations.add("Deployment/" + name + ": replicas " + replicas + " < 2");
            }
            Map<String, String> labels = deployment.getSpec().getTemplate().getMetadata().getLabels();
            boolean pdb = manifests.of(PodDisruptionBudget.class).anyMatch(p ->
                    NetworkPolicyEvaluator.matches(p.getSpec().getSelector(), labels)
                            && (p.getSpec().getMinAvailable() != null || p.getSpec().getMaxUnavailable() != null));
            if (!pdb) {
                violations.add("Deployment/" + name + ": no PodDisruptionBudget");
            }
        }
        for (KuraService service : KuraTopology.SERVICES) {
            boolean hpa = manifests.of(HorizontalPodAutoscaler.class).anyMatch(h ->
                    "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && service.name().equals(h.getSpec().getScaleTargetRef().getName())
                            && h.getSpec().getMinReplicas() != null && h.getSpec().getMinReplicas() >= 2
                            && h.getSpec().getMaxReplicas() > h.getSpec().getMinReplicas());
            if (!hpa) {
                violations.add("Deployment/" + service.name() + ": no HorizontalPodAutoscaler with minReplicas >= 2");
            }
        }
        violations.addAll(cloudNativePgViolations(manifests));
        violations.addAll(databaseRoleViolations(manifests));
        return violations;
    }

    static List<String> cloudNativePgViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        List<String> databases = new ArrayList<>(KuraTopology.withDatabase().stream().map(KuraService::database).toList());
        databases.add("keycloak");
        for (String database : databases) {
            var cluster = manifests.custom("Cluster").filter(c -> (database + "-db").equals(c.getMetadata().getName())).findFirst();
            if (cluster.isEmpty()) {
                violations.add("Cluster/" + database + "-db: missing");
                continue;
            }
            Object instances = cluster.get().get("spec", "instances");
            if (!(instances instanceof Number n) || n.intValue() != 3) {
                violations.add("Cluster/" + database + "-db: instances " + instances + ", expected 3");
            }
            if (!database.equals(cluster.get().get("spec", "bootstrap", "initdb", "database"))) {
                violations.add("Cluster/" + database + "-db: does not create database " + database);
            }
            if (!database.equals(cluster.get().get("spec", "inheritedMetadata", "labels", "kura.japanautoparts.com/database"))) {
                violations.add("Cluster/" + database + "-db: pods not labelled kura.japanautoparts.com/database=" + database);
            }
        }
        return violations;
    }

    /**
     * The gateway is published over TLS from a named Secret, at {@code /api}; no path is a catch-all ({@code /}), and
     * none reaches {@code /q/*} or {@code /internal/*} of anything (management and internal APIs are never public).
     */
    static List<String> ingressViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        boolean gateway = false;
        for (Ingress ingress : manifests.of(Ingress.class).toList()) {
            String id = Manifests.id(ingress);
            Set<String> tlsHosts = new HashSet<>();
            for (IngressTLS tls : ingress.getSpec().getTls()) {
                if (tls.getSecretName() == null || tls.getSecretName().isBlank()) {
                    violations.add(id + ": TLS without a secretName");
                } else {
                    tlsHosts.addAll(tls.getHosts());
                }
            }
            for (var rule : ingress.getSpec().getRules()) {
                if (rule.getHost() == null || !tlsHosts.contains(rule.getHost())) {
                    violations.add(id + ": host " + rule.getHost() + " is served without TLS");
                }
                for (var path : rule.getHttp().getPaths()) {
                    String backend = path.getBackend().getService().getName();
                    String prefix = path.getPath() == null ? "/" : path.getPath();
                    gateway |= "gateway".equals(backend) && ("/api".equals(prefix) || "/api/".equals(prefix));
                    if (!Set.of("gateway", "keycloak").contains(backend)) {
                        violations.add(id + ": publishes " + backend + "; only the gateway and Keycloak are public");
                    }
                    boolean exact = "Exact".equals(path.getPathType());
                    if (prefix.isEmpty() || (!exact && (prefix.equals("/")
                            || covers(prefix, "/q/metrics") || covers(prefix, "/internal/retention")))) {
                        violations.add(id + ": path " + prefix + " (" + path.getPathType() + ") reaches /q/* or /internal/*"
                                + " or everything; name each public path (/api for the gateway)");
                    }
                }
            }
        }
        if (!gateway) {
            violations.add("Ingress: none routes /api to the gateway");
        }
        return violations;
    }

    /** Whether an Ingress prefix path matches the request path (whole segments, as Kubernetes' Prefix type does). */
    private static boolean covers(String prefix, String requestPath) {
        String trimmed = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return requestPath.equals(trimmed) || requestPath.startsWith(trimmed + "/");
    }

    // ------------------------------------------------------------------ logs and traces

    static final String OBSERVABILITY_CONFIG = "kura-observability";
    static final String OTLP_ENDPOINT = "http://" + KuraTopology.OTEL_COLLECTOR + ".observability.svc:" + KuraTopology.OTLP_PORT;

    /**
     * The gateway and every service read the ConfigMap kura-observability: JSON logs on, and traces sent to the OTLP
     * collector (the peer the network policies let them reach); without an endpoint kura-common records no spans at all.
     */
    static List<String> observabilityViolations(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        var config = manifests.of(ConfigMap.class)
                .filter(c -> c.getMetadata().getName().startsWith(OBSERVABILITY_CONFIG + "-")
                        || c.getMetadata().getName().equals(OBSERVABILITY_CONFIG))
                .findFirst();
        if (config.isEmpty()) {
            violations.add("ConfigMap/" + OBSERVABILITY_CONFIG + ": missing");
            return violations;
        }
        Map<String, String> data = config.get().getData() == null ? Map.of() : config.get().getData();
        if (!"true".equals(data.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"))) {
            violations.add("ConfigMap/" + OBSERVABILITY_CONFIG + ": QUARKUS_LOG_CONSOLE_JSON_ENABLED must be true, got "
                    + data.get("QUARKUS_LOG_CONSOLE_JSON_ENABLED"));
        }
        if (!OTLP_ENDPOINT.equals(data.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"))) {
            violations.add("ConfigMap/" + OBSERVABILITY_CONFIG + ": QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT must be " + OTLP_ENDPOINT
                    + " (the collector the network policies allow), got " + data.get("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"));
        }
        String name = config.get().getMetadata().getName();
        for (KuraService service : KuraTopology.SERVICES) {
            if (!KuraTopology.traced(service)) {
                continue;
            }
            manifests.named(Deployment.class, service.name()).ifPresent(deployment -> {
                Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
                boolean reads = container.getEnvFrom().stream()
                        .anyMatch(e -> e.getConfigMapRef() != null && name.equals(e.getConfigMapRef().getName()));
                if (!reads) {
                    violations.add("Deployment/" + service.name() + ": no ConfigMap " + OBSERVABILITY_CONFIG + " in envFrom");
                }
            });
        }
        return violations;
    }

    /** Every rule that holds for all overlays. */
    static List<String> all(Manifests manifests) {
        List<String> violations = new ArrayList<>();
        violations.addAll(unknownFieldViolations(manifests));
        violations.addAll(workloadViolations(manifests));
        violations.addAll(kuraServiceViolations(manifests));
        violations.addAll(ledgerKeyViolations(manifests));
        violations.addAll(literalSecretViolations(manifests));
        violations.addAll(networkPolicyViolations(manifests));
        violations.addAll(ingressViolations(manifests));
        violations.addAll(observabilityViolations(manifests));
        return violations;
    }
}
