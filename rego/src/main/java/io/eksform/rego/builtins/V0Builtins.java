package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The built-ins OPA 1.x removed but still offers to Rego v0 modules ({@code all}, {@code any},
 * {@code re_match}, {@code net.cidr_overlap}, {@code set_diff} and the {@code cast_*} family). The
 * compiler lets only v0 modules call them; for v1 they are undefined, as in OPA.
 */
public final class V0Builtins {
  /** The names only a Rego v0 module may call. */
  public static final Set<String> NAMES =
      Set.of(
          "all",
          "any",
          "re_match",
          "net.cidr_overlap",
          "set_diff",
          "cast_array",
          "cast_set",
          "cast_string",
          "cast_boolean",
          "cast_null",
          "cast_object");

  private V0Builtins() {}

  static void register(BuiltinRegistry r) {
    r.add("all", 1, (c, a) -> quantify("all", a.get(0), true));
    r.add("any", 1, (c, a) -> quantify("any", a.get(0), false));
    r.add("re_match", 2, (c, a) -> RegexBuiltins.match("re_match", a));
    r.add(
        "net.cidr_overlap",
        2,
        (c, a) -> BooleanValue.of(NetBuiltins.contains("net.cidr_overlap", a.get(0), a.get(1))));
    r.add("set_diff", 2, V0Builtins::setDiff);
    r.add("cast_array", 1, V0Builtins::castArray);
    r.add("cast_set", 1, V0Builtins::castSet);
    r.add("cast_string", 1, (c, a) -> expect("cast_string", a.get(0), StringValue.class, "string"));
    r.add(
        "cast_boolean",
        1,
        (c, a) -> expect("cast_boolean", a.get(0), BooleanValue.class, "boolean"));
    r.add("cast_null", 1, (c, a) -> expect("cast_null", a.get(0), NullValue.class, "null"));
    r.add("cast_object", 1, (c, a) -> expect("cast_object", a.get(0), ObjectValue.class, "object"));
  }

  /** {@code all} is true when every element is {@code true}; {@code any} when one is. */
  private static Value quantify(String name, Value v, boolean every) throws BuiltinException {
    if (!(v instanceof ArrayValue) && !(v instanceof SetValue)) {
      throw Operands.typeError(name, 1, v, "array", "set");
    }
    for (Value e : Operands.elements(v)) {
      boolean isTrue = BooleanValue.TRUE.equals(e);
      if (every != isTrue) {
        return BooleanValue.of(!every);
      }
    }
    return BooleanValue.of(every);
  }

  private static Value setDiff(BuiltinContext c, List<Value> a) throws BuiltinException {
    SetValue x = Operands.set("set_diff", a, 1);
    SetValue y = Operands.set("set_diff", a, 2);
    TreeSet<Value> out = new TreeSet<>(x.elements());
    out.removeAll(y.elements());
    return SetValue.wrap(out);
  }

  private static Value castArray(BuiltinContext c, List<Value> a) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof ArrayValue) {
      return v;
    }
    if (v instanceof SetValue s) {
      return new ArrayValue(List.copyOf(s.elements()));
    }
    throw Operands.typeError("cast_array", 1, v, "array", "set");
  }

  private static Value castSet(BuiltinContext c, List<Value> a) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof SetValue) {
      return v;
    }
    if (v instanceof ArrayValue arr) {
      return SetValue.of(arr.elements());
    }
    throw Operands.typeError("cast_set", 1, v, "array", "set");
  }

  private static Value expect(String name, Value v, Class<? extends Value> type, String typeName)
      throws BuiltinException {
    if (!type.isInstance(v)) {
      throw Operands.typeError(name, 1, v, typeName);
    }
    return v;
  }
}
