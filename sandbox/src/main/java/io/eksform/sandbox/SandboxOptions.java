package io.eksform.sandbox;

import io.eksform.sandbox.http.FaultRule;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How to run a sandbox: port (0 = any free port), bind address, scenario (a built-in name such as
 * {@code empty} or {@code eksworkshop}, or a path to a YAML scenario file), state file (empty = in
 * memory only), time scale for lifecycle transitions (1 = as slow as AWS, 0 = instant), faults,
 * request log and clock.
 */
public record SandboxOptions(
    int port,
    String bindAddress,
    String scenario,
    Optional<Path> stateFile,
    double timeScale,
    List<FaultRule> faults,
    Optional<Path> requestLog,
    Clock clock) {

  /** The time scale {@code serve} uses by default: transitions take a few seconds. */
  public static final double DEMO_TIME_SCALE = 0.02;

  /** Validates and copies. */
  public SandboxOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("the port must be between 0 and 65535, not " + port);
    }
    if (timeScale < 0 || Double.isNaN(timeScale)) {
      throw new IllegalArgumentException("the time scale must be 0 or more, not " + timeScale);
    }
    faults = List.copyOf(faults);
  }

  /** Any free port on 127.0.0.1, the empty scenario, no state file, instant transitions. */
  public static SandboxOptions defaults() {
    return new SandboxOptions(
        0,
        "127.0.0.1",
        "empty",
        Optional.empty(),
        0,
        List.of(),
        Optional.empty(),
        Clock.systemUTC());
  }

  /** A copy listening on another port. */
  public SandboxOptions withPort(int newPort) {
    return new SandboxOptions(
        newPort, bindAddress, scenario, stateFile, timeScale, faults, requestLog, clock);
  }

  /** A copy bound to another address. */
  public SandboxOptions withBindAddress(String address) {
    return new SandboxOptions(
        port, address, scenario, stateFile, timeScale, faults, requestLog, clock);
  }

  /** A copy seeded from another scenario (a built-in name or a YAML file path). */
  public SandboxOptions withScenario(String newScenario) {
    return new SandboxOptions(
        port, bindAddress, newScenario, stateFile, timeScale, faults, requestLog, clock);
  }

  /** A copy that persists its account to {@code file}. */
  public SandboxOptions withStateFile(Path file) {
    return new SandboxOptions(
        port, bindAddress, scenario, Optional.of(file), timeScale, faults, requestLog, clock);
  }

  /** A copy with another time scale. */
  public SandboxOptions withTimeScale(double scale) {
    return new SandboxOptions(
        port, bindAddress, scenario, stateFile, scale, faults, requestLog, clock);
  }

  /** A copy with faults to inject. */
  public SandboxOptions withFaults(List<FaultRule> rules) {
    return new SandboxOptions(
        port, bindAddress, scenario, stateFile, timeScale, rules, requestLog, clock);
  }

  /** A copy that logs every request as a JSON line to {@code file}. */
  public SandboxOptions withRequestLog(Path file) {
    return new SandboxOptions(
        port, bindAddress, scenario, stateFile, timeScale, faults, Optional.of(file), clock);
  }

  /** A copy reading time from another clock (tests use {@link ManualClock}). */
  public SandboxOptions withClock(Clock newClock) {
    return new SandboxOptions(
        port, bindAddress, scenario, stateFile, timeScale, faults, requestLog, newClock);
  }
}
