package io.eksform.engine.live;

import io.eksform.engine.problem.UserFacingException;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reads namespaces and the service accounts of the namespaces a config names. */
final class KubernetesReader {
  private final KubernetesClient client;
  private final String cluster;

  KubernetesReader(KubernetesClient client, String cluster) {
    this.client = client;
    this.cluster = cluster;
  }

  Set<String> namespaces() {
    try {
      Set<String> out = new TreeSet<>();
      for (Namespace ns : client.namespaces().list().getItems()) {
        out.add(ns.getMetadata().getName());
      }
      return out;
    } catch (KubernetesClientException e) {
      throw failure("list namespaces", e);
    }
  }

  List<LiveServiceAccount> serviceAccounts(Collection<String> namespaces) {
    List<LiveServiceAccount> out = new ArrayList<>();
    try {
      for (String ns : namespaces) {
        for (ServiceAccount sa : client.serviceAccounts().inNamespace(ns).list().getItems()) {
          var meta = sa.getMetadata();
          out.add(
              new LiveServiceAccount(
                  ns, meta.getName(), orEmpty(meta.getLabels()), orEmpty(meta.getAnnotations())));
        }
      }
      return out;
    } catch (KubernetesClientException e) {
      throw failure("list service accounts", e);
    }
  }

  private UserFacingException failure(String what, KubernetesClientException e) {
    String hint =
        e.getCode() == 401 || e.getCode() == 403
            ? "the identity eksform runs as needs access to the cluster (an EKS access entry or"
                + " the aws-auth ConfigMap)"
            : "check that the cluster endpoint is reachable from here";
    return new UserFacingException(
        "cannot " + what + " in cluster '" + cluster + "': " + firstLine(e.getMessage()),
        hint,
        1,
        e);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "no answer";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static Map<String, String> orEmpty(Map<String, String> m) {
    return m == null ? Map.of() : m;
  }
}
