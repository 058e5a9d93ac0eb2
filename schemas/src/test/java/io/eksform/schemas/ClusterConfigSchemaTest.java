package io.eksform.schemas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Targeted cases: what the ClusterConfig schema accepts and rejects, and where it points. */
class ClusterConfigSchemaTest {

  private static final String HEADER =
      """
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: demo
        region: eu-west-1
      """;

  private static ClusterConfigSchema schema;

  @BeforeAll
  static void load() {
    schema = ClusterConfigSchema.load();
  }

  /** Sorted errors as "keyword at pointer" (plus the offending key for key errors). */
  private static List<String> findings(String yaml) {
    return schema.validateYaml(yaml).stream()
        .map(ClusterConfigSchemaTest::describe)
        .sorted()
        .collect(Collectors.toList());
  }

  private static String describe(Error e) {
    String where = e.getInstanceLocation().toString();
    if (e.getProperty() != null) {
      where = where + " [" + e.getProperty() + "]";
    }
    return e.getKeyword() + " at " + where;
  }

  private static void assertClean(String yaml) {
    assertEquals(List.of(), findings(yaml));
  }

  private static void assertOnly(String expected, String yaml) {
    assertEquals(List.of(expected), findings(yaml));
  }

  @Test
  void minimalConfigIsClean() {
    assertClean(HEADER);
  }

  @Test
  void seedScenarioIsClean() {
    assertClean(
        """
        apiVersion: eksctl.io/v1alpha5
        kind: ClusterConfig
        metadata:
          name: eksworkshop-eksctl
          region: us-west-2
          version: "1.32"
        iam:
          withOIDC: true
          serviceAccounts:
            - metadata:
                name: prodcatalog-envoy-proxies
                namespace: prodcatalog-ns
              attachPolicyARNs:
                - arn:aws:iam::123456789012:policy/ProdEnvoyNamespaceIAMPolicy
        fargateProfiles:
          - name: fargate-productcatalog
            selectors:
              - namespace: prodcatalog-ns
                labels:
                  app: prodcatalog
        """);
  }

  @Nested
  class UnknownKeys {
    @Test
    void topLevelTypoIsRejected() {
      assertOnly("additionalProperties at  [managedNodeGroup]", HEADER + "managedNodeGroup: []\n");
    }

    @Test
    void fargateSelectorSingularIsRejectedAtTheProfile() {
      assertOnly(
          "additionalProperties at /fargateProfiles/0 [selector]",
          HEADER + "fargateProfiles:\n  - name: fp\n    selector:\n      - namespace: dev\n");
    }

    @Test
    void unknownMetadataKeyIsRejected() {
      assertOnly("additionalProperties at /metadata [zone]", HEADER + "  zone: eu-west-1a\n");
    }

    @Test
    void containerRuntimeIsNotAManagedNodeGroupField() {
      assertOnly(
          "additionalProperties at /managedNodeGroups/0 [containerRuntime]",
          HEADER + "managedNodeGroups:\n  - name: mng\n    containerRuntime: containerd\n");
    }

    @Test
    void internalFieldsOfEksctlAreNotKeys() {
      // accountID and the cluster status are internal to eksctl (json:"-"): its strict loader
      // refuses them as unknown fields.
      assertOnly("additionalProperties at /metadata [accountID]", HEADER + "  accountID: \"1\"\n");
      assertOnly("additionalProperties at  [status]", HEADER + "status:\n  endpoint: https://x\n");
    }
  }

  @Nested
  class LetterCaseOfKeys {
    // eksctl's first, strict pass matches keys ignoring letter case, but the decode it then
    // uses is case-sensitive and drops such keys: "nodegroups:" creates no node groups. The
    // schema therefore treats any other spelling as an unknown key.
    @Test
    void otherLetterCasesOfAKeyAreUnknownKeys() {
      assertEquals(
          List.of(
              "additionalProperties at  [nodegroups]",
              "additionalProperties at /iamIdentityMappings/0 [noDuplicateArns]"),
          findings(
              HEADER
                  + "nodegroups:\n  - name: ng-1\n"
                  + "iamIdentityMappings:\n  - arn: arn:aws:iam::000000000000:role/admin\n"
                  + "    username: admin\n    noDuplicateArns: true\n"));
    }
  }

