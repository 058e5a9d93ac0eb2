package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.ObjectValue;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Policies that would exhaust the heap or the stack end with a policy error at their line: bytes of
 * built values, depth of rules needing rules and nesting of terms are bounded.
 */
class ResourceBoundsTest {
  private static PreparedPolicy policy(String src) {
    return Rego.prepare(Map.of("p.rego", src), ObjectValue.EMPTY);
  }

  private static EvalException evalError(PreparedPolicy p, String query) {
    return assertThrows(EvalException.class, () -> p.eval(query, null, Options.defaults()));
  }

  @Test
  void aComprehensionOfMegabyteStringsStopsAtTheByteBudget() {
    PreparedPolicy p =
        policy(
            """
            package t
            big := concat("", ["x" | some _ in numbers.range(1, 1000000)])
            q := count(xs) if {
              xs := [s | some i in numbers.range(1, 50000); s := concat("", [big, format_int(i, 10)])]
            }
            """);
    EvalException e = evalError(p, "x = data.t.q");
    assertEquals("eval_budget_error", e.code());
    assertEquals(4, e.location().row(), e.getMessage());
    assertTrue(
        e.getMessage().contains("more than 256 MiB of values (last: concat)"), e.getMessage());
  }

  @Test
  void aDoublingConcatChainStopsAtTheByteBudget() {
    StringBuilder src = new StringBuilder("package t\ns0 := \"xxxxxxxxxxxxxxxx\"\n");
    for (int i = 0; i < 40; i++) {
      src.append("s").append(i + 1).append(" := concat(\"\", [s").append(i).append(", s");
      src.append(i).append("])\n");
    }
    src.append("q := count(s40)\n");
    EvalException e = evalError(policy(src.toString()), "x = data.t.q");
    assertEquals("eval_budget_error", e.code());
    assertEquals("p.rego", e.location().file());
    assertTrue(e.getMessage().contains("MiB of values"), e.getMessage());
  }

  @Test
  void aChainOfFiveThousandRulesStopsAtTheDepthBudget() {
    StringBuilder src = new StringBuilder("package t\n");
    for (int i = 0; i < 5000; i++) {
      src.append("p").append(i).append(" := p").append(i + 1).append('\n');
    }
    src.append("p5000 := 1\n");
    EvalException e = evalError(policy(src.toString()), "x = data.t.p0");
    assertEquals("eval_budget_error", e.code());
    int depth = Options.DEFAULT_MAX_DEPTH;
    assertEquals(depth + 2, e.location().row(), e.getMessage());
    assertTrue(e.getMessage().contains("rules nested more than " + depth + " deep"));
  }

  @Test
  void aHundredThousandNestedBracketsAreAParseError() {
    String src = "package t\nq := " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    RegoParseException e =
        assertThrows(RegoParseException.class, () -> Parser.parseModule("p.rego", src));
    assertEquals(2, e.location().row());
    assertTrue(e.getMessage().contains("max parsing recursion depth reached"), e.getMessage());
  }
}
