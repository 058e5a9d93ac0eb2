package io.eksform.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.eks.model.FargateProfileSelector;
import software.amazon.awssdk.services.eks.model.ResourceInUseException;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;

/** Concurrent callers see one consistent account: no lost writes, one winner per race. */
class ConcurrencyTest {
  static final int THREADS = 8;

  @Test
  void racingCreatesHaveExactlyOneWinner() throws Exception {
    try (Sandbox sandbox =
            Sandbox.start(
                SandboxOptions.defaults()
                    .withScenario("eksworkshop")
                    .withTimeScale(1)
                    .withClock(new ManualClock(java.time.Instant.parse("2026-01-01T00:00:00Z"))));
        Clients clients = new Clients(sandbox.endpoint())) {
      AtomicInteger profileWins = new AtomicInteger();
      AtomicInteger roleWins = new AtomicInteger();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        done.add(
            pool.submit(
                () -> {
                  try {
                    clients.eks.createFargateProfile(
                        r ->
                            r.clusterName("eksworkshop-eksctl")
                                .fargateProfileName("fp-" + thread)
                                .podExecutionRoleArn("arn:aws:iam::123456789012:role/pods")
                                .selectors(
                                    FargateProfileSelector.builder().namespace("a").build()));
                    profileWins.incrementAndGet();
                  } catch (ResourceInUseException e) {
                    // another thread's profile is CREATING: AWS's one-in-flight rule
                  }
                  try {
                    clients.iam.createRole(
                        r -> r.roleName("shared").assumeRolePolicyDocument("{\"Statement\":[]}"));
                    roleWins.incrementAndGet();
                  } catch (EntityAlreadyExistsException e) {
                    // lost the race, as expected for all but one
                  }
                  for (int i = 0; i < 25; i++) {
                    int n = i;
                    clients.iam.createRole(
                        r ->
                            r.roleName("role-" + thread + "-" + n)
                                .assumeRolePolicyDocument("{\"Statement\":[]}"));
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
      assertEquals(1, profileWins.get());
      assertEquals(1, roleWins.get());
      assertEquals(
          1,
          clients
              .eks
              .listFargateProfiles(r -> r.clusterName("eksworkshop-eksctl"))
              .fargateProfileNames()
              .size());
      long roles = clients.iam.listRolesPaginator().roles().stream().count();
      assertEquals(THREADS * 25 + 2, roles);
    }
  }
}
