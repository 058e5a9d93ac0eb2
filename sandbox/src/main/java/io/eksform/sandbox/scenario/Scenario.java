package io.eksform.sandbox.scenario;

import io.eksform.sandbox.state.Account;
import java.util.List;

/**
 * What a scenario seeds: the account, and the Kubernetes objects its clusters hold beyond the ones
 * every EKS cluster starts with.
 */
public record Scenario(Account account, List<KubernetesSeed> kubernetes) {

  /** Copies the list. */
  public Scenario {
    kubernetes = List.copyOf(kubernetes);
  }
}
