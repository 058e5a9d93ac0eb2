package io.eksform.rego.conformance;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.ast.Module;
import io.eksform.rego.ast.RegoVersion;
import io.eksform.rego.compile.RegoCompileException;
import io.eksform.rego.eval.EvalException;
import io.eksform.rego.eval.Options;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.parse.RegoParseException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/** Runs one conformance case the way OPA's own runner does and compares the outcome. */
final class CaseRunner {
  private CaseRunner() {}

  static Outcome run(ConformanceCase c, RegoVersion version) {
    List<Map<String, Value>> rows = null;
    String error = null;
    String errorCode = null;
    try {
      rows = evaluate(c, version);
    } catch (EvalException e) {
      error = e.getMessage();
      errorCode = e.code();
    } catch (RegoParseException | RegoCompileException e) {
      error = e.getMessage();
      errorCode = "compile";
    } catch (StackOverflowError e) {
      error = "stack overflow";
      errorCode = "crash";
    } catch (RuntimeException e) {
      error = e.toString();
      errorCode = "crash";
    }
    boolean wantsError = c.wantError() != null || c.wantErrorCode() != null;
    if (error != null && !wantsError) {
      return Outcome.fail("unexpected error: " + error);
    }
    if (wantsError) {
      if (error == null) {
        return Outcome.fail("expected an error, got " + rows);
      }
      if (c.wantErrorCode() != null && !c.wantErrorCode().equals(errorCode)) {
        return Outcome.fail("expected code " + c.wantErrorCode() + ", got: " + error);
      }
      if (c.wantError() != null && !error.contains(c.wantError())) {
        return Outcome.fail("expected error text '" + c.wantError() + "', got: " + error);
      }
      if (c.wantResult() == null || rows == null) {
        return Outcome.pass();
      }
    }
    if (c.wantResult() == null) {
      return Outcome.fail("case has no expectation");
    }
    Set<Map<String, Value>> want = new HashSet<>();
    for (JsonNode row : c.wantResult()) {
      Map<String, Value> r = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : row.properties()) {
        Value v = JsonValues.fromJson(e.getValue());
        r.put(e.getKey(), c.sortBindings() ? sorted(v) : v);
      }
      want.add(r);
    }
    Set<Map<String, Value>> got = new HashSet<>();
    for (Map<String, Value> row : rows) {
      Map<String, Value> r = new TreeMap<>();
      for (Map.Entry<String, Value> e : row.entrySet()) {
        Value v = plain(e.getValue());
        r.put(e.getKey(), c.sortBindings() ? sorted(v) : v);
      }
      got.add(r);
    }
    if (want.equals(got)) {
      return Outcome.pass();
    }
    return Outcome.fail("want " + show(want) + " got " + show(got));
  }

  private static List<Map<String, Value>> evaluate(ConformanceCase c, RegoVersion version) {
    List<Module> modules = new ArrayList<>();
    for (int i = 0; i < c.modules().size(); i++) {
      modules.add(Parser.parseModule("test-" + i + ".rego", c.modules().get(i), version));
    }
    // an empty `data:` key reads as null: OPA's runner treats it as no data
    ObjectValue data =
        c.data() != null && JsonValues.fromJson(c.data()) instanceof ObjectValue o
            ? o
            : ObjectValue.EMPTY;
    PreparedPolicy policy = Rego.prepare(modules, data);
    Value input = null;
    if (c.inputTerm() != null) {
      List<Map<String, Value>> r =
          Rego.prepare(List.of(), ObjectValue.EMPTY)
              .eval("x = " + c.inputTerm(), null, Options.defaults());
      input = r.isEmpty() ? null : r.get(0).get("x");
    } else if (c.input() != null) {
      input = JsonValues.fromJson(c.input());
    }
    Options options = Options.defaults().withStrict(c.strict()).withBudget(5_000_000L, 5_000L);
    return policy.eval(c.query(), input, options);
  }

  /** The JSON form OPA's runner compares: sets as sorted arrays, non-string keys as JSON text. */
  static Value plain(Value v) {
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      s.elements().forEach(e -> out.add(plain(e)));
      return new ArrayValue(out);
    }
    if (v instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>();
      a.elements().forEach(e -> out.add(plain(e)));
      return new ArrayValue(out);
    }
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> out = new TreeMap<>();
      o.entries().forEach((k, val) -> out.put(StringValue.of(ValuePrinter.keyText(k)), plain(val)));
      return ObjectValue.wrap(out);
    }
    return v;
  }

  private static Value sorted(Value v) {
    if (v instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>(a.elements());
      out.sort(null);
      return new ArrayValue(out);
    }
    return v;
  }

  private static String show(Set<Map<String, Value>> rows) {
    List<String> out = new ArrayList<>();
    for (Map<String, Value> r : rows) {
      Map<String, String> m = new LinkedHashMap<>();
      r.forEach((k, v) -> m.put(k, v.toJsonText()));
      out.add(m.toString());
    }
    String s = out.toString();
    return s.length() > 300 ? s.substring(0, 300) + "..." : s;
  }
}
