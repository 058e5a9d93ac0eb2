package io.eksform.sandbox;

import java.time.Instant;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox of the eksworkshop scenario for each test, with real SDK clients pointed at it;
 * register it with {@code @RegisterExtension}. With a manual clock, time moves only when a test
 * moves it.
 */
final class ScenarioSandbox implements BeforeEachCallback, AfterEachCallback {
  /** The clock the sandbox runs on; null when it runs on real time. */
  final ManualClock clock;

  Sandbox sandbox;
  Clients clients;

  private ScenarioSandbox(ManualClock clock) {
    this.clock = clock;
  }

  /** On real time, at the default time scale. */
  static ScenarioSandbox realTime() {
    return new ScenarioSandbox(null);
  }

  /** On a manual clock at 2026-01-01, time scale 1. */
  static ScenarioSandbox manualClock() {
    return new ScenarioSandbox(new ManualClock(Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    SandboxOptions options = SandboxOptions.defaults().withScenario("eksworkshop");
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
