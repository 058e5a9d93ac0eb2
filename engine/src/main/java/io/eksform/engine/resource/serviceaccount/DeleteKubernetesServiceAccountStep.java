package io.eksform.engine.resource.serviceaccount;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.fabric8.kubernetes.client.KubernetesClientException;

/**
 * Deletes a Kubernetes service account eksform created (one a replacement leaves behind, or one the
 * config no longer wants) and waits until the API no longer returns it; one already gone (or whose
 * namespace is gone) is fine.
 */
public final class DeleteKubernetesServiceAccountStep extends DeleteStep {
  private final String namespace;

  DeleteKubernetesServiceAccountStep(String namespace, String name) {
    super(name);
    this.namespace = namespace;
  }

  @Override
  public void run(StepContext ctx) {
    try {
      var resource = ctx.kube().serviceAccounts().inNamespace(namespace).withName(name);
      if (resource.get() == null) {
        return;
      }
      resource.delete();
      waitUntilGone(ctx, () -> resource.get() != null, "service account " + namespace + "/" + name);
    } catch (KubernetesClientException e) {
      throw new StepFailedException(
          "cannot delete service account " + namespace + "/" + name + ": " + e.getMessage(), e);
    }
  }
}
