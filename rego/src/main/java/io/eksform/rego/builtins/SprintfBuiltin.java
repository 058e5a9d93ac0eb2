package io.eksform.rego.builtins;

import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;

/** {@code sprintf(format, values)}: Go's {@code fmt.Sprintf} over an array of values. */
final class SprintfBuiltin {
  private SprintfBuiltin() {}

  static void register(BuiltinRegistry r) {
    r.add("sprintf", 2, SprintfBuiltin::sprintf);
  }

  private static Value sprintf(BuiltinContext c, List<Value> a) throws BuiltinException {
    String format = Operands.string("sprintf", a, 1);
    List<Value> values = Operands.array("sprintf", a, 2).elements();
    return StringValue.of(SprintfFormatter.format(format, values));
  }
}
