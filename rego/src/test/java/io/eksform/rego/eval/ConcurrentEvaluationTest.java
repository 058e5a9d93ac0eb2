package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * A prepared policy answers the same from many threads at once, although evaluation fills caches
 * kept on the policy (call targets) and on values (hashes).
 */
class ConcurrentEvaluationTest {
  private static final Map<String, String> MODULES =
      Map.of(
          "p.rego",
          """
              package p
              import rego.v1

              get(o, k, d) := object.get(o, k, d) if is_object(o)
              get(o, _, d) := d if not is_object(o)
              items := get(input, "items", [])
              names contains name if { some x in items; name := get(x, "name", "?") }
              long contains name if { some name in names; count(name) > data.limit }
              valid contains name if { some name in names; regex.match(`^[a-z]+$`, name) }
              """);

  private static PreparedPolicy prepare() {
    return Rego.prepare(
        MODULES, (ObjectValue) JsonValues.fromJson(new ObjectMapper().readTree("{\"limit\": 3}")));
  }

  private static Value input(int i) {
    return JsonValues.fromJson(
        new ObjectMapper()
            .readTree(
                "{\"items\": [{\"name\": \"alpha"
                    + i
                    + "\"}, {\"name\": \"beta\"}, {\"other\": 1}, \"x\"]}"));
  }

  @Test
  void threadsSharingAPolicyGetTheResultsOfOneThread() throws Exception {
    PreparedPolicy alone = prepare();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      expected.add(alone.eval("x := data.p", input(i), Options.defaults()).toString());
    }
    assertTrue(expected.get(0).contains("\"valid\": {\"beta\"}"), expected.get(0));
    PreparedPolicy shared = prepare();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<String> got = new ArrayList<>();
                  for (int i = 0; i < 20; i++) {
                    got.add(shared.eval("x := data.p", input(i), Options.defaults()).toString());
                  }
                  return got;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
