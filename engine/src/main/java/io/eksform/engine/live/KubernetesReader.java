package io.eksform.engine.live;

import io.eksform.engine.desired.ManagedNames;
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

/**
 * Reads namespaces, the service accounts of the namespaces a config names, and what eksform created
 * (by its label): service accounts anywhere, and namespaces with what they hold.
 */
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
          out.add(live(sa));
        }
      }
      return out;
    } catch (KubernetesClientException e) {
      throw failure("list service accounts", e);
    }
  }

  /** The service accounts of every namespace that carry eksform's label. */
  List<LiveServiceAccount> serviceAccountsEksformCreated() {
    try {
      return client
          .serviceAccounts()
          .inAnyNamespace()
          .withLabel(ManagedNames.MANAGED_BY_LABEL, "eksform")
          .list()
          .getItems()
          .stream()
          .map(KubernetesReader::live)
          .toList();
    } catch (KubernetesClientException e) {
      throw failure("list service accounts", e);
    }
  }

  /**
   * The namespaces that carry eksform's label, each with its service accounts (but the default one)
   * and the number of its pods: what decides whether it is empty.
   */
  List<LiveNamespace> namespacesEksformCreated() {
    List<LiveNamespace> out = new ArrayList<>();
    try {
      for (Namespace ns :
          client
              .namespaces()
              .withLabel(ManagedNames.MANAGED_BY_LABEL, "eksform")
              .list()
              .getItems()) {
        String name = ns.getMetadata().getName();
        List<String> accounts =
            client.serviceAccounts().inNamespace(name).list().getItems().stream()
                .map(sa -> sa.getMetadata().getName())
                .filter(n -> !n.equals("default"))
                .toList();
        int pods = client.pods().inNamespace(name).list().getItems().size();
        boolean terminating =
            ns.getMetadata().getDeletionTimestamp() != null
                || (ns.getStatus() != null && "Terminating".equals(ns.getStatus().getPhase()));
        out.add(
            new LiveNamespace(
                name, orEmpty(ns.getMetadata().getLabels()), terminating, accounts, pods));
      }
      return out;
    } catch (KubernetesClientException e) {
      throw failure("read the namespaces eksform created", e);
    }
  }

  private static LiveServiceAccount live(ServiceAccount sa) {
    var meta = sa.getMetadata();
    return new LiveServiceAccount(
        meta.getNamespace(),
        meta.getName(),
        orEmpty(meta.getLabels()),
        orEmpty(meta.getAnnotations()));
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
