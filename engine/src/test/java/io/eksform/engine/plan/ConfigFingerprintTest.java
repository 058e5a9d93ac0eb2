package io.eksform.engine.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A config's fingerprint is of what it says, not how it is written, and tells where it changed. */
class ConfigFingerprintTest {
  static final String CONFIG =
      """
      apiVersion: eksctl.io/v1alpha5
      kind: ClusterConfig
      metadata:
        name: c1
        region: us-west-2
      fargateProfiles:
        - name: fp-a
          selectors:
            - namespace: team-a
              labels:
                app: web
      managedNodeGroups:
        - name: ng-a
          instanceType: m5.large
      """;

  static ConfigFingerprint of(String yaml) {
    return of(yaml, LoadOptions.defaults());
  }

  static ConfigFingerprint of(String yaml, LoadOptions options) {
    var doc =
        new ConfigLoader(options, new ByteArrayInputStream(new byte[0]))
            .load(SourceText.of("c.yaml", yaml))
            .configs()
            .get(0);
    return ConfigFingerprint.of(doc.tree());
  }

  @Test
  void commentsLayoutKeyOrderAndQuotingChangeNothing() {
    String rewritten =
        """
        # the shop's cluster
        kind: ClusterConfig
        apiVersion: "eksctl.io/v1alpha5"
        metadata: {region: us-west-2, name: c1}   # moved to flow style

        managedNodeGroups:
        - instanceType: 'm5.large'
          name: ng-a
        fargateProfiles:
        - name: fp-a
          selectors: [{namespace: team-a, labels: {app: web}}]
        """;
    assertEquals(of(CONFIG), of(rewritten));
    assertEquals(List.of(), of(CONFIG).changesTo(of(rewritten)));
  }

  @Test
  void aChangedValueIsNamedByItsPath() {
    ConfigFingerprint changed = of(CONFIG.replace("app: web", "app: api"));
    assertNotEquals(of(CONFIG).digest(), changed.digest());
    assertEquals(
        List.of("fargateProfiles[0].selectors[0].labels.app changed"),
        of(CONFIG).changesTo(changed));
  }

  @Test
  void aPartAddedOrRemovedIsNamedByItsTop() {
    String more = CONFIG + "  - name: ng-b\n    instanceType: c5.large\n";
    assertEquals(List.of("managedNodeGroups[1] added"), of(CONFIG).changesTo(of(more)));
    assertEquals(List.of("managedNodeGroups[1] removed"), of(more).changesTo(of(CONFIG)));
  }

  @Test
  void anExpandedVariableCountsWithItsValue() {
    String withVariable = CONFIG.replace("app: web", "app: ${APP}");
    LoadOptions web = LoadOptions.defaults().withExpandEnv(true, Map.of("APP", "web"));
    LoadOptions api = LoadOptions.defaults().withExpandEnv(true, Map.of("APP", "api"));
    assertEquals(of(CONFIG), of(withVariable, web));
    assertEquals(
        List.of("fargateProfiles[0].selectors[0].labels.app changed"),
        of(withVariable, web).changesTo(of(withVariable, api)));
  }
}
