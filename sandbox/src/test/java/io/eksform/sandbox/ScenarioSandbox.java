package io.eksform.sandbox;

import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox of a scenario (eksworkshop unless named) for each test, with real SDK clients pointed
 * at it; register it with {@code @RegisterExtension}. With a manual clock, time moves only when a
 * test moves it.
 */
final class ScenarioSandbox implements BeforeEachCallback, AfterEachCallback {
  /** The clock the sandbox runs on; null when it runs on real time. */
  final ManualClock clock;

  private final String scenario;
  Sandbox sandbox;
  Clients clients;

  private ScenarioSandbox(ManualClock clock, String scenario) {
    this.clock = clock;
    this.scenario = scenario;
  }

  /** On real time, at the default time scale. */
  static ScenarioSandbox realTime() {
    return realTime("eksworkshop");
  }

  /** Another scenario on real time, at the default time scale. */
  static ScenarioSandbox realTime(String scenario) {
    return new ScenarioSandbox(null, scenario);
  }

  /** On a manual clock at 2026-01-01, time scale 1. */
  static ScenarioSandbox manualClock() {
    return manualClock("eksworkshop");
  }

  /** Another scenario on a manual clock at 2026-01-01, time scale 1. */
  static ScenarioSandbox manualClock(String scenario) {
    return new ScenarioSandbox(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")), scenario);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SandboxOptions options = SandboxOptions.defaults().withScenario(scenario);
    if (clock != null) {
      options = options.withTimeScale(1).withClock(clock);
    }
    sandbox = Sandbox.start(options);
    clients = new Clients(sandbox.endpoint());
  }

  @Override
  public void afterEach(ExtensionContext context) {
    clients.close();
    sandbox.close();
  }
}
