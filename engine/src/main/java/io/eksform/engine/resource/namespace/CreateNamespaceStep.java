package io.eksform.engine.resource.namespace;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import tools.jackson.databind.JsonNode;

/** Creates a Kubernetes namespace with its labels; an existing one gets the labels added. */
final class CreateNamespaceStep implements Step {
  private final JsonNode after;

  CreateNamespaceStep(JsonNode after) {
    this.after = after;
  }

  @Override
  public String verb() {
    return "creating";
  }

  @Override
  public void run(StepContext ctx) {
    String name = Fields.text(after, "name");
    try {
      var resource = ctx.kube().namespaces().withName(name);
      Namespace existing = resource.get();
      if (existing == null) {
        ctx.kube()
            .namespaces()
            .resource(
                new NamespaceBuilder()
                    .withNewMetadata()
                    .withName(name)
                    .withLabels(Fields.map(after, "labels"))
                    .endMetadata()
                    .build())
            .create();
      } else {
        resource.edit(
            ns -> {
              var labels = new java.util.TreeMap<String, String>();
              if (ns.getMetadata().getLabels() != null) {
                labels.putAll(ns.getMetadata().getLabels());
              }
              labels.putAll(Fields.map(after, "labels"));
              ns.getMetadata().setLabels(labels);
              return ns;
            });
      }
    } catch (KubernetesClientException e) {
      if (e.getCode() == 409) {
        return; // created concurrently: it exists, which is what this step wants
      }
      throw new StepFailedException("cannot create namespace " + name + ": " + e.getMessage(), e);
    }
  }
}
