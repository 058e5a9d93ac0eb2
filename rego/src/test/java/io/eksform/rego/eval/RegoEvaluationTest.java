package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RegoEvaluationTest {
  private static PreparedPolicy policy(String src) {
    return Rego.prepare(Map.of("p.rego", src), ObjectValue.EMPTY);
  }

  private static Value one(PreparedPolicy p, String query, Value input) {
    List<Map<String, Value>> rows = p.eval(query, input, Options.defaults());
    assertEquals(1, rows.size(), "rows of " + query + ": " + rows);
    return rows.get(0).get("x");
  }

  private static Value json(String text) {
    return JsonValues.fromJson(JsonMapper.builder().build().readTree(text));
  }

  @Test
  void partialSetCollectsEveryMessage() {
    PreparedPolicy p =
        policy(
            """
            package main
            deny contains msg if {
              some p in input.profiles
              not p.selectors
              msg := sprintf("%s: no selectors", [p.name])
            }
            """);
    Value v =
        one(p, "x = data.main.deny", json("{\"profiles\":[{\"name\":\"a\"},{\"name\":\"b\"}]}"));
    assertEquals(
        SetValue.of(StringValue.of("a: no selectors"), StringValue.of("b: no selectors")), v);
  }

  @Test
  void withReplacesInputDataAndFunctionsForOneExpressionOnly() {
    PreparedPolicy p =
        policy(
            """
            package t
            f(x) := x + 1
            p := f(input.n)
            q := [a, b] if {
              a := p with input.n as 10 with f as g
              b := p with input.n as 10
            }
            g(x) := x * 100
            """);
    assertEquals(json("[1000, 11]"), one(p, "x = data.t.q", json("{\"n\": 1}")));
  }

  @Test
  void completeRuleConflictIsAnEvaluationError() {
    PreparedPolicy p = policy("package t\np := 1 if true\np := 2 if true\n");
    EvalException e =
        assertThrows(EvalException.class, () -> p.eval("x = data.t.p", null, Options.defaults()));
    assertEquals("eval_conflict_error", e.code());
    assertTrue(e.getMessage().contains("complete rules must not produce multiple outputs"));
  }

  @Test
  void builtinErrorsAreUndefinedUnlessStrict() {
    PreparedPolicy p = policy("package t\np := 1 / input.d\n");
    assertEquals(List.of(), p.eval("x = data.t.p", json("{\"d\": 0}"), Options.defaults()));
    EvalException e =
        assertThrows(
            EvalException.class,
            () -> p.eval("x = data.t.p", json("{\"d\": 0}"), Options.defaults().withStrict(true)));
    assertEquals("eval_builtin_error", e.code());
    assertTrue(e.getMessage().endsWith("div: divide by zero"), e.getMessage());
  }

  @Test
  void unavailableBuiltinIsRefusedAtCompileTime() {
    RegoCompileException e =
        assertThrows(
            RegoCompileException.class,
            () -> policy("package t\np := http.send({\"url\": \"http://x\"})\n"));
    assertEquals("p.rego:2: rego_type_error: undefined function http.send", e.getMessage());
  }

  @Test
  void unavailableBuiltinCompilesWhenTheTestsMockIt() {
    PreparedPolicy p =
        policy(
            """
            package t
            status := http.send({"url": "http://x"}).status
            test_status if status == 200 with http.send as {"status": 200}
            """);
    assertEquals(json("true"), one(p, "x = data.t.test_status", null));
    EvalException e =
        assertThrows(
            EvalException.class, () -> p.eval("x = data.t.status", null, Options.defaults()));
    assertTrue(e.getMessage().contains("http.send: not available"), e.getMessage());
  }

  @Test
  void compileChecksUnsafeVariablesAndRecursion() {
    RegoCompileException unsafe =
        assertThrows(RegoCompileException.class, () -> policy("package t\np if x > 1\n"));
    assertEquals("rego_unsafe_var_error", unsafe.code());
    RegoCompileException rec =
        assertThrows(RegoCompileException.class, () -> policy("package t\np if q\nq if p\n"));
    assertEquals("rego_recursion_error", rec.code());
    RegoCompileException arity =
        assertThrows(RegoCompileException.class, () -> policy("package t\np := count(1, 2, 3)\n"));
    assertEquals("rego_type_error", arity.code());
  }

  @Test
  void runawayPolicyEndsWithABudgetError() {
    PreparedPolicy p =
        policy(
            "package t\np := count([1 | some a in numbers.range(1, 3000); some b in input.xs])\n");
    EvalException e =
        assertThrows(
            EvalException.class,
            () ->
                p.eval(
                    "x = data.t.p",
                    json("{\"xs\": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}"),
                    Options.defaults().withBudget(10_000, 5_000)));
    assertEquals("eval_budget_error", e.code());
  }

  @Test
  void preparedPolicyServesParallelEvaluations() throws Exception {
    PreparedPolicy p = policy("package t\ndouble := [y | some v in input.xs; y := v * 2]\n");
    PreparedPolicy.Query q = p.query("x = data.t.double");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        futures.add(
            pool.submit(
                () -> {
                  Value in = json("{\"xs\": [" + n + ", 1]}");
                  Value got = q.eval(in, Options.defaults()).get(0).get("x");
                  return got.equals(json("[" + (2 * n) + ", 2]"));
                }));
      }
      for (Future<Boolean> f : futures) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void numbersKeepArbitraryPrecision() {
    PreparedPolicy p = policy("package t\np := 18446744073709551615 + 1\n");
    assertEquals(NumberValue.parse("18446744073709551616"), one(p, "x = data.t.p", null));
  }

  @Test
  void comprehensionDoesNotSeeAVariableDeclaredLaterWithAssign() {
    PreparedPolicy p =
        policy(
            "package t\nxs := {\"a\", \"b\", \"c\"}\n"
                + "q := x if {\n  y := {x | xs[x]}\n  z := {x | xs[x]}\n"
                + "  count(y) == count(z)\n  x := count(y)\n}\n");
    assertEquals(NumberValue.of(3), one(p, "x = data.t.q", null));
  }

  @Test
  void numbersWrittenWithAnExponentPrintAsOpaPrintsThem() {
    PreparedPolicy p =
        policy("package t\nq := sprintf(\"%v %v %v\", [2e308, 1e20, 100000000000000000000])\n");
    assertEquals(StringValue.of("2e308 1e+20 100000000000000000000"), one(p, "x = data.t.q", null));
    PreparedPolicy marshal = policy("package t\nq := json.marshal([2e308, 1e20, 12])\n");
    assertEquals(StringValue.of("[2e308,1e20,12]"), one(marshal, "x = data.t.q", null));
  }

  @Test
  void keyAndValueMembershipOnTheRightOfAssign() {
    PreparedPolicy p = policy("package t\nq := x if {\n  x := 1, \"foo\" in 1\n}\n");
    assertEquals(json("false"), one(p, "x = data.t.q", null));
  }

  @Test
  void unknownOptionKeysAreQuoted() {
    PreparedPolicy p = policy("package t\nq := json.marshal_with_options([], {\"bogus\": true})\n");
    EvalException e =
        assertThrows(
            EvalException.class,
            () -> p.eval("x = data.t.q", null, Options.defaults().withStrict(true)));
    assertTrue(e.getMessage().contains("object contained unknown key \"bogus\""), e.getMessage());
  }

  @Test
  void durationsTakeDaysWeeksAndYears() {
    PreparedPolicy p = policy("package t\nq := time.parse_duration_ns(\"1d2h\")\n");
    assertEquals(NumberValue.of(93_600_000_000_000L), one(p, "x = data.t.q", null));
  }

  @Test
  void digestsAndHmacs() {
    PreparedPolicy p =
        policy("package t\nq := [crypto.md5(\"lorem ipsum\"), crypto.hmac.equal(\"a\", \"a\")]\n");
    assertEquals(
        json("[\"80a751fde577028640c419000e33eba6\", true]"), one(p, "x = data.t.q", null));
  }

  @Test
  void keywordsAreFieldNamesAfterADot() {
    PreparedPolicy p =
        policy(
            "package t\nq := [input.if, input.contains.every, input.else, input.in, input.not]\n");
    Value in = json("{\"if\":1,\"contains\":{\"every\":2},\"else\":3,\"in\":4,\"not\":5}");
    assertEquals(json("[1,2,3,4,5]"), one(p, "x = data.t.q", in));
  }

  @Test
  void aVariableAssignedTwiceIsACompileError() {
    RegoCompileException e =
        assertThrows(
            RegoCompileException.class, () -> policy("package t\nq if { x := 1; x := 2 }\n"));
    assertTrue(
        e.getMessage().endsWith("p.rego:2: rego_compile_error: var x assigned above"),
        e.getMessage());
  }

  @Test
  void withTargetsMustBeInputDataOrAFunction() {
    RegoCompileException e =
        assertThrows(
            RegoCompileException.class, () -> policy("package t\nq if { true with foo as 1 }\n"));
    assertTrue(
        e.getMessage()
            .contains("with keyword target must reference existing input, data, or a function"),
        e.getMessage());
    PreparedPolicy p = policy("package t\nf(x) := x + 1\nq := y if { y := f(1) with f as 7 }\n");
    assertEquals(NumberValue.of(7), one(p, "x = data.t.q", null));
  }
}
