package io.eksform.engine.kinds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.engine.apply.DeleteRoleStep;
import io.eksform.engine.apply.EnsureRoleStep;
import io.eksform.engine.apply.Replacing;
import io.eksform.engine.apply.UnsupportedStep;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import io.eksform.engine.resource.addon.AddonStep;
import io.eksform.engine.resource.fargate.CreateFargateProfileStep;
import io.eksform.engine.resource.fargate.DeleteFargateProfileStep;
import io.eksform.engine.resource.namespace.DeleteNamespaceStep;
import io.eksform.engine.resource.nodegroup.CreateNodeGroupStep;
import io.eksform.engine.resource.nodegroup.DeleteNodeGroupStep;
import io.eksform.engine.resource.oidc.DeleteOidcProviderStep;
import io.eksform.engine.resource.serviceaccount.DeleteKubernetesServiceAccountStep;
import io.eksform.engine.resource.serviceaccount.EnsureKubernetesServiceAccountStep;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The steps of each replacement, in the order the recorded strategy asks for. */
class StepFactoryTest {
  static final JsonMapper MAPPER = JsonMapper.builder().build();

  static Change replace(String address, String before, String after, ReplaceStrategy s) {
    return new Change(
        ResourceAddress.parse(address),
        Action.REPLACE,
        json(before),
        json(after),
        List.of(),
        List.of(),
        List.of(),
        "",
        Optional.of(Replacement.of(s, "test")));
  }

  static JsonNode json(String text) {
    return MAPPER.readTree(text.replace('\'', '"'));
  }

  static List<Class<?>> steps(Change change) {
    return new StepFactory().steps(change).stream().<Class<?>>map(Object::getClass).toList();
  }

  @Test
  void createBeforeDestroyCreatesFirstAndDestroyBeforeCreateDeletesFirst() {
    for (String type : List.of("managed_nodegroup", "fargate_profile")) {
      Class<?> create =
          type.equals("fargate_profile")
              ? CreateFargateProfileStep.class
              : CreateNodeGroupStep.class;
      Class<?> delete =
          type.equals("fargate_profile")
              ? DeleteFargateProfileStep.class
              : DeleteNodeGroupStep.class;
      String address = type + ".x";
      assertEquals(
          List.of(create, delete),
          steps(replace(address, "{'name': 'x'}", "{}", ReplaceStrategy.CREATE_BEFORE_DESTROY)));
      assertEquals(
          List.of(delete, create),
          steps(replace(address, "{'name': 'x'}", "{}", ReplaceStrategy.DESTROY_BEFORE_CREATE)));
    }
  }

  @Test
  void aNodeGroupsOwnRoleGoesAfterTheOldGroupWhenTheNewOneDoesNotUseIt() {
    String address = "managed_nodegroup.x";
    String before = "{'name': 'x', 'role_name': 'nodes-a'}";
    assertEquals(
        List.of(CreateNodeGroupStep.class, DeleteNodeGroupStep.class, DeleteRoleStep.class),
        steps(
            replace(
                address,
                before,
                "{'role_name': 'nodes-b'}",
                ReplaceStrategy.CREATE_BEFORE_DESTROY)));
    assertEquals(
        List.of(DeleteNodeGroupStep.class, CreateNodeGroupStep.class, DeleteRoleStep.class),
        steps(replace(address, before, "{}", ReplaceStrategy.DESTROY_BEFORE_CREATE)));
    assertEquals(
        List.of(CreateNodeGroupStep.class, DeleteNodeGroupStep.class),
        steps(
            replace(
                address,
                before,
                "{'role_name': 'nodes-a'}",
                ReplaceStrategy.CREATE_BEFORE_DESTROY)),
        "the new group keeps the role");
  }

  @Test
  void anAddOnIsDeletedThenCreated() {
    assertEquals(
        List.of(AddonStep.class, AddonStep.class),
        steps(
            replace(
                "addon.vpc-cni",
                "{'name': 'vpc-cni'}",
                "{'name': 'vpc-cni'}",
                ReplaceStrategy.DESTROY_BEFORE_CREATE)));
  }

  /** The steps of replacing service account new/sa, destroying before creating. */
  static List<Class<?>> serviceAccountSteps(String before, String after) {
    return steps(
        replace(
            "iam_service_account.new/sa", before, after, ReplaceStrategy.DESTROY_BEFORE_CREATE));
  }