  @Nested
  class ExactTypes {
    @Test
    void unquotedVersionIsANumberAndRejected() {
      assertOnly(
          "type at /metadata/version",
          HEADER.replace("region: eu-west-1", "region: eu-west-1\n  version: 1.30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.30\"", "'1.9'", "auto", "latest", "\"\""})
    void versionStringsAreAccepted(String version) {
      assertClean(HEADER + "  version: " + version + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1.30.2\"", "v1.30", "newest"})
    void malformedVersionStringsAreRejected(String version) {
      assertOnly("pattern at /metadata/version", HEADER + "  version: " + version + "\n");
    }

    @Test
    void integersMustBeIntegers() {
      assertEquals(
          List.of("type at /nodeGroups/0/desiredCapacity", "type at /nodeGroups/0/maxSize"),
          findings(
              HEADER
                  + "nodeGroups:\n  - name: ng\n    desiredCapacity: \"2\"\n    maxSize: 2.5\n"));
    }

    @Test
    void booleansMustBeBooleans() {
      assertOnly(
          "type at /nodeGroups/0/privateNetworking",
          HEADER + "nodeGroups:\n  - name: ng\n    privateNetworking: \"true\"\n");
    }

    @Test
    void launchTemplateVersionMustBeQuoted() {
      assertOnly(
          "type at /managedNodeGroups/0/launchTemplate/version",
          HEADER
              + "managedNodeGroups:\n  - name: m\n    launchTemplate:\n      id: lt-1\n      version: 2\n");
    }
  }

  @Nested
  class RequiredAndSyntax {
    @Test
    void metadataIsRequired() {
      assertOnly(
          "required at  [metadata]", "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n");
    }

    @Test
    void nameAndRegionAreRequired() {
      assertEquals(
          List.of("required at /metadata [name]", "required at /metadata [region]"),
          findings("apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {}\n"));
    }

