package io.eksform.rego.conformance;

/** The result of one case: passed or not, with a one-line explanation when not. */
record Outcome(boolean passed, String detail) {
  static Outcome pass() {
    return new Outcome(true, "");
  }

  static Outcome fail(String detail) {
    return new Outcome(false, detail.replace('\n', ' '));
  }
}
