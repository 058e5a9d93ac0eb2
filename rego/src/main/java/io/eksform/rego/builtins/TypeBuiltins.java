package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.function.Predicate;

/** The type tests {@code is_*} (true or false, never undefined) and {@code type_name}. */
final class TypeBuiltins {
  private TypeBuiltins() {}

  static void register(BuiltinRegistry r) {
    test(r, "is_number", v -> v instanceof NumberValue);
    test(r, "is_string", v -> v instanceof StringValue);
    test(r, "is_boolean", v -> v instanceof BooleanValue);
    test(r, "is_array", v -> v instanceof ArrayValue);
    test(r, "is_set", v -> v instanceof SetValue);
    test(r, "is_object", v -> v instanceof ObjectValue);
    test(r, "is_null", v -> v instanceof NullValue);
    r.add("type_name", 1, (ctx, args) -> StringValue.of(args.get(0).typeName()));
  }

  private static void test(BuiltinRegistry r, String name, Predicate<Value> p) {
    r.add(name, 1, (ctx, args) -> BooleanValue.of(p.test(args.get(0))));
  }
}
