package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;

/** {@code json.*} and {@code yaml.*}: marshalling values to text and parsing text to values. */
final class EncodingBuiltins {
  /** Limits as wide as the syntax check's, and numbers of (almost) any length, as in Go. */
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(GoJsonSyntax.MAX_DEPTH + 1)
          .maxNumberLength(100_000)
          .build();

  private static final JsonMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final YAMLMapper YAML =
      YAMLMapper.builder(new Yaml11Factory())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
          .build();

  private EncodingBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("json.marshal", 1, (c, a) -> str(GoJson.compact(a.get(0))));
    r.add("json.marshal_with_options", 2, EncodingBuiltins::marshalWithOptions);
    r.add(
        "json.unmarshal", 1, (c, a) -> parseJson("json.unmarshal", string("json.unmarshal", a, 1)));
    r.add("json.is_valid", 1, (c, a) -> BooleanValue.of(isValid(a.get(0), false)));
    r.add("yaml.marshal", 1, EncodingBuiltins::yamlMarshal);
    r.add("yaml.unmarshal", 1, (c, a) -> parseYaml(string("yaml.unmarshal", a, 1)));
    r.add("yaml.is_valid", 1, (c, a) -> BooleanValue.of(isValid(a.get(0), true)));
  }

  static Value parseJson(String name, String text) throws BuiltinException {
    String syntax = GoJsonSyntax.unmarshalError(text);
    if (syntax != null) {
      throw BuiltinException.builtin(name, syntax);
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (node == null || node.isMissingNode()) {
        throw BuiltinException.builtin(name, "unexpected end of JSON input");
      }
      return JsonValues.fromJson(node);
    } catch (JacksonException e) {
      throw BuiltinException.builtin(name, e.getOriginalMessage());
    }
  }

  private static boolean isValid(Value v, boolean yaml) {
    if (!(v instanceof StringValue s)) {
      return false;
    }
    try {
      if (yaml) {
        YAML.readTree(s.value());
        return true;
      }
      return GoJsonSyntax.valid(s.value());
    } catch (JacksonException e) {
      return false;
    }
  }

  private static Value parseYaml(String text) throws BuiltinException {
    try {
      JsonNode node = YAML.readTree(text);
      return JsonValues.fromJson(node);
    } catch (JacksonException e) {
      throw BuiltinException.builtin("yaml.unmarshal", yamlMessage(e));
    }
  }

  /** Words a YAML syntax error the way go-yaml does: {@code yaml: line N: did not find ...}. */
  private static String yamlMessage(JacksonException e) {
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    String message = e.getOriginalMessage();
    String[] lines = message.split("\n");
    String problem = lines[0];
    for (String l : lines) {
      if (l.startsWith("expected ") || l.startsWith("found ") || l.startsWith("mapping values")) {
        problem = l;
        break;
      }
    }
    int but = problem.indexOf(", but ");
    if (problem.startsWith("expected ") && but > 0) {
      problem = "did not find " + problem.substring(0, but);
    }
    return "yaml: line " + line + ": " + problem;
  }

  private static Value yamlMarshal(BuiltinContext c, List<Value> a) {
    return str(GoYaml.marshal(a.get(0)));
  }

  private static Value marshalWithOptions(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "json.marshal_with_options";
    ObjectValue options = Operands.object(name, a, 2);
    String indent = "\t";
    String prefix = "";
    boolean implicit = false;
    Boolean explicit = null;
    int index = -1;
    for (Map.Entry<Value, Value> e : options.entries().entrySet()) {
      index++;
      if (!(e.getKey() instanceof StringValue k)) {
        throw Operands.operandError(
            name,
            2,
            "failed to stringify key "
                + e.getKey().toRego()
                + " at index "
                + index
                + ": operand "
                + index
                + " must be string but got "
                + e.getKey().typeName());
      }
      switch (k.value()) {
        case "prefix", "indent" -> {
          if (!(e.getValue() instanceof StringValue sv)) {
            throw Operands.operandError(
                name,
                2,
                "key "
                    + k.value()
                    + " failed cast to string: operand "
                    + index
                    + " must be string but got "
                    + e.getValue().typeName());
          }
          if (k.value().equals("prefix")) {
            prefix = sv.value();
          } else {
            indent = sv.value();
          }
          implicit = true;
        }
        case "pretty" -> {
          if (!(e.getValue() instanceof BooleanValue b)) {
            throw Operands.operandError(name, 2, "key pretty failed cast to bool");
          }
          explicit = b.value();
        }
        default ->
            throw Operands.operandError(name, 2, "object contained unknown key " + k.toRego());
      }
    }
    boolean pretty = explicit != null ? explicit : implicit;
    return str(
        pretty ? prefix + GoJson.indented(a.get(0), prefix, indent) : GoJson.compact(a.get(0)));
  }
}
