package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.core.waiters.WaiterOverrideConfiguration;
import software.amazon.awssdk.services.eks.model.EksException;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.FargateProfileStatus;
import software.amazon.awssdk.services.eks.model.ResourceNotFoundException;
import software.amazon.awssdk.services.eks.waiters.EksWaiter;
import software.amazon.awssdk.services.iam.model.IamException;

/** Persistence, faults, retries with idempotency tokens, the request log and SDK waiters. */
class OperationsTest {
  static final String CLUSTER = "eksworkshop-eksctl";

  static void createProfile(Clients clients, String name) {
    clients.eks.createFargateProfile(
        r ->
            r.clusterName(CLUSTER)
                .fargateProfileName(name)
                .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                .selectors(FargateProfileSelector.builder().namespace("prodcatalog-ns").build()));
  }

  @Test
  void stateSurvivesARestart(@TempDir Path dir) {
    Path state = dir.resolve("state.json");
    SandboxOptions options =
        SandboxOptions.defaults().withScenario("eksworkshop").withStateFile(state);
    try (Sandbox first = Sandbox.start(options);
        Clients clients = new Clients(first.endpoint())) {
      createProfile(clients, "fp-kept");
      clients.iam.createRole(
          r -> r.roleName("kept").assumeRolePolicyDocument("{\"Statement\":[]}"));
    }
    assertTrue(Files.isRegularFile(state));
    try (Sandbox second = Sandbox.start(options.withScenario("empty"));
        Clients clients = new Clients(second.endpoint())) {
      assertEquals(
          FargateProfileStatus.ACTIVE,
          clients
              .eks
              .describeFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp-kept"))
              .fargateProfile()
              .status());
      assertEquals("kept", clients.iam.getRole(r -> r.roleName("kept")).role().roleName());
    }
  }

