package io.eksform.engine.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.ConfigLoader;
import io.eksform.engine.config.LoadOptions;
import io.eksform.engine.config.SourceText;
import io.eksform.engine.problem.UserFacingException;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The config's region decides; a region named elsewhere may only agree with it. */
class ConfigRegionTest {
  static ConfigDocument config(String metadata) {
    String yaml =
        "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\n# the cluster\nmetadata:\n"
            + metadata;
    return new ConfigLoader(LoadOptions.defaults(), new ByteArrayInputStream(new byte[0]))
        .load(SourceText.of("c.yaml", yaml))
        .configs()
        .get(0);
  }

  static final ConfigDocument WEST = config("  name: c1\n  region: us-west-2\n");

  @Test
  void theConfigsRegionIsUsedWhenNothingElseNamesOneOrWhenItAgrees() {
    assertEquals("us-west-2", ConfigRegion.resolve(WEST, List.of()));
    assertEquals(
        "us-west-2",
        ConfigRegion.resolve(
            WEST, RegionSetting.fromEnvironment(Map.of("AWS_REGION", "us-west-2"))));
  }

  @Test
  void aDisagreeingRegionIsAnErrorNamingBothAndWhereEachCameFrom() {
    UserFacingException e =
        assertThrows(
            UserFacingException.class,
            () ->
                ConfigRegion.resolve(
                    WEST, RegionSetting.fromEnvironment(Map.of("AWS_REGION", "eu-west-1"))));
    assertEquals(
        "metadata.region is us-west-2 (c.yaml:6) but AWS_REGION is eu-west-1; eksform uses the"
            + " config's region, as eksctl does",
        e.getMessage());
    assertEquals("unset AWS_REGION or change metadata.region", e.hint());
    assertEquals(1, e.exitCode());
  }

  @Test
  void aBlankVariableNamesNoRegionAndAConfigWithoutOneTakesTheEnvironments() {
    assertEquals(List.of(), RegionSetting.fromEnvironment(Map.of("AWS_REGION", " ")));
    assertEquals(
        "eu-west-1",
        ConfigRegion.resolve(
            config("  name: c1\n"), List.of(new RegionSetting("AWS_REGION", "eu-west-1"))));
  }
}
