package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Creates the Kubernetes service account of an IRSA binding with its role annotation and labels, or
 * adds them to the one that exists (keeping annotations and labels others set).
 */
public final class EnsureKubernetesServiceAccountStep implements Step {
  private final JsonNode after;
  private final String verb;

  EnsureKubernetesServiceAccountStep(JsonNode after, String verb) {
    this.after = after;
    this.verb = verb;
  }

  @Override
  public String verb() {
    return verb;
  }

  @Override
  public void run(StepContext ctx) {
    String namespace = Fields.text(after, "namespace");
    String name = Fields.text(after, "name");
    Map<String, String> annotations = Fields.map(after, "annotations");
    Map<String, String> labels = Fields.map(after, "labels");
    try {
      var resource = ctx.kube().serviceAccounts().inNamespace(namespace).withName(name);
      ServiceAccount existing = resource.get();
      if (existing == null) {
        ctx.kube()
            .serviceAccounts()
            .inNamespace(namespace)
            .resource(
                new ServiceAccountBuilder()
                    .withNewMetadata()
                    .withNamespace(namespace)
                    .withName(name)
                    .withAnnotations(annotations)
                    .withLabels(labels)
                    .endMetadata()
                    .build())
            .create();
        return;
      }
      resource.edit(
          sa -> {
            sa.getMetadata().setAnnotations(merged(sa.getMetadata().getAnnotations(), annotations));
            sa.getMetadata().setLabels(merged(sa.getMetadata().getLabels(), labels));
            return sa;
          });
    } catch (KubernetesClientException e) {
      throw new StepFailedException(
          "cannot write service account " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, String> merged(Map<String, String> old, Map<String, String> wanted) {
    Map<String, String> out = new TreeMap<>();
    if (old != null) {
      out.putAll(old);
    }
    out.putAll(wanted);
    return out;
  }
}
