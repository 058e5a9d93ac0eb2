package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The evaluator's shortcuts (terms that need no search evaluated directly, call targets resolved
 * once, cached hashes) change nothing: over random inputs, every rule of a policy that mixes
 * references, functions, builtins, collections and comprehensions has the same value, or fails with
 * the same error, with the shortcuts on and off.
 */
class ShortcutProperties {
  private static final PreparedPolicy POLICY =
      Rego.prepare(
          Map.of(
              "p.rego",
              """
              package p
              import rego.v1

              names contains n if { some x in input.items; n := x.name }
              first := input.items[0]
              name_of(x) := x.name
              name_or(x, d) := object.get(x, "name", d) if is_object(x)
              name_or(x, d) := d if not is_object(x)
              pairs := [[k, v] | some k, v in input.tags]
              upper_names contains upper(s) if { some s in input.items; is_string(s) }
              counts := {k: count(v) | some k, v in input; is_array(v)}
              shape := {"a": input.a, "b": [input.b, input.c], "n": count(input.items)}
              big_sum if sum([x | some x in input.items; is_number(x)]) > 2
              tag_keys := object.keys(input.tags)
              deep := input.a.b.c
              at_index := input.items[input.i]
              lookups contains v if { some k in ["a", "b", "c", "name"]; v := input[k] }
              label(x) := sprintf("%v/%v", [name_or(x, "?"), type_name(x)])
              labels contains label(x) if some x in input.items
              no_a if not input.a
              plus_one := input.n + 1
              same_ab if input.a == input.b
              nested := name_or(first, name_or(input.a, "none"))
              pair_set := {input.a, input.b}
              limit := data.limits[input.name]
              over_limit contains k if { some k, v in input.tags; count(v) > data.limits.tags }
              named contains [i, name_of(x)] if some i, x in input.items
              by_name[n] := x if { some x in input.items; n := name_of(x) }
              first_name := name_of(input.items[0])
              """),
          (ObjectValue)
              io.eksform.rego.value.JsonValues.fromJson(
                  new tools.jackson.databind.ObjectMapper()
                      .readTree(
                          """
                          {"limits": {"tags": 2, "a": 1, "b": [1]}}
                          """)));

  private static final List<String> KEYS =
      List.of("a", "b", "c", "i", "n", "name", "tags", "items");

  private static String outcome(Value input, boolean shortcuts, boolean strict) {
    Options options = Options.defaults().withShortcuts(shortcuts).withStrict(strict);
    try {
      return POLICY.eval("x := data.p", input, options).toString();
    } catch (EvalException e) {
      return "error: " + e.getMessage();
    }
  }

  @Property(tries = 300)
  void theShortcutsChangeNoResult(@ForAll("inputs") Value input, @ForAll boolean strict) {
    assertEquals(outcome(input, false, strict), outcome(input, true, strict));
  }

  @Property(tries = 300)
  void aCachedHashIsTheHashOfAnEqualValue(@ForAll("inputs") Value v) {
    int first = v.hashCode();
    Value copy =
        io.eksform.rego.value.JsonValues.fromJson(io.eksform.rego.value.JsonValues.toJson(v));
    assertEquals(v, copy);
    assertEquals(0, v.compareTo(copy));
    assertEquals(first, copy.hashCode());
    assertEquals(first, v.hashCode());
  }

  @Provide
  Arbitrary<Value> inputs() {
    return objects(3);
  }

  private Arbitrary<Value> values(int depth) {
    Arbitrary<Value> leaves =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-2, 5).map(i -> (Value) NumberValue.of(i)),
            Arbitraries.of("a", "b", "x", "", "name").map(s -> (Value) StringValue.of(s)),
            Arbitraries.of(BooleanValue.TRUE, BooleanValue.FALSE, NullValue.INSTANCE));
    if (depth == 0) {
      return leaves;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaves),
        net.jqwik.api.Tuple.of(1, objects(depth - 1)),
        net.jqwik.api.Tuple.of(
            1, values(depth - 1).list().ofMaxSize(4).map(l -> (Value) new ArrayValue(l))));
  }

  private Arbitrary<Value> objects(int depth) {
    return Arbitraries.maps(Arbitraries.of(KEYS), values(depth))
        .ofMaxSize(5)
        .map(m -> (Value) ObjectValue.wrap(toValues(m)));
  }

  private static TreeMap<Value, Value> toValues(Map<String, Value> m) {
    TreeMap<Value, Value> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(StringValue.of(k), v));
    return out;
  }
}
