package io.eksform.rego.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.PreparedPolicy;
import io.eksform.rego.Rego;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of sets, objects and the value order, checked through the evaluator. */
class ValueLawsProperties {
  private static final PreparedPolicy LAWS =
      Rego.prepare(
          Map.of(
              "laws.rego",
              """
              package laws
              union_commutes if (input.a | input.b) == (input.b | input.a)
              intersection_commutes if (input.a & input.b) == (input.b & input.a)
              union_associates if ((input.a | input.b) | input.c) == (input.a | (input.b | input.c))
              distributes if {
                (input.a & (input.b | input.c)) == ((input.a & input.b) | (input.a & input.c))
              }
              difference_disjoint if count((input.a - input.b) & input.b) == 0
              difference_partition if ((input.a - input.b) | (input.a & input.b)) == input.a
              object_rebuilt if {k: v | some k, v in input.o} == input.o
              sorted := sort(input.xs)
              """),
          ObjectValue.EMPTY);

  private static Value eval(String rule, Value input) {
    var rows = LAWS.eval("x = data.laws." + rule, input, Options.defaults());
    return rows.isEmpty() ? null : rows.get(0).get("x");
  }

  @Property(tries = 200)
  void setOperatorsObeyTheirLaws(
      @ForAll("sets") SetValue a, @ForAll("sets") SetValue b, @ForAll("sets") SetValue c) {
    ObjectValue in =
        ObjectValue.of(
            Map.of(StringValue.of("a"), a, StringValue.of("b"), b, StringValue.of("c"), c));
    for (String law :
        List.of(
            "union_commutes",
            "intersection_commutes",
            "union_associates",
            "distributes",
            "difference_disjoint",
            "difference_partition")) {
      assertEquals(BooleanValue.TRUE, eval(law, in), law + " for " + in.toRego());
    }
  }

  @Property(tries = 200)
  void objectComprehensionRebuildsAnyObject(@ForAll("objects") ObjectValue o) {
    ObjectValue in = ObjectValue.of(Map.of(StringValue.of("o"), o));
    assertEquals(BooleanValue.TRUE, eval("object_rebuilt", in), o.toRego());
  }

  @Property(tries = 300)
  void orderIsTotalAndConsistentWithEquals(
      @ForAll("values") Value a, @ForAll("values") Value b, @ForAll("values") Value c) {
    assertEquals(Integer.signum(a.compareTo(b)), -Integer.signum(b.compareTo(a)));
    assertEquals(a.compareTo(b) == 0, a.equals(b));
    if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
      assertTrue(a.compareTo(c) <= 0);
    }
  }

  @Property(tries = 200)
  void sortBuiltinAgreesWithTheOrder(@ForAll("arrays") ArrayValue xs) {
    List<Value> expected = new ArrayList<>(xs.elements());
    expected.sort(null);
    ObjectValue in = ObjectValue.of(Map.of(StringValue.of("xs"), xs));
    assertEquals(new ArrayValue(expected), eval("sorted", in));
  }

  @Provide
  Arbitrary<Value> values() {
    return value(2);
  }

  @Provide
  Arbitrary<SetValue> sets() {
    return value(1).list().ofMaxSize(5).map(SetValue::of);
  }

  @Provide
  Arbitrary<ObjectValue> objects() {
    return object(value(1), value(1));
  }

  @Provide
  Arbitrary<ArrayValue> arrays() {
    return value(2).list().ofMaxSize(8).map(ArrayValue::new);
  }

  private static Arbitrary<ObjectValue> object(Arbitrary<Value> keys, Arbitrary<Value> vals) {
    return Arbitraries.maps(keys, vals).ofMaxSize(4).map(m -> ObjectValue.wrap(new TreeMap<>(m)));
  }

  private static Arbitrary<Value> value(int depth) {
    Arbitrary<Value> scalar =
        Arbitraries.oneOf(
            Arbitraries.just(NullValue.INSTANCE),
            Arbitraries.of(true, false).map(BooleanValue::of),
            Arbitraries.integers().between(-50, 50).map(i -> NumberValue.of(i)),
            Arbitraries.integers()
                .between(-500, 500)
                .map(i -> NumberValue.of(BigDecimal.valueOf(i, 1))),
            Arbitraries.strings().ofMaxLength(4).map(StringValue::of));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Value> inner = value(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, scalar),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(ArrayValue::new)),
        net.jqwik.api.Tuple.of(1, inner.list().ofMaxSize(3).map(SetValue::of)),
        net.jqwik.api.Tuple.of(1, object(inner, inner).map(o -> (Value) o)));
  }
}
