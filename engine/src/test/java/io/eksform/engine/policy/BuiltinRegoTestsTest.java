package io.eksform.engine.policy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every test_ rule of the built-in policies' _test.rego files passes through the evaluator. */
class BuiltinRegoTestsTest {
  private static final List<RegoTestResult> RESULTS =
      RegoTests.run(PolicySources.load(PolicyOptions.builtinOnly()));

  @Test
  void everyRuleFileHasTests() {
    for (String name : PolicySources.builtinNames()) {
      if (name.endsWith(".rego") && !name.endsWith("_test.rego") && !name.equals("lib.rego")) {
        String test = name.replace(".rego", "_test.rego");
        assertTrue(
            RESULTS.stream().anyMatch(r -> r.file().endsWith(test)),
            name + " has tests in " + test);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> eachRegoTestPasses() {
    return RESULTS.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.packageName() + "." + r.name(),
                    () -> assertTrue(r.passed(), r.file() + ": " + r.name() + ": " + r.detail())));
  }
}
