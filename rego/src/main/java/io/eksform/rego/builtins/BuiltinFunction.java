package io.eksform.rego.builtins;

import io.eksform.rego.value.Value;
import java.util.List;

/** The body of a builtin: arguments in, one value out, or null for "undefined". */
@FunctionalInterface
public interface BuiltinFunction {
  Value call(BuiltinContext context, List<Value> args) throws BuiltinException;
}
