package io.eksform.engine.apply;

import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Instant;

/**
 * Deletes the Kubernetes service account a replacement leaves behind and waits until the API no
 * longer returns it; one already gone (or whose namespace is gone) is fine.
 */
final class DeleteKubernetesServiceAccountStep implements Step {
  private final String namespace;
  private final String name;

  DeleteKubernetesServiceAccountStep(String namespace, String name) {
    this.namespace = namespace;
    this.name = name;
  }

  @Override
  public String verb() {
    return "deleting";
  }

  @Override
  public void run(StepContext ctx) {
    try {
      var resource = ctx.kube().serviceAccounts().inNamespace(namespace).withName(name);
      if (resource.get() == null) {
        return;
      }
      resource.delete();
      Instant deadline = Instant.now().plus(ctx.settings().waitTimeout());
      while (resource.get() != null) {
        if (Instant.now().isAfter(deadline)) {
          throw new StepFailedException(
              "service account " + namespace + "/" + name + " was still there after its deletion");
        }
        StepContext.pause(ctx.settings().pollInterval());
      }
    } catch (KubernetesClientException e) {
      throw new StepFailedException(
          "cannot delete service account " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
  }
}
