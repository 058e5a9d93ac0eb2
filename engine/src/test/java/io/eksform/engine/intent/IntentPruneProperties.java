package io.eksform.engine.intent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The applied state of check's intent plans holds what eksform's apply would create, with its tags
 * and labels: emptying a config plans a delete for every object the config created, and nothing
 * else.
 */
class IntentPruneProperties {
  private static final Provenance PROVENANCE =
      new Provenance("test", "c.yaml", "digest", "policies", Optional.empty());
  private static final String HEAD =
      "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n"
          + "metadata:\n  name: shop\n  region: eu-west-1\n";

  /** Sections a config may hold; each names objects eksform creates. */
  private static final List<String> SECTIONS =
      List.of(
          "iam:\n  withOIDC: true\n  serviceAccounts:\n"
              + "    - metadata: {name: catalog, namespace: shop}\n"
              + "      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]\n"
              + "    - metadata: {name: batch, namespace: jobs}\n"
              + "      roleOnly: true\n"
              + "      roleName: shop-batch\n"
              + "      attachPolicyARNs: [arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess]\n",
          "iam:\n  withOIDC: true\n",
          "fargateProfiles:\n  - name: fp-apps\n    selectors: [{namespace: apps}]\n",
          "managedNodeGroups:\n  - name: ng-1\n    instanceType: m5.large\n",
          "addons:\n  - name: vpc-cni\n    version: v1.18.0-eksbuild.1\n");

  @Property(tries = 40)
  void emptyingAConfigDeletesWhatItCreated(@ForAll("configs") List<Integer> sections) {
    StringBuilder yaml = new StringBuilder(HEAD);
    boolean iam = false;
    for (int i : sections) {
      // One iam section: the service accounts one includes withOIDC.
      if (i <= 1) {
        if (iam) {
          continue;
        }
        iam = true;
      }
      yaml.append(SECTIONS.get(i));
    }
    ClusterSpec base = IntentPlannerTest.spec(yaml.toString());
    ClusterSpec empty = IntentPlannerTest.spec(HEAD);
    Plan created = IntentPlanner.plan(Optional.empty(), base, PROVENANCE).plan();
    Plan emptied = IntentPlanner.plan(Optional.of(base), empty, PROVENANCE).plan();
    assertEquals(addresses(created, Action.CREATE), addresses(emptied, Action.DELETE));
    assertEquals(
        addresses(emptied, Action.DELETE).size(),
        emptied.effectiveChanges().size(),
        emptied.effectiveChanges()::toString);
  }

  @Provide
  Arbitrary<List<Integer>> configs() {
    return Arbitraries.integers().between(0, SECTIONS.size() - 1).list().uniqueElements();
  }

  private static Set<String> addresses(Plan plan, Action action) {
    return plan.effectiveChanges().stream()
        .filter(c -> c.action() == action)
        .map(c -> c.address().toString())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
