package io.eksform.engine.ledger;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.LoadedFile;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.schema.ClusterConfigSchema;
import io.eksform.engine.schema.SchemaValidator;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One change of one planned field of a rich base config, for each planned leaf of the ledger: the
 * base sets at least one item of every list and one key of every map the planner reads, and a
 * mutation sets or changes one leaf to a value the schema accepts. The node group has its own node
 * role, a launch template and node repair; fields eksctl refuses beside those (instanceRoleARN,
 * volumeSize, availabilityZones beside subnets) are left out, so that setting one is an error.
 */
final class PlannedFieldMutations {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Fields that pick the cluster rather than describe it: a change plans another cluster. */
  static final List<String> IDENTITY =
      List.of("/apiVersion", "/kind", "/metadata/name", "/metadata/region");

  static final String BASE =
      """
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: shop
        region: eu-west-1
        version: "1.30"
        tags: {team: payments}
      iam:
        withOIDC: true
        fargatePodExecutionRoleARN: arn:aws:iam::000000000000:role/fargate-exec
        serviceAccounts:
          - metadata:
              name: catalog
              namespace: shop
              labels: {tier: backend}
              annotations: {note: keep}
            attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
            attachPolicy:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Action: ["s3:GetObject"]
                  Resource: "*"
            permissionsBoundary: arn:aws:iam::000000000000:policy/boundary
            roleName: catalog-role
            tags: {team: payments}
            wellKnownPolicies: {imageBuilder: true}
            subjectPattern: catalog-*
          - metadata: {name: reader, namespace: shop}
            attachRoleARN: arn:aws:iam::000000000000:role/existing-reader
      vpc:
        clusterEndpoints: {publicAccess: true, privateAccess: false}
      cloudWatch:
        clusterLogging:
          enableTypes: ["audit"]
      fargateProfiles:
        - name: fp-apps
          selectors:
            - namespace: apps
              labels: {app: web}
          subnets: ["subnet-0aaa"]
          tags: {team: payments}
      managedNodeGroups:
        - name: ng-1
          instanceTypes: ["m5.large"]
          amiFamily: AmazonLinux2023
          minSize: 1
          maxSize: 3
          desiredCapacity: 2
          spot: false
          privateNetworking: true
          subnets: ["subnet-0aaa"]
          labels: {role: worker}
          taints: [{key: dedicated, value: gpu, effect: NoSchedule}]
          tags: {team: payments}
          updateConfig: {maxUnavailable: 1}
          iam:
            attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy"]
            attachPolicy:
              Version: "2012-10-17"
              Statement:
                - Effect: Allow
                  Action: ["s3:GetObject"]
                  Resource: "*"
            instanceRoleName: shop-nodes
            instanceRolePermissionsBoundary: arn:aws:iam::000000000000:policy/boundary
            withAddonPolicies: {cloudWatch: true}
          launchTemplate: {id: lt-0abc, version: "1"}
          releaseVersion: 1.30.0-20240101
          nodeRepairConfig:
            enabled: true
            maxUnhealthyNodeThresholdPercentage: 20
            maxParallelNodesRepairedCount: 1
            nodeRepairConfigOverrides:
              - nodeMonitoringCondition: NetworkNotReady
                nodeUnhealthyReason: InterfaceNotUp
                minRepairWaitTimeMins: 15
                repairAction: Reboot
      addons:
        - name: vpc-cni
          version: v1.18.0-eksbuild.1
          serviceAccountRoleARN: arn:aws:iam::000000000000:role/cni
          configurationValues: '{"env":{"A":"1"}}'
          tags: {team: payments}
          resolveConflicts: overwrite
          namespaceConfig: {namespace: kube-system}
        - name: aws-ebs-csi-driver
          wellKnownPolicies: {ebsCSIController: true}
          permissionsBoundary: arn:aws:iam::000000000000:policy/boundary
        - name: aws-efs-csi-driver
          attachPolicyARNs: ["arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"]
        - name: coredns
          attachPolicy:
            Version: "2012-10-17"
            Statement:
              - Effect: Allow
                Action: ["s3:GetObject"]
                Resource: "*"
      """;

  /** One leaf set to a new value: where, the ledger line, and the config with it. */
  record Mutation(String pointer, LedgerEntry entry, JsonNode value, ObjectNode config) {
    @Override
    public String toString() {
      return pointer + " = " + value;
    }
  }

  private final SchemaValidator schema = new SchemaValidator(ClusterConfigSchema.get());
  private final ObjectNode base = (ObjectNode) new YAMLMapper().readTree(BASE);
  private final Map<String, JsonNode> schemaLeaves = SchemaLeaves.published();

  ObjectNode base() {
    return base.deepCopy();
  }

