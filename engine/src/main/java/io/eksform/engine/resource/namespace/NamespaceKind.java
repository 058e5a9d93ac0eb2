package io.eksform.engine.resource.namespace;

import io.eksform.engine.apply.Fields;
import io.eksform.engine.apply.Step;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.PlanContext;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.ResourceKind;
import java.util.List;

/**
 * Kubernetes namespaces ({@code kubernetes_namespace}): created for the config's service accounts
 * ({@link NamespacePlanner}), pruned once eksform's are empty and unnamed ({@link
 * NamespacePruner}).
 */
public final class NamespaceKind implements ResourceKind {
  @Override
  public List<String> types() {
    return List.of(ResourceAddress.NAMESPACE);
  }

  @Override
  public void plan(PlanContext ctx) {
    NamespacePlanner.plan(ctx);
  }

  @Override
  public void prune(PlanContext ctx) {
    NamespacePruner.plan(ctx);
  }

  /** Namespaces go with the cluster's Kubernetes API: the destroy names those eksform made. */
  @Override
  public void destroy(PlanContext ctx) {
    ctx.live()
        .managedNamespaces()
        .forEach(
            ns ->
                ctx.noteUnmanaged(
                    ResourceAddress.of(ResourceAddress.NAMESPACE, ns.name())
                        + ": goes with the cluster (EKS deletes its Kubernetes API and all it"
                        + " holds), so it is not deleted on its own"));
  }

  @Override
  public List<Step> steps(Change change) {
    return switch (change.action()) {
      case CREATE, UPDATE -> List.of(new CreateNamespaceStep(change.after()));
      case DELETE -> List.of(new DeleteNamespaceStep(Fields.text(change.before(), "name")));
      default -> List.of(UnsupportedStep.cannot(change));
    };
  }
}
