package com.japanautoparts.kura.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decides, by the Kubernetes NetworkPolicy semantics, whether a connection from one peer to another is allowed:
 * the destination's namespace must let it in (if any policy isolates the destination for ingress) and the
 * source's namespace must let it out (likewise for egress). Fails loudly on features it does not model
 * (named ports, port ranges, IPv6 blocks) rather than guessing.
 */
final class NetworkPolicyEvaluator {

    /** A pod (ip == null) or an address outside the cluster's pods. */
    record Peer(String name, String namespace, Map<String, String> labels, String ip) {
        static Peer pod(String name, String namespace, Map<String, String> labels) {
            return new Peer(name, namespace, Map.copyOf(labels), null);
        }

        static Peer address(String name, String ip) {
            return new Peer(name, null, Map.of(), ip);
        }

        Map<String, String> namespaceLabels() {
            return namespace == null ? Map.of() : Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkPolicyEvaluator(List<NetworkPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /**
     * @param checkIngress whether the destination's namespace is ours (its policies decide)
     * @param checkEgress whether the source's namespace is ours
     */
    boolean allows(Peer from, Peer to, int port, String protocol, boolean checkIngress, boolean checkEgress) {
        return (!checkIngress || admits(to, from, port, protocol, true))
                && (!checkEgress || admits(from, to, port, protocol, false));
    }

    /** Whether the policies selecting {@code subject} admit traffic with {@code other} in the given direction. */
    private boolean admits(Peer subject, Peer other, int port, String protocol, boolean ingress) {
        String type = ingress ? "Ingress" : "Egress";
        boolean isolated = false;
        for (NetworkPolicy policy : policies) {
            if (!Objects.equals(policy.getMetadata().getNamespace(), subject.namespace())
                    || !matches(policy.getSpec().getPodSelector(), subject.labels())
                    || !policyTypes(policy).contains(type)) {
                continue;
            }
            isolated = true;
            if (ingress) {
                for (var rule : policy.getSpec().getIngress()) {
                    if (portsMatch(rule.getPorts(), port, protocol) && peersMatch(rule.getFrom(), other, subject.namespace())) {
                        return true;
                    }
                }
            } else {
                for (var rule : policy.getSpec().getEgress()) {
                    if (portsMatch(rule.getPorts(), port, protocol) && peersMatch(rule.getTo(), other, subject.namespace())) {
                        return true;
                    }
                }
            }
        }
        return !isolated;
    }

    static List<String> policyTypes(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        // The API's default: Ingress always, Egress when egress rules are present.
        return policy.getSpec().getEgress() == null || policy.getSpec().getEgress().isEmpty()
                ? List.of("Ingress") : List.of("Ingress", "Egress");
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            if (p.getEndPort() != null) {
                throw new IllegalStateException("port ranges (endPort) are not modelled");
            }
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                continue;
            }
            IntOrString number = p.getPort();
            if (number == null) {
                return true;
            }
            if (number.getIntVal() == null) {
                throw new IllegalStateException("named ports are not modelled: " + number.getStrVal());
            }
            if (number.getIntVal() == port) {
                return true;
            }
        }
        return false;
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Peer other, String policyNamespace) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                if (other.ip() != null && inBlock(peer.getIpBlock(), other.ip())) {
                    return true;
                }
                continue;
            }
            if (other.ip() != null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? Objects.equals(other.namespace(), policyNamespace)
                    : matches(peer.getNamespaceSelector(), other.namespaceLabels());
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), other.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null) {
            for (var entry : selector.getMatchLabels().entrySet()) {
                if (!entry.getValue().equals(labels.get(entry.getKey()))) {
                    return false;
                }
            }
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
                String value = labels.get(requirement.getKey());
                boolean ok = switch (requirement.getOperator()) {
                    case "In" -> value != null && requirement.getValues().contains(value);
                    case "NotIn" -> value == null || !requirement.getValues().contains(value);
                    case "Exists" -> value != null;
                    case "DoesNotExist" -> value == null;
                    default -> throw new IllegalStateException("unknown selector operator " + requirement.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inBlock(IPBlock block, String ip) {
        if (!inCidr(block.getCidr(), ip)) {
            return false;
        }
        if (block.getExcept() != null) {
            for (String except : block.getExcept()) {
                if (inCidr(except, ip)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean inCidr(String cidr, String ip) {
        if (cidr.contains(":") || ip.contains(":")) {
            throw new IllegalStateException("IPv6 blocks are not modelled: " + cidr);
        }
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (ipv4(parts[0]) & mask) == (ipv4(ip) & mask);
    }

    private static long ipv4(String address) {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Integer.parseInt(octet);
        }
        return value;
    }
}
