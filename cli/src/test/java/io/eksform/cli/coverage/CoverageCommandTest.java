package io.eksform.cli.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.cli.CliRun;
import org.junit.jupiter.api.Test;

/** {@code eksform coverage}: the field ledger as a table, JSON or Markdown. */
class CoverageCommandTest {
  @Test
  void theTableNamesEveryFieldAndEndsWithTheCounts() {
    CliRun run = CliRun.of("coverage");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("SECTION"), run.out().substring(0, 80));
    assertTrue(
        run.out()
            .matches(
                "(?s).*\nfargateProfiles +fargateProfiles\\[\\]\\.name +planned +0\\.1\\.0\n.*"),
        run.out());
    assertTrue(
        run.out()
            .strip()
            .matches(
                "(?s).*\\d+ fields: \\d+ planned, \\d+ create-only, \\d+"
                    + " validated-only, \\d+ not managed yet\\."),
        run.out());
  }

  @Test
  void aSectionAndADispositionNarrowIt() {
    CliRun run = CliRun.of("coverage", "--section", "accessConfig", "--disposition", "not-managed");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("accessConfig.accessEntries[].principalARN"), run.out());
    assertTrue(!run.out().contains("managedNodeGroups"), run.out());
  }

  @Test
  void jsonCarriesItsFormatVersionAndEachFieldsReason() {
    CliRun run = CliRun.of("coverage", "-o", "json", "--section", "remoteNetworkConfig");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("\"formatVersion\" : \"1.0\""), run.out());
    assertTrue(run.out().contains("\"path\" : \"/remoteNetworkConfig/vpcGatewayID\""), run.out());
    assertTrue(run.out().contains("\"disposition\" : \"not-managed\""), run.out());
  }

  @Test
  void anUnknownSectionIsAUsageErrorThatListsTheSections() {
    CliRun run = CliRun.of("coverage", "--section", "fargateProfile");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("unknown section 'fargateProfile'"), run.err());
    assertTrue(run.err().contains("fargateProfiles"), run.err());
  }

  @Test
  void anUnknownDispositionIsAUsageError() {
    CliRun run = CliRun.of("coverage", "--disposition", "managed");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("use one of planned, create-only"), run.err());
  }
}
