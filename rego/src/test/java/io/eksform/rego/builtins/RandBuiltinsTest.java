package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.Value;
import java.io.PrintStream;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code rand.intn}: in range, the same within one query, drawn again by another. */
class RandBuiltinsTest {
  @Test
  void sameKeyAndBoundAgreeWithinAQuery() throws BuiltinException {
    assertEquals(call("rand.intn", s("k"), v("100")), call("rand.intn", s("k"), v("100")));
  }

  @Test
  void valuesStayInRangeWhateverTheSign() throws BuiltinException {
    for (String bound : List.of("1", "7", "-7", "1000000")) {
      long n = Math.abs(Long.parseLong(bound));
      long got = ((NumberValue) call("rand.intn", s("x" + bound), v(bound))).value().longValue();
      assertTrue(got >= 0 && got < n, bound + " gave " + got);
    }
    check("0", "rand.intn", s("k"), v("0"));
  }

  @Test
  void anotherQueryDrawsAgain() throws BuiltinException {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      Instant at = Instant.parse("2024-02-29T12:34:56Z").plusNanos(i);
      seen.add(drawAt(at).toString());
    }
    assertTrue(seen.size() > 1, seen.toString());
  }

  @Test
  void operandsAreTyped() {
    fails("rand.intn", v("1"), v("10"));
    fails("rand.intn", s("k"), v("1.5"));
  }

  private static Value drawAt(Instant at) throws BuiltinException {
    BuiltinContext context =
        new BuiltinContext() {
          @Override
          public Instant now() {
            return at;
          }

          @Override
          public PrintStream printSink() {
            return null;
          }

          @Override
          public boolean strict() {
            return true;
          }
        };
    return Calls.REGISTRY
        .find("rand.intn")
        .orElseThrow()
        .function()
        .call(context, List.of(s("k"), v("1000000")));
  }
}
