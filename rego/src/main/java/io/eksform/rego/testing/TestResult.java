package io.eksform.rego.testing;

/**
 * The verdict of one {@code test_*} rule: PASS, FAIL (false or undefined), ERROR, or SKIPPED for a
 * {@code todo_test_*} rule.
 */
public record TestResult(String name, Status status, String detail, long nanos) {
  /** How a test ended. */
  public enum Status {
    PASS,
    FAIL,
    ERROR,
    SKIPPED
  }
}