    @Test
    void templatePlaceholdersAreRejected() {
      assertEquals(
          List.of("pattern at /metadata/name", "pattern at /metadata/region"),
          findings(
              HEADER.replace("demo", "<generated>").replace("eu-west-1", "<generated-region>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-gov-west-1", "cn-northwest-1", "us-isob-east-1", "eu-isoe-west-1"})
    void partitionRegionsAreAccepted(String region) {
      assertClean(HEADER.replace("eu-west-1", region));
    }

    @Test
    void otherApiVersionsAndKindsAreRejected() {
      assertEquals(
          List.of("enum at /apiVersion", "enum at /kind"),
          findings(
              HEADER
                  .replace("v1alpha5", "v1alpha3")
                  .replace("kind: ClusterConfig", "kind: Clusterconfig")));
    }

    @Test
    void namedThingsNeedNames() {
      assertEquals(
          List.of(
              "required at /addons/0 [name]",
              "required at /fargateProfiles/0 [name]",
              "required at /iam/serviceAccounts/0/metadata [name]",
              "required at /managedNodeGroups/0 [name]",
              "required at /nodeGroups/0 [name]"),
          findings(
              HEADER
                  + "nodeGroups: [{instanceType: m5.large}]\n"
                  + "managedNodeGroups: [{instanceType: m5.large}]\n"
                  + "fargateProfiles: [{selectors: [{namespace: dev}]}]\n"
                  + "addons: [{version: latest}]\n"
                  + "iam:\n  withOIDC: true\n  serviceAccounts:\n"
                  + "    - metadata: {namespace: dev}\n      attachPolicyARNs: [arn:aws:iam::aws:policy/X]\n"));
    }

    @Test
    void podIdentityNamespaceIsRequiredOnlyOutsideAddons() {
      // An add-on's associations live in the add-on's namespace, so eksctl's docs omit it there.
      assertOnly(
          "required at /iam/podIdentityAssociations/0 [namespace]",
          HEADER
              + "iam:\n  podIdentityAssociations:\n    - serviceAccountName: s3-reader\n"
              + "      roleARN: arn:aws:iam::111122223333:role/r\n"
              + "addons:\n  - name: vpc-cni\n    podIdentityAssociations:\n"
              + "      - serviceAccountName: aws-node\n"
              + "        permissionPolicyARNs: [arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy]\n");
    }

    @Test
    void accessEntryPrincipalMustBeAnArn() {
      assertOnly(
          "pattern at /accessConfig/accessEntries/0/principalARN",
          HEADER + "accessConfig:\n  accessEntries:\n    - principalARN: my-user\n");
    }
  }

  @Nested
  class ClosedSets {
    @Test
    void unknownAmiFamilyIsRejected() {
      assertOnly(
          "pattern at /nodeGroups/0/amiFamily",
          HEADER + "nodeGroups:\n  - name: ng\n    amiFamily: AmazonLinux3\n");
    }

    @Test
    void amiFamilyInAnyLetterCaseIsAccepted() {
      assertEquals(
          List.of(),
          findings(
              HEADER
                  + "nodeGroups:\n  - name: ng\n    amiFamily: bottlerocket\n"
                  + "managedNodeGroups:\n  - name: mng\n    amiFamily: AMAZONLINUX2023\n"));
    }

    @Test
    void unknownNatModeAndLogTypeAreRejected() {
      assertEquals(
          List.of("enum at /cloudWatch/clusterLogging/enableTypes/1", "enum at /vpc/nat/gateway"),
          findings(
              HEADER
                  + "vpc:\n  nat:\n    gateway: Double\n"
                  + "cloudWatch:\n  clusterLogging:\n    enableTypes: [api, kubelet]\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IPv4", "IPv6", "ipv6"})
    void ipFamilyIgnoresLetterCaseLikeEksctl(String family) {
      assertClean(HEADER + "kubernetesNetworkConfig:\n  ipFamily: " + family + "\n");
    }

    @Test
    void resolveConflictsIgnoresLetterCase() {
      assertClean(HEADER + "addons:\n  - name: vpc-cni\n    resolveConflicts: OVERWRITE\n");
      assertOnly(
          "pattern at /addons/0/resolveConflicts",
          HEADER + "addons:\n  - name: vpc-cni\n    resolveConflicts: replace\n");
    }

    @Test
    void authenticationModeIsClosed() {
      assertOnly(
          "enum at /accessConfig/authenticationMode",
          HEADER + "accessConfig:\n  authenticationMode: IAM\n");
    }
  }

  @Nested
  class Taints {
    @Test
    void listFormIsAcceptedEverywhere() {
      assertClean(
          HEADER
              + "nodeGroups:\n  - name: ng\n    taints:\n      - {key: a, value: b, effect: NoSchedule}\n"
              + "managedNodeGroups:\n  - name: m\n    taints:\n      - {key: a, effect: NoExecute}\n");
    }

    @Test
    void mapFormIsAcceptedOnSelfManagedNodeGroups() {
      assertClean(
          HEADER
              + "nodeGroups:\n  - name: ng\n    taints:\n"
              + "      key1: val1:NoSchedule\n      key2: \":NoExecute\"\n      key3: PreferNoSchedule\n");
    }

    @Test
    void mapFormIsRejectedOnManagedNodeGroups() {
      // eksctl reads managed node group taints as a plain list.
      assertOnly(
          "type at /managedNodeGroups/0/taints",
          HEADER + "managedNodeGroups:\n  - name: m\n    taints:\n      key1: val1:NoSchedule\n");
    }

    @Test
    void unknownEffectIsRejectedInBothForms() {
      assertOnly(
          "pattern at /nodeGroups/0/taints/key1",
          HEADER + "nodeGroups:\n  - name: ng\n    taints:\n      key1: val1:NoWay\n");
      assertOnly(
          "enum at /managedNodeGroups/0/taints/0/effect",
          HEADER
              + "managedNodeGroups:\n  - name: m\n    taints:\n      - {key: a, effect: NoWay}\n");
    }
  }

  @Nested
  class Nulls {
    @Test
    void dryRunStyleNullsAreAccepted() {
      assertClean(
          HEADER
              + "iam:\n  withOIDC: null\n  serviceAccounts: null\n"
              + "vpc:\n  cidr: null\n  nat: null\n  clusterEndpoints:\n    publicAccess: null\n"
              + "nodeGroups:\n  - name: ng\n    securityGroups:\n      withLocal: null\n      withShared: null\n"
              + "    ssh: null\n    labels: null\n    volumeSize: null\n"
              + "managedNodeGroups: null\nfargateProfiles: null\naddons: null\n");
    }

    @Test
    void nullEntryInNodeGroupListsIsRejected() {
      assertEquals(
          List.of("type at /managedNodeGroups/0", "type at /nodeGroups/1"),
          findings(HEADER + "nodeGroups:\n  - name: a\n  -\nmanagedNodeGroups:\n  - null\n"));
    }

    @Test
    void nullMetadataIsRejected() {
      assertOnly(
          "type at /metadata", "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n");
    }

    @Test
    void requiredNamesCannotBeNull() {
      assertOnly("type at /metadata/name", HEADER.replace("name: demo", "name: null"));
    }
  }

  @Nested
  class OutputOnlyFields {
    @Test
    void fargateAndServiceAccountStatusAreAccepted() {
      assertClean(
          HEADER
              + "fargateProfiles:\n  - name: fp\n    status: ACTIVE\n    selectors: [{namespace: dev}]\n"
              + "iam:\n  withOIDC: true\n  serviceAccounts:\n    - metadata: {name: sa}\n"
              + "      attachRoleARN: arn:aws:iam::123456789012:role/r\n"
              + "      status:\n        roleARN: arn:aws:iam::123456789012:role/r\n        stackName: s\n");
    }
  }
}
