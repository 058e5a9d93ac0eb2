package io.eksform.engine.resource.namespace;

import io.eksform.engine.apply.DeleteStep;
import io.eksform.engine.apply.StepContext;
import io.eksform.engine.apply.StepFailedException;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.List;

/**
 * Deletes a Kubernetes namespace eksform created and waits until it is gone: Kubernetes keeps it
 * Terminating while its content goes. It is checked first to be still empty (no pods, no service
 * account but the default one), since deleting a namespace deletes what is in it; one already
 * Terminating or gone is fine.
 */
public final class DeleteNamespaceStep extends DeleteStep {
  DeleteNamespaceStep(String name) {
    super(name);
  }

  @Override
  public void run(StepContext ctx) {
    var resource = ctx.kube().namespaces().withName(name);
    try {
      var namespace = resource.get();
      if (namespace == null) {
        return;
      }
      if (namespace.getMetadata().getDeletionTimestamp() == null) {
        refuseUnlessEmpty(ctx);
        resource.delete();
      }
    } catch (KubernetesClientException e) {
      // 409: deleted meanwhile and Terminating; 404: already gone.
      if (e.getCode() != 409 && e.getCode() != 404) {
        throw new StepFailedException("cannot delete namespace " + name + ": " + e.getMessage(), e);
      }
    }
    waitUntilGone(ctx, () -> resource.get() != null, "namespace " + name);
  }

  private void refuseUnlessEmpty(StepContext ctx) {
    int pods = ctx.kube().pods().inNamespace(name).list().getItems().size();
    List<String> accounts =
        ctx.kube().serviceAccounts().inNamespace(name).list().getItems().stream()
            .map(ServiceAccount::getMetadata)
            .map(m -> m.getName())
            .filter(n -> !n.equals("default"))
            .toList();
    if (pods > 0 || !accounts.isEmpty()) {
      throw new StepFailedException(
          "namespace "
              + name
              + " is no longer empty ("
              + pods
              + " pods, service accounts "
              + accounts
              + "); it is not deleted, make a new plan");
    }
  }
}
