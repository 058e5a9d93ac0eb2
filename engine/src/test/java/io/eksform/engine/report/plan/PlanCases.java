package io.eksform.engine.report.plan;

import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ConfigFingerprint;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.PlanTarget;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Fixed plans, built by hand in the shapes the planner makes, that every renderer is tested on: the
 * seed scenario's creation plan, an update in place, a replacement, deletes, no changes, problems
 * with unmanaged objects, and text full of characters that need escaping.
 */
public final class PlanCases {
  static final String ACCOUNT = "123456789012";
  static final String ISSUER =
      "oidc.eks.us-west-2.amazonaws.com/id/5E1A7C0B9D2F4E6A8C1B3D5F7A9E2C4B";
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).build();
  private static final JsonNode NONE = NullNode.getInstance();

  private PlanCases() {}

  /** Every case by name; the name is the folder of its golden files. */
  public static Map<String, Plan> all() {
    Map<String, Plan> cases = new LinkedHashMap<>();
    cases.put("seed-create", seedCreate());
    cases.put("update-in-place", updateInPlace());
    cases.put("replace", replace());
    cases.put("delete", delete());
    cases.put("no-changes", noChanges());
    cases.put("problems-and-unmanaged", problemsAndUnmanaged());
    cases.put("special-characters", specialCharacters());
    cases.put("not-acted-on", notActedOn());
    cases.put("destroy", destroy());
    cases.put("cluster-create", clusterCreate());
    return cases;
  }

  /** The prodcatalog example planned against the sandbox's eksworkshop cluster. */
  public static Plan seedCreate() {
    List<Change> changes = new ArrayList<>();
    changes.add(
        noOp(ResourceAddress.of(ResourceAddress.CLUSTER), "{'name': 'eksworkshop-eksctl'}", ""));
    changes.add(
        create(
            ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
            "{'url': 'https://"
                + ISSUER
                + "', 'arn': 'arn:aws:iam::123456789012:oidc-provider/"
                + ISSUER
                + "', 'client_ids': ['sts.amazonaws.com']}",
            "iam.withOIDC is true and the cluster's issuer has no IAM OIDC provider",
            List.of(),
            "/iam/withOIDC"));
    changes.add(
        create(
            ResourceAddress.of(ResourceAddress.NAMESPACE, "prodcatalog-ns"),
            "{'name': 'prodcatalog-ns', 'labels': {'app.kubernetes.io/managed-by': 'eksform'}}",
            "service accounts live in namespace prodcatalog-ns, which does not exist",
            List.of(),
            "/iam/serviceAccounts/0/metadata/namespace"));
    changes.add(
        create(
            ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE),
            "{'role_name': 'eksform-eksworkshop-eksctl-fargate-pod-execution',"
                + " 'role_arn': 'arn:aws:iam::123456789012:role/eksform/eksform-eksworkshop-eksctl-fargate-pod-execution',"
                + " 'trust_policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
                + " 'Principal': {'Service': 'eks-fargate-pods.amazonaws.com'},"
                + " 'Action': 'sts:AssumeRole', 'Condition': {'ArnLike': {'aws:SourceArn':"
                + " 'arn:aws:eks:us-west-2:123456789012:fargateprofile/eksworkshop-eksctl/*'}}}]},"
                + " 'attach_policy_arns': ['arn:aws:iam::aws:policy/AmazonEKSFargatePodExecutionRolePolicy']}",
            "Fargate profiles without podExecutionRoleARN need a pod execution role",
            List.of(),
            "/fargateProfiles"));
    changes.add(
        create(
            ResourceAddress.of(
                ResourceAddress.SERVICE_ACCOUNT, "prodcatalog-ns/prodcatalog-envoy-proxies"),
            "{'namespace': 'prodcatalog-ns', 'name': 'prodcatalog-envoy-proxies',"
                + " 'role_arn': 'arn:aws:iam::123456789012:role/eksform/eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d',"
                + " 'role_name': 'eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d',"
                + " 'trust_policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow',"
                + " 'Principal': {'Federated': 'arn:aws:iam::123456789012:oidc-provider/"
                + ISSUER
                + "'}, 'Action': 'sts:AssumeRoleWithWebIdentity', 'Condition': {'StringEquals': {'"
                + ISSUER
                + ":aud': 'sts.amazonaws.com', '"
                + ISSUER
                + ":sub': 'system:serviceaccount:prodcatalog-ns:prodcatalog-envoy-proxies'}}}]},"
                + " 'attach_policy_arns': ['arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy'],"
                + " 'inline_policy': null, 'permissions_boundary': null, 'role_tags': {},"
                + " 'annotations': {'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/eksform/eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d'},"
                + " 'labels': {'app.kubernetes.io/managed-by': 'eksform'}}",
            "no IAM role eksform-eksworkshop-eksctl-prodcatalog-ns-prodcatalog-e-af44888d"
                + " and no service account prodcatalog-ns/prodcatalog-envoy-proxies",
            List.of(
                ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
                ResourceAddress.of(ResourceAddress.NAMESPACE, "prodcatalog-ns")),
            "/iam/serviceAccounts/0"));
    changes.add(
        create(
            ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-productcatalog"),
            "{'name': 'fargate-productcatalog', 'selectors': [{'namespace': 'prodcatalog-ns',"
                + " 'labels': {'app': 'prodcatalog'}}], 'subnets': ['subnet-0d44444444444444d',"
                + " 'subnet-0e55555555555555e', 'subnet-0f66666666666666f'],"
                + " 'pod_execution_role_arn': 'arn:aws:iam::123456789012:role/eksform/eksform-eksworkshop-eksctl-fargate-pod-execution',"
                + " 'tags': {}}",
            "no Fargate profile fargate-productcatalog on the cluster",
            List.of(ResourceAddress.of(ResourceAddress.POD_EXECUTION_ROLE)),
            "/fargateProfiles/0"));
    return plan(changes, List.of(), List.of());
  }

  /** A node group scaled and relabelled, and an add-on whose new version AWS picks. */
  public static Plan updateInPlace() {
    List<Change> changes = new ArrayList<>();
    changes.add(
        update(
            ResourceAddress.of(ResourceAddress.NODEGROUP, "ng-apps"),
            "{'name': 'ng-apps', 'instance_types': ['m6i.large'], 'desired_size': 2, 'min_size': 1,"
                + " 'max_size': 4, 'labels': {'role': 'apps', 'team': 'payments'}}",
            "{'name': 'ng-apps', 'instance_types': ['m6i.large'], 'desired_size': 3, 'min_size': 1,"
                + " 'max_size': 6, 'labels': {'role': 'apps', 'team': 'checkout', 'tier': 'web'}}",
            List.of(
                attr("desired_size", "2", "3", false, false),
                attr("max_size", "4", "6", false, false),
                attr(
                    "labels",
                    "{'role': 'apps', 'team': 'payments'}",
                    "{'role': 'apps', 'team': 'checkout', 'tier': 'web'}",
                    false,
                    false)),
            List.of("desired_size changes", "max_size changes", "labels changes"),
            "/managedNodeGroups/0"));
    changes.add(
        update(
            ResourceAddress.of(ResourceAddress.ADDON, "vpc-cni"),
            "{'name': 'vpc-cni', 'version': 'v1.18.1-eksbuild.1', 'configuration_values': null}",
            "{'name': 'vpc-cni', 'version': null, 'configuration_values': {'env': {'ENABLE_PREFIX_DELEGATION': 'true'}}}",
            List.of(
                attr("version", "'v1.18.1-eksbuild.1'", "null", false, true),
                attr(
                    "configuration_values",
                    "null",
                    "{'env': {'ENABLE_PREFIX_DELEGATION': 'true'}}",
                    false,
                    false)),
            List.of(
                "configuration_values changes", "version: the latest for the cluster's Kubernetes"),
            "/addons/0"));
    return plan(changes, List.of(), List.of());
  }

  /**
   * A Fargate profile moved to other subnets, replaced destroy-before-create (its namespace briefly
   * loses Fargate scheduling), and a node group on other instance types, create-before-destroy.
   */
  public static Plan replace() {
    String before =
        "{'name': 'fargate-productcatalog', 'selectors': [{'namespace': 'prodcatalog-ns', 'labels': {}}],"
            + " 'subnets': ['subnet-0d44444444444444d', 'subnet-0e55555555555555e'], 'tags': {'team': 'catalog'}}";
    String after =
        "{'name': 'fargate-productcatalog', 'selectors': [{'namespace': 'prodcatalog-ns', 'labels': {}}],"
            + " 'subnets': ['subnet-0d44444444444444d', 'subnet-0e55555555555555e', 'subnet-0f66666666666666f'],"
            + " 'tags': {'team': 'product-catalog'}}";
    Change change =
        new Change(
            ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-productcatalog"),
            Action.REPLACE,
            json(before),
            json(after),
            List.of(
                attr(
                    "subnets",
                    "['subnet-0d44444444444444d', 'subnet-0e55555555555555e']",
                    "['subnet-0d44444444444444d', 'subnet-0e55555555555555e', 'subnet-0f66666666666666f']",
                    true,
                    false),
                attr("tags", "{'team': 'catalog'}", "{'team': 'product-catalog'}", false, false)),
            List.of(
                "subnets changes and a Fargate profile cannot change it in place", "tags changes"),
            List.of(),
            "/fargateProfiles/0",
            Optional.of(
                new Replacement(
                    ReplaceStrategy.DESTROY_BEFORE_CREATE,
                    "as --replace-strategy asks: the old profile is deleted before the new one is"
                        + " created under its name",
                    Optional.of(List.of("prodcatalog-ns")))));
    Change nodeGroup =
        new Change(
            ResourceAddress.of(ResourceAddress.NODEGROUP, "ng-apps"),
            Action.REPLACE,
            json("{'name': 'ng-apps', 'instance_types': ['m5.large']}"),
            json("{'instance_types': ['m6i.large']}"),
            List.of(attr("instance_types", "['m5.large']", "['m6i.large']", true, false)),
            List.of("instance_types changes and a managed node group cannot change it in place"),
            List.of(),
            "/managedNodeGroups/0",
            Optional.of(
                Replacement.of(
                    ReplaceStrategy.CREATE_BEFORE_DESTROY,
                    "the default: the new node group is created under a suffixed name and is"
                        + " ACTIVE before the old one is deleted")));
    return plan(List.of(change, nodeGroup), List.of(), List.of());
  }

  /** Objects eksform created that the config no longer names, with --prune. */
  public static Plan delete() {
    List<Change> changes = new ArrayList<>();
    changes.add(
        deletion(
            ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-legacy"),
            "{'name': 'fargate-legacy', 'selectors': [{'namespace': 'legacy', 'labels': {}}],"
                + " 'subnets': ['subnet-0d44444444444444d'], 'pod_execution_role_arn':"
                + " 'arn:aws:iam::123456789012:role/eksform/eksform-eksworkshop-eksctl-fargate-pod-execution',"
                + " 'tags': {}}",
            "not in the config, created by eksform, and --prune is set"));
    changes.add(
        deletion(
            ResourceAddress.of(ResourceAddress.ADDON, "aws-ebs-csi-driver"),
            "{'name': 'aws-ebs-csi-driver', 'version': 'v1.30.0-eksbuild.1'}",
            "not in the config, created by eksctl, and --prune is set"));
    return plan(changes, List.of(), List.of());
  }

  /** The workshop's cluster as eksctl left it, destroyed: users first, the cluster last. */
  public static Plan destroy() {
    ResourceAddress profile =
        ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-productcatalog");
    ResourceAddress account =
        ResourceAddress.of(
            ResourceAddress.SERVICE_ACCOUNT, "prodcatalog-ns/prodcatalog-envoy-proxies");
    String why = "destroying cluster eksworkshop-eksctl: ";
    List<Change> changes =
        List.of(
            deletion(
                profile,
                "{'name': 'fargate-productcatalog', 'pod_execution_role_arn':"
                    + " 'arn:aws:iam::123456789012:role/eksctl-eksworkshop-eksctl-FargatePodExecutionRole-JPQ56PZ7R9NL'}",
                why + "made by eksctl; EKS deletes no cluster that has a Fargate profile",
                List.of()),
            deletion(
                account,
                "{'namespace': 'prodcatalog-ns', 'name': 'prodcatalog-envoy-proxies',"
                    + " 'role_names': ['eksctl-eksworkshop-eksctl-addon-iamserviceac-Role1-1PWNQ4AJFMVBF']}",
                why
                    + "IAM role made by eksctl for service account"
                    + " prodcatalog-ns/prodcatalog-envoy-proxies (the Kubernetes service account goes"
                    + " with the cluster)",
                List.of()),
            deletion(
                ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
                "{'url': 'https://" + ISSUER + "'}",
                why + "made by eksctl",
                List.of(account)),
            deletion(
                ResourceAddress.of(ResourceAddress.CLUSTER),
                "{'name': 'eksworkshop-eksctl', 'version': '1.32'}",
                why + "made by eksctl",
                List.of(profile)));
    Plan plain =
        plan(
            changes,
            List.of(),
            List.of(
                "Kubernetes objects (namespaces, service accounts, workloads): go with the cluster"
                    + " (EKS deletes its Kubernetes API and all it holds), so none is deleted on its"
                    + " own"));
    return new Plan(
        plain.formatVersion(),
        plain.target(),
        plain.changes(),
        plain.liveFingerprints(),
        plain.provenance(),
        plain.problems(),
        plain.unmanaged(),
        List.of(),
        List.of(),
        true);
  }

  /** The live account already matches. */
  public static Plan noChanges() {
    return plan(
        List.of(
            noOp(ResourceAddress.of(ResourceAddress.CLUSTER), "{'name': 'eksworkshop-eksctl'}", ""),
            noOp(
                ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
                "{'url': 'https://" + ISSUER + "'}",
                "/iam/withOIDC")),
        List.of(),
        List.of());
  }

  /**
   * Nothing to change, parts of the config eksform does not act on (never "matches"), and an object
   * eksctl made that the plan adopts.
   */
  public static Plan notActedOn() {
    Plan unchanged = noChanges();
    return new Plan(
        unchanged.formatVersion(),
        unchanged.target(),
        unchanged.changes(),
        unchanged.liveFingerprints(),
        unchanged.provenance(),
        List.of(),
        List.of(),
        List.of(
            new NotActedOn(
                "/accessConfig/accessEntries",
                31,
                Disposition.NOT_MANAGED,
                "EKS access entries are not managed yet"),
            new NotActedOn(
                "/metadata/annotations",
                6,
                Disposition.VALIDATED_ONLY,
                "free-form notes; eksctl ignores them too"),
            new NotActedOn(
                "/vpc/cidr",
                12,
                Disposition.CREATE_ONLY,
                "the cluster exists on a VPC eksform did not make; this shapes only a VPC eksform"
                    + " makes for a new cluster"),
            new NotActedOn(
                "/secretsEncryption",
                40,
                Disposition.NOT_MANAGED,
                "envelope encryption of Kubernetes secrets is not managed yet")),
        List.of(
            new Adoption(
                ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-productcatalog"),
                "eksctl")));
  }

  /**
   * Errors and warnings at their config pointers, a note on an unchanged object, and objects left
   * alone.
   */
  public static Plan problemsAndUnmanaged() {
    Change creating =
        new Change(
            ResourceAddress.of(ResourceAddress.FARGATE_PROFILE, "fargate-system"),
            Action.NO_OP,
            json("{'name': 'fargate-system'}"),
            json("{'name': 'fargate-system'}"),
            List.of(),
            List.of("still CREATING; apply waits for it to become ACTIVE"),
            List.of(),
            "/fargateProfiles/1");
    Change update =
        update(
            ResourceAddress.of(ResourceAddress.CLUSTER),
            "{'version': '1.29'}",
            "{'version': '1.30'}",
            List.of(attr("version", "'1.29'", "'1.30'", false, false)),
            List.of("version changes: EKS upgrades one minor version at a time"),
            "/metadata/version");
    return plan(
        List.of(creating, update),
        List.of(
            new PlanProblem(
                Severity.ERROR,
                "subnet subnet-0public0000000001 of Fargate profile fargate-productcatalog is public"
                    + " (its route table sends traffic to an internet gateway); Fargate only runs pods"
                    + " in private subnets",
                "/fargateProfiles/0/subnets/0",
                Optional.of(
                    "use private subnets: subnet-0d44444444444444d, subnet-0e55555555555555e")),
            new PlanProblem(
                Severity.WARNING,
                "add-on coredns is older than the version EKS recommends for 1.30",
                "",
                Optional.empty())),
        List.of(
            "fargate_profile.fp-default: not managed by this config",
            "managed_nodegroup.ng-old: created by eksctl but no longer in the config (--prune deletes it)"));
  }

  /**
   * Names, reasons and values with characters that terminals, markdown, Mermaid and DOT treat
   * specially.
   */
  public static Plan specialCharacters() {
    Change change =
        new Change(
            ResourceAddress.of(ResourceAddress.ADDON, "odd|name<b>`x`\"q\"#1&amp;"),
            Action.REPLACE,
            json("{'config': 'a\\u001b[31mred', 'note': 'line one\\nline two'}"),
            json("{'config': '```\\n# heading\\n</details>', 'note': 'tab\\there ünïcødé 雪'}"),
            List.of(
                attr("config", "'a\\u001b[31mred'", "'```\\n# heading\\n</details>'", true, false),
                attr("note", "'line one\\nline two'", "'tab\\there ünïcødé 雪'", false, false),
                attr("tags", "{'a.b/c d': '<x>'}", "{'a.b/c d': '| y |'}", false, false)),
            List.of("reason with *stars*, _underscores_, [link](http://x) and <script>\u001b[2J"),
            List.of(ResourceAddress.of(ResourceAddress.NAMESPACE, "ns \"quoted\"")),
            "/addons/0/name~1x");
    Change namespace =
        create(
            ResourceAddress.of(ResourceAddress.NAMESPACE, "ns \"quoted\""),
            "{'name': 'ns \"quoted\"'}",
            "namespace with a quote",
            List.of(),
            "/iam/serviceAccounts/0/metadata/namespace");
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget("cluster|<one>", "us-west-2", ACCOUNT),
        List.of(change, namespace),
        fingerprints(),
        provenance(),
        List.of(
            new PlanProblem(
                Severity.WARNING,
                "message with `code` and | pipes\nand a second line",
                "/a~1b",
                Optional.of("hint with <html> & \u001b[1mbold"))),
        List.of("addon.x*y: not managed by this config"));
  }

  /**
   * A cluster created from nothing: its role, the cluster (its role's ARN known after apply), the
   * OIDC provider of its issuer (known after apply) and a default add-on, each after the cluster.
   */
  static Plan clusterCreate() {
    ResourceAddress cluster = ResourceAddress.of(ResourceAddress.CLUSTER);
    String unknown = "'" + io.eksform.engine.plan.Unknown.TEXT + "'";
    List<Change> changes = new ArrayList<>();
    changes.add(
        io.eksform.engine.plan.Changes.create(
            ResourceAddress.of(ResourceAddress.CLUSTER_ROLE),
            (tools.jackson.databind.node.ObjectNode)
                json(
                    "{'role_name': 'eksform-fresh-cluster', 'role_arn':"
                        + " 'arn:aws:iam::123456789012:role/eksform/eksform-fresh-cluster',"
                        + " 'attach_policy_arns':"
                        + " ['arn:aws:iam::aws:policy/AmazonEKSClusterPolicy']}"),
            "a new cluster needs a role for EKS to run its control plane with",
            List.of(),
            "/iam"));
    changes.add(
        io.eksform.engine.plan.Changes.create(
            cluster,
            (tools.jackson.databind.node.ObjectNode)
                json(
                    "{'name': 'fresh', 'version': '1.34', 'role_arn': "
                        + unknown
                        + ", 'subnet_ids': ['subnet-0a', 'subnet-0b'], 'security_group_ids': [],"
                        + " 'endpoint_public_access': true, 'endpoint_private_access': false,"
                        + " 'tags': {}}"),
            "EKS has no cluster fresh in us-west-2",
            List.of(ResourceAddress.of(ResourceAddress.CLUSTER_ROLE)),
            "/metadata"));
    changes.add(
        io.eksform.engine.plan.Changes.create(
            ResourceAddress.of(ResourceAddress.OIDC_PROVIDER),
            (tools.jackson.databind.node.ObjectNode)
                json(
                    "{'url': "
                        + unknown
                        + ", 'arn': "
                        + unknown
                        + ", 'client_ids': ['sts.amazonaws.com']}"),
            "iam.withOIDC is true, and the cluster this plan creates has no provider yet",
            List.of(cluster),
            "/iam/withOIDC"));
    changes.add(
        io.eksform.engine.plan.Changes.create(
            ResourceAddress.of(ResourceAddress.ADDON, "vpc-cni"),
            (tools.jackson.databind.node.ObjectNode)
                json("{'name': 'vpc-cni', 'tags': {'eksform.io/default-addon': 'true'}}"),
            "add-on vpc-cni is not installed",
            List.of(cluster),
            "/addonsConfig"));
    return plan(changes, List.of(), List.of());
  }

  static Plan plan(List<Change> changes, List<PlanProblem> problems, List<String> unmanaged) {
    return new Plan(
        Plan.FORMAT_VERSION,
        new PlanTarget("eksworkshop-eksctl", "us-west-2", ACCOUNT),
        changes,
        fingerprints(),
        provenance(),
        problems,
        unmanaged);
  }

  static TreeMap<String, String> fingerprints() {
    TreeMap<String, String> out = new TreeMap<>();
    out.put("eks:cluster/eksworkshop-eksctl", "sha256:4f2a9c1e");
    out.put("iam:oidc-providers", "sha256:0d41e8cd");
    return out;
  }

  static Provenance provenance() {
    return new Provenance(
        "0.1.0-test",
        "examples/prodcatalog/clusterconfig.yaml",
        "sha256:9b74c9897bac770ffc029102a200c5de",
        "sha256:5d41402abc4b2a76b9719d911017c592",
        Optional.of("f661ce6a2b1d3c4e5f60718293a4b5c6d7e8f901"),
        Optional.of(
            new ConfigFingerprint(
                "sha256:7c211433f02071597741e6ff5a8ea34789abbf43",
                new TreeMap<>(
                    Map.of(
                        "/metadata/name", "4f2a9c1e0d41e8cd",
                        "/metadata/region", "9b74c9897bac770f")))));
  }

  static Change create(
      ResourceAddress address,
      String after,
      String reason,
      List<ResourceAddress> dependsOn,
      String pointer) {
    JsonNode node = json(after);
    List<AttributeChange> attributes = new ArrayList<>();
    node.properties()
        .forEach(
            e -> attributes.add(new AttributeChange(e.getKey(), NONE, e.getValue(), false, false)));
    return new Change(
        address, Action.CREATE, NONE, node, attributes, List.of(reason), dependsOn, pointer);
  }

  static Change update(
      ResourceAddress address,
      String before,
      String after,
      List<AttributeChange> attributes,
      List<String> reasons,
      String pointer) {
    return new Change(
        address, Action.UPDATE, json(before), json(after), attributes, reasons, List.of(), pointer);
  }

  static Change deletion(ResourceAddress address, String before, String reason) {
    return deletion(address, before, reason, List.of());
  }

  static Change deletion(
      ResourceAddress address, String before, String reason, List<ResourceAddress> dependsOn) {
    return new Change(
        address, Action.DELETE, json(before), NONE, List.of(), List.of(reason), dependsOn, "");
  }

  static Change noOp(ResourceAddress address, String state, String pointer) {
    return new Change(
        address, Action.NO_OP, json(state), json(state), List.of(), List.of(), List.of(), pointer);
  }

  static AttributeChange attr(
      String path, String before, String after, boolean forces, boolean knownAfterApply) {
    return new AttributeChange(path, json(before), json(after), forces, knownAfterApply);
  }

  static JsonNode json(String text) {
    return MAPPER.readTree(text);
  }
}
