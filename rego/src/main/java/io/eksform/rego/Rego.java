package io.eksform.rego;

import io.eksform.rego.ast.Module;
import io.eksform.rego.builtins.BuiltinRegistry;
import io.eksform.rego.builtins.StandardBuiltins;
import io.eksform.rego.compile.Compiler;
import io.eksform.rego.eval.OperatorBuiltins;
import io.eksform.rego.parse.Parser;
import io.eksform.rego.value.ObjectValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the embedded Rego evaluator: parses and compiles modules once into a {@link
 * PreparedPolicy}. Parse, compile and evaluation problems are raised as {@code RegoParseException},
 * {@code RegoCompileException} and {@code EvalException}.
 */
public final class Rego {
  private Rego() {}

  /** Every builtin this evaluator offers: the standard families, the operators, walk, print. */
  public static BuiltinRegistry builtins() {
    BuiltinRegistry registry = new BuiltinRegistry();
    StandardBuiltins.registerAll(registry);
    OperatorBuiltins.register(registry);
    return registry;
  }

  /** Compiles modules given as file name to source text, with {@code data} as base document. */
  public static PreparedPolicy prepare(Map<String, String> modules, ObjectValue data) {
    List<Module> parsed = new ArrayList<>();
    for (Map.Entry<String, String> e : modules.entrySet()) {
      parsed.add(Parser.parseModule(e.getKey(), e.getValue()));
    }
    return prepare(parsed, data);
  }

  /** Compiles already parsed modules. */
  public static PreparedPolicy prepare(List<Module> modules, ObjectValue data) {
    return new PreparedPolicy(new Compiler(builtins()).compile(modules), data);
  }
}