  @Test
  void aServiceAccountDeletesItsOldRoleFirstThenTheAccountThenCreatesBoth() {
    String before = "{'namespace': 'old', 'name': 'sa', 'role_name': 'r1', 'annotations': {}}";
    String after = "{'namespace': 'new', 'name': 'sa', 'role_name': 'r2', 'annotations': {}}";
    assertEquals(
        List.of(
            DeleteRoleStep.class,
            DeleteKubernetesServiceAccountStep.class,
            EnsureRoleStep.class,
            EnsureKubernetesServiceAccountStep.class),
        serviceAccountSteps(before, after));
    // Same role, moved namespace: the role is kept and updated, the old account deleted.
    String sameRole = "{'namespace': 'new', 'name': 'sa', 'role_name': 'r1', 'annotations': {}}";
    assertEquals(
        List.of(
            DeleteKubernetesServiceAccountStep.class,
            EnsureRoleStep.class,
            EnsureKubernetesServiceAccountStep.class),
        serviceAccountSteps(before, sameRole));
  }

  static Change delete(String address, String before) {
    return new Change(
        ResourceAddress.parse(address),
        Action.DELETE,
        json(before),
        json("null"),
        List.of(),
        List.of(),
        List.of(),
        "");
  }

  @Test
  void aPrunedServiceAccountLosesItsKubernetesServiceAccountFirstThenEachRole() {
    assertEquals(
        List.of(
            DeleteKubernetesServiceAccountStep.class, DeleteRoleStep.class, DeleteRoleStep.class),
        steps(
            delete(
                "iam_service_account.team/app",
                "{'namespace': 'team', 'name': 'app', 'role_names': ['r1', 'r2'],"
                    + " 'annotations': {}}")));
    assertEquals(
        List.of(DeleteRoleStep.class),
        steps(
            delete(
                "iam_service_account.team/app",
                "{'namespace': 'team', 'name': 'app', 'role_names': ['r1']}")));
    assertEquals(
        List.of(DeleteKubernetesServiceAccountStep.class),
        steps(
            delete("kubernetes_service_account.team/app", "{'namespace': 'team', 'name': 'app'}")));
  }

  @Test
  void eachPrunedKindHasItsDeleteStep() {
    assertEquals(
        List.of(DeleteOidcProviderStep.class),
        steps(delete("oidc_provider", "{'arn': 'arn:aws:iam::1:oidc-provider/x'}")));
    assertEquals(
        List.of(DeleteNamespaceStep.class),
        steps(delete("kubernetes_namespace.team", "{'name': 'team'}")));
    for (String role : List.of("node_role", "fargate_pod_execution_role")) {
      assertEquals(List.of(DeleteRoleStep.class), steps(delete(role, "{'role_name': 'r'}")));
    }
  }

  @Test
  void aReplacementWithoutARecordedStrategyFails() {
    Change undecided =
        new Change(
            ResourceAddress.parse("addon.x"),
            Action.REPLACE,
            json("{}"),
            json("{}"),
            List.of(),
            List.of(),
            List.of(),
            "");
    assertEquals(List.of(UnsupportedStep.class), steps(undecided));
  }

  @Test
  void aReplacementNameStaysWithinEksLimitAndIsStable() {
    Change change =
        replace(
            "managed_nodegroup.x",
            "{'name':'x'}",
            "{'name':'x','instanceType':'m5.large'}",
            ReplaceStrategy.CREATE_BEFORE_DESTROY);
    String longName = "n".repeat(ManagedNames.MAX_EKS_NAME);

    String shortReplacement = Replacing.replacementName("ng-1", "ng-1", change);
    String longReplacement = Replacing.replacementName(longName, longName, change);

    assertTrue(shortReplacement.matches("ng-1-[0-9a-f]{6}"), shortReplacement);
    assertEquals(ManagedNames.MAX_EKS_NAME, longReplacement.length());
    assertEquals(longReplacement, Replacing.replacementName(longName, longName, change));
    assertEquals(
        longName,
        Replacing.replacementName(longName, longReplacement, change),
        "a live suffixed copy gives the name back");
  }
}