  /** Every planned leaf (but those that pick the cluster) to its valid mutations. */
  Map<LedgerEntry, List<Mutation>> all() {
    Map<LedgerEntry, List<Mutation>> out = new LinkedHashMap<>();
    for (LedgerEntry e : FieldLedger.builtIn().entries()) {
      if (e.disposition() == Disposition.PLANNED && !IDENTITY.contains(e.path())) {
        out.put(e, valid(e));
      }
    }
    return out;
  }

  private List<Mutation> valid(LedgerEntry e) {
    String pointer = concrete(e.path());
    JsonNode current = base.at(pointer);
    List<Mutation> out = new ArrayList<>();
    for (JsonNode candidate : candidates(schemaLeaves.get(e.path()), current)) {
      if (candidate.equals(current)) {
        continue;
      }
      ObjectNode config = base();
      set(config, pointer, candidate);
      if (valid(config)) {
        out.add(new Mutation(pointer, e, candidate, config));
      }
    }
    return out;
  }

  /**
   * The pattern with each item as the first that sets the field (else the first), each map value as
   * the base's first key: add-ons that set mutually exclusive fields each get theirs changed.
   */
  private String concrete(String pattern) {
    String pointer = "";
    List<String> tokens = JsonPointers.tokens(pattern);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals("[]")) {
        token =
            String.valueOf(
                itemSetting(base.at(pointer), i + 1 < tokens.size() ? tokens.get(i + 1) : ""));
      } else if (token.equals("{}")) {
        JsonNode map = base.at(pointer);
        token = map.isObject() && !map.isEmpty() ? map.propertyNames().iterator().next() : "added";
      }
      pointer = JsonPointers.child(pointer, token);
    }
    return pointer;
  }

  private static int itemSetting(JsonNode items, String field) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).has(field)) {
        return i;
      }
    }
    return 0;
  }

  private static List<JsonNode> candidates(JsonNode schemaNode, JsonNode current) {
    List<JsonNode> out = new ArrayList<>();
    if (schemaNode != null && schemaNode.has("enum")) {
      schemaNode.get("enum").forEach(out::add);
      return out;
    }
    var types = schemaNode == null ? java.util.Set.<String>of() : SchemaLeaves.types(schemaNode);
    if (types.contains("boolean")) {
      out.add(NODES.booleanNode(!current.asBoolean(false)));
    }
    if (types.contains("integer") || types.contains("number")) {
      int n = current.isNumber() ? current.asInt() : 1;
      out.add(NODES.numberNode(n + 1));
      out.add(NODES.numberNode(Math.max(0, n - 1)));
      out.add(NODES.numberNode(50));
    }
    if (types.contains("string") || types.isEmpty()) {
      String now = current.isString() ? current.asString() : "";
      if (!now.isEmpty()) {
        out.add(NODES.stringNode(now + "2"));
        out.add(NODES.stringNode(now.substring(0, now.length() - 1) + "9"));
      }
      for (String s :
          List.of(
              "1.31",
              "apps2",
              "arn:aws:iam::000000000000:role/changed",
              "arn:aws:iam::000000000000:policy/changed",
              "subnet-0bbb",
              "audit",
              "api",
              "preserve",
              "Bottlerocket")) {
        out.add(NODES.stringNode(s));
      }
    }
    return out;
  }

  private static void set(ObjectNode root, String pointer, JsonNode value) {
    List<String> tokens = JsonPointers.tokens(pointer);
    JsonNode node = root;
    for (int i = 0; i < tokens.size() - 1; i++) {
      String token = tokens.get(i);
      boolean nextIsIndex = tokens.get(i + 1).chars().allMatch(Character::isDigit);
      JsonNode child = node.isArray() ? node.get(Integer.parseInt(token)) : node.get(token);
      if (child == null || child.isNull()) {
        child = nextIsIndex ? NODES.arrayNode() : NODES.objectNode();
        if (node.isArray()) {
          ((ArrayNode) node).add(child);
        } else {
          ((ObjectNode) node).set(token, child);
        }
      }
      node = child;
    }
    String last = tokens.get(tokens.size() - 1);
    if (node.isArray()) {
      int index = Integer.parseInt(last);
      if (index < node.size()) {
        ((ArrayNode) node).set(index, value);
      } else {
        ((ArrayNode) node).add(value);
      }
    } else {
      ((ObjectNode) node).set(last, value);
    }
  }

  private boolean valid(ObjectNode config) {
    Optional<ConfigDocument> doc = load(config);
    return doc.isPresent() && schema.validate(doc.get(), false).isEmpty();
  }

  /** The config as a loaded document (written as JSON, which YAML reads as is). */
  static Optional<ConfigDocument> load(ObjectNode config) {
    LoadedFile loaded =
        new ConfigLoader(LoadOptions.defaults(), InputStream.nullInputStream())
            .load(SourceText.of("c.yaml", config.toPrettyString()));
    return loaded.problems().isEmpty() && loaded.configs().size() == 1
        ? Optional.of(loaded.configs().get(0))
        : Optional.empty();
  }
}
