package io.eksform.rego.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.Value;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Test helpers: call a registered builtin by name with values written as JSON. */
final class Calls {
  static final BuiltinRegistry REGISTRY = StandardBuiltins.registerAll(new BuiltinRegistry());
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  /** A fixed clock: 2024-02-29T12:34:56.789Z. */
  static final BuiltinContext CONTEXT =
      new BuiltinContext() {
        @Override
        public Instant now() {
          return Instant.parse("2024-02-29T12:34:56.789Z");
        }

        @Override
        public PrintStream printSink() {
          return null;
        }

        @Override
        public boolean strict() {
          return true;
        }
      };

  private Calls() {}

  /** A value from JSON text. */
  static Value v(String json) {
    return JsonValues.fromJson(JSON.readTree(json));
  }

  /** A set of the given JSON values. */
  static Value set(String... json) {
    return SetValue.of(Arrays.stream(json).map(Calls::v).toList());
  }

  static Value call(String name, Value... args) throws BuiltinException {
    Builtin b = REGISTRY.find(name).orElseThrow(() -> new AssertionError("no builtin " + name));
    assertEquals(b.arity(), args.length, "arity of " + name);
    return b.function().call(CONTEXT, List.of(args));
  }

  /** Asserts {@code name(args)} equals the JSON value {@code expected}. */
  static void check(String expected, String name, Value... args) throws BuiltinException {
    assertEquals(v(expected), call(name, args), name + Arrays.toString(args));
  }

  /** Asserts {@code name(args)} is the set of the elements of the JSON array {@code expected}. */
  static void checkSet(String expected, String name, Value... args) throws BuiltinException {
    Value want = SetValue.of(((io.eksform.rego.value.ArrayValue) v(expected)).elements());
    assertEquals(want, call(name, args), name + Arrays.toString(args));
  }

  /** Asserts the call fails and returns the error. */
  static BuiltinException fails(String name, Value... args) {
    return assertThrows(BuiltinException.class, () -> call(name, args));
  }

  static Value s(String text) {
    return io.eksform.rego.value.StringValue.of(text);
  }
}
