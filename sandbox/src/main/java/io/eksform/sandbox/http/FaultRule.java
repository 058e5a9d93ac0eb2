package io.eksform.sandbox.http;

import java.time.Duration;
import java.util.Locale;

/**
 * A fault to inject into one operation (or every operation, {@code *}): added latency, a throttling
 * rate, a server-error rate and "fail the Nth call" (0 = never); {@code upToAttempt} limits the
 * errors to the first SDK attempts of a call (from {@code amz-sdk-request}), 0 = every attempt, so
 * that {@code throttle=1,attempts=1} exercises a client's retry and lets the retry succeed.
 */
public record FaultRule(
    String operation,
    Duration latency,
    double throttleRate,
    double serverErrorRate,
    int failNthCall,
    int upToAttempt) {

  /** Validates the rates and the call number. */
  public FaultRule {
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException("a fault needs an operation name or '*'");
    }
    if (throttleRate < 0 || throttleRate > 1 || serverErrorRate < 0 || serverErrorRate > 1) {
      throw new IllegalArgumentException("fault rates must be between 0 and 1");
    }
    if (failNthCall < 0) {
      throw new IllegalArgumentException("failNth must be 0 (never) or a call number");
    }
    if (upToAttempt < 0) {
      throw new IllegalArgumentException("attempts must be 0 (every attempt) or an attempt number");
    }
    latency = latency == null ? Duration.ZERO : latency;
  }

  /** A rule without an attempt limit. */
  public FaultRule(
      String operation,
      Duration latency,
      double throttleRate,
      double serverErrorRate,
      int failNthCall) {
    this(operation, latency, throttleRate, serverErrorRate, failNthCall, 0);
  }

  /** Whether this rule applies to the named operation. */
  public boolean matches(String operationName) {
    return operation.equals("*") || operation.equals(operationName);
  }

  /** Whether errors apply to this SDK attempt number. */
  public boolean appliesToAttempt(int attempt) {
    return upToAttempt == 0 || attempt <= upToAttempt;
  }

  /**
   * Parses {@code Operation:key=value,...} with keys {@code latency} (ms or {@code 50ms}/{@code
   * 1s}), {@code throttle} and {@code error} (rates 0..1), {@code failNth} (a call number) and
   * {@code attempts} (errors only up to this SDK attempt).
   */
  public static FaultRule parse(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "fault '"
              + text
              + "' must look like Operation:latency=50ms,throttle=0.1,error=0.05,failNth=3");
    }
    Duration latency = Duration.ZERO;
    double throttle = 0;
    double error = 0;
    int failNth = 0;
    int attempts = 0;
    for (String part : text.substring(colon + 1).split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2) {
        throw new IllegalArgumentException("fault setting '" + part + "' must be key=value");
      }
      try {
        String value = kv[1].trim().toLowerCase(Locale.ROOT);
        switch (kv[0].trim()) {
          case "latency" -> latency = parseDuration(value);
          case "throttle" -> throttle = Double.parseDouble(value);
          case "error" -> error = Double.parseDouble(value);
          case "failNth" -> failNth = Integer.parseInt(value);
          case "attempts" -> attempts = Integer.parseInt(value);
          default ->
              throw new IllegalArgumentException(
                  "unknown fault setting '"
                      + kv[0]
                      + "' (use latency, throttle, error, failNth, attempts)");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "fault setting '" + part + "' needs a number, as in latency=50ms or throttle=0.1", e);
      }
    }
    return new FaultRule(text.substring(0, colon), latency, throttle, error, failNth, attempts);
  }

  private static Duration parseDuration(String value) {
    if (value.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
    }
    if (value.endsWith("s")) {
      return Duration.ofMillis(
          (long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
    }
    return Duration.ofMillis(Long.parseLong(value));
  }
}