  @Test
  void retriedCreateWithTheSameTokenGetsTheFirstAnswer() {
    List<FaultRule> faults = List.of(FaultRule.parse("CreateFargateProfile:failNth=1"));
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults().withScenario("eksworkshop").withFaults(faults));
        Clients clients = new Clients(sandbox.endpoint())) {
      // attempt 1 answers 500 before reaching the account; the SDK retries with the same token
      createProfile(clients, "fp-retry");
      assertEquals(
          List.of("fp-retry"),
          clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames());
    }
  }

  @Test
  void sameTokenTwiceReturnsTheSameProfile() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"));
        Clients clients = new Clients(sandbox.endpoint())) {
      var request =
          software.amazon.awssdk.services.eks.model.CreateFargateProfileRequest.builder()
              .clusterName(CLUSTER)
              .fargateProfileName("fp-token")
              .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
              .selectors(FargateProfileSelector.builder().namespace("a").build())
              .clientRequestToken("token-1")
              .build();
      String first = clients.eks.createFargateProfile(request).fargateProfile().fargateProfileArn();
      String second =
          clients.eks.createFargateProfile(request).fargateProfile().fargateProfileArn();
      assertEquals(first, second);
    }
  }

  @Test
  void aTokenIsRememberedForADayOnly() {
    ManualClock clock = new ManualClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    try (Sandbox sandbox =
            Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop").withClock(clock));
        Clients clients = new Clients(sandbox.endpoint())) {
      var request =
          software.amazon.awssdk.services.eks.model.CreateFargateProfileRequest.builder()
              .clusterName(CLUSTER)
              .fargateProfileName("fp-token")
              .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
              .selectors(FargateProfileSelector.builder().namespace("a").build())
              .clientRequestToken("token-1")
              .build();
      clients.eks.createFargateProfile(request);
      clock.advance(java.time.Duration.ofMinutes(30));
      clients.eks.deleteFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp-token"));
      clock.advance(java.time.Duration.ofMinutes(30));
      assertEquals(
          List.of(),
          clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames());
      // Within the day, the token answers with its first reply and creates nothing.
      clients.eks.createFargateProfile(request);
      assertEquals(
          List.of(),
          clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames());
      clock.advance(java.time.Duration.ofHours(24));
      clients.eks.createFargateProfile(request);
      assertEquals(
          List.of("fp-token"),
          clients.eks.listFargateProfiles(r -> r.clusterName(CLUSTER)).fargateProfileNames());
    }
  }

  @Test
  void throttlingIsRetriedThenGivenUp() {
    List<FaultRule> faults =
        List.of(FaultRule.parse("ListClusters:throttle=1"), FaultRule.parse("GetRole:error=1"));
    ClientOverrideConfiguration fast =
        ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build();
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults().withScenario("eksworkshop").withFaults(faults));
        Clients clients = new Clients(sandbox.endpoint(), fast)) {
      EksException e = assertThrows(EksException.class, () -> clients.eks.listClusters());
      assertEquals(429, e.statusCode());
      assertEquals("ThrottlingException", e.awsErrorDetails().errorCode());
      IamException i =
          assertThrows(IamException.class, () -> clients.iam.getRole(r -> r.roleName("x")));
      assertEquals("ServiceFailure", i.awsErrorDetails().errorCode());
      assertEquals(CLUSTER, clients.eks.describeCluster(r -> r.name(CLUSTER)).cluster().name());
    }
  }

  @Test
  void faultsLimitedToTheFirstAttemptExerciseTheRetry(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("requests.jsonl");
    List<FaultRule> faults = List.of(FaultRule.parse("DescribeCluster:throttle=1,attempts=1"));
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults()
                    .withScenario("eksworkshop")
                    .withFaults(faults)
                    .withRequestLog(log));
        Clients clients = new Clients(sandbox.endpoint())) {
      assertEquals(CLUSTER, clients.eks.describeCluster(r -> r.name(CLUSTER)).cluster().name());
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("\"status\":429"), lines.get(0));
    assertTrue(lines.get(1).contains("\"attempt\":2") && lines.get(1).contains("\"status\":200"));
    String invocation = lines.get(0).replaceAll(".*\"invocationId\":\"([^\"]+)\".*", "$1");
    assertTrue(lines.get(1).contains(invocation), "both attempts share the SDK invocation id");
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> FaultRule.parse("X:throttle=lots"));
    assertTrue(bad.getMessage().contains("needs a number"));
  }

  @Test
  void requestLogHasOneJsonLinePerCall(@TempDir Path dir) throws Exception {
    Path log = dir.resolve("requests.jsonl");
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withRequestLog(log));
        Clients clients = new Clients(sandbox.endpoint())) {
      clients.sts.getCallerIdentity();
      assertThrows(
          ResourceNotFoundException.class, () -> clients.eks.describeCluster(r -> r.name("nope")));
    }
    List<String> lines = Files.readAllLines(log);
    assertEquals(2, lines.size());
    assertTrue(lines.get(0).contains("\"operation\":\"GetCallerIdentity\""));
    assertTrue(lines.get(1).contains("\"error\":\"ResourceNotFoundException\""));
    assertTrue(lines.get(1).contains("\"status\":404"));
  }

  @Test
  void waitersSeeTheLifecycle() {
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults().withScenario("eksworkshop").withTimeScale(0.001));
        Clients clients = new Clients(sandbox.endpoint());
        EksWaiter waiter =
            EksWaiter.builder()
                .client(clients.eks)
                .overrideConfiguration(
                    WaiterOverrideConfiguration.builder()
                        .backoffStrategyV2(
                            software.amazon.awssdk.retries.api.BackoffStrategy.fixedDelay(
                                Duration.ofMillis(50)))
                        .maxAttempts(100)
                        .build())
                .build()) {
      createProfile(clients, "fp-wait");
      var active =
          waiter.waitUntilFargateProfileActive(
              r -> r.clusterName(CLUSTER).fargateProfileName("fp-wait"));
      assertEquals(
          FargateProfileStatus.ACTIVE,
          active.matched().response().orElseThrow().fargateProfile().status());
      clients.eks.deleteFargateProfile(r -> r.clusterName(CLUSTER).fargateProfileName("fp-wait"));
      var deleted =
          waiter.waitUntilFargateProfileDeleted(
              r -> r.clusterName(CLUSTER).fargateProfileName("fp-wait"));
      assertTrue(deleted.matched().exception().orElseThrow() instanceof ResourceNotFoundException);
    }
  }

  @Test
  void environmentNamesEverythingAClientNeeds() {
    try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withScenario("eksworkshop"))) {
      Map<String, String> env = sandbox.environment();
      assertEquals(sandbox.endpoint().toString(), env.get("AWS_ENDPOINT_URL"));
      assertEquals("us-west-2", env.get("AWS_REGION"));
      assertTrue(env.containsKey("AWS_ACCESS_KEY_ID") && env.containsKey("AWS_SECRET_ACCESS_KEY"));
    }
  }

  @Test
  void unwritableStateFileFailsAtStart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "not a directory");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Sandbox.start(SandboxOptions.defaults().withStateFile(file.resolve("state.json"))));
    assertTrue(e.getMessage().startsWith("cannot write the sandbox state file"), e.getMessage());
  }

  @Test
  void embeddedSandboxKeepsStateInItsDirectory(@TempDir Path dir) {
    try (Sandbox sandbox = Sandbox.startEmbedded(dir)) {
      assertTrue(sandbox.port() > 0);
    }
    assertTrue(Files.isRegularFile(dir.resolve(Sandbox.EMBEDDED_STATE_FILE)));
  }
}
