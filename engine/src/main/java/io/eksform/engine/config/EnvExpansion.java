package io.eksform.engine.config;

import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Severity;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Handles {@code ${VAR}} references in string values. With expansion on, each is replaced from the
 * environment and an unset variable is an error naming it (envsubst would silently write an empty
 * string). With expansion off, a value that still holds a reference is an error suggesting {@code
 * --expand-env}. Shell scripts ({@code preBootstrapCommands}, {@code overrideBootstrapCommand}) are
 * left alone: their {@code ${...}} belong to the shell on the node.
 */
public final class EnvExpansion {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}");
  private static final String OPENING = "${";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final boolean expand;
  private final Function<String, String> environment;

  /** {@code environment} returns null for an unset variable. */
  public EnvExpansion(boolean expand, Function<String, String> environment) {
    this.expand = expand;
    this.environment = environment;
  }

  public static EnvExpansion of(boolean expand, Map<String, String> env) {
    return new EnvExpansion(expand, env::get);
  }

  /** Expands or reports references in {@code root}, in place; returns the findings. */
  public List<Diagnostic> apply(JsonNode root, SourceMap map, SourceText source) {
    List<Diagnostic> out = new ArrayList<>();
    if (source.text().contains(OPENING)) { // most files hold no reference: no walk then
      walk(root, "", map, source, out);
    }
    return out;
  }

  private void walk(
      JsonNode node, String pointer, SourceMap map, SourceText source, List<Diagnostic> out) {
    if (isScript(pointer)) {
      return;
    }
    if (node instanceof ObjectNode obj) {
      for (String name : new ArrayList<>(obj.propertyNames())) {
        String child = JsonPointers.child(pointer, name);
        JsonNode value = obj.get(name);
        if (value.isString() && !isScript(child)) {
          JsonNode replaced = scalar(value.asString(), child, map, source, out);
          if (replaced != null) {
            obj.set(name, replaced);
          }
        } else {
          walk(value, child, map, source, out);
        }
      }
    } else if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        String child = JsonPointers.child(pointer, i);
        JsonNode value = arr.get(i);
        if (value.isString() && !isScript(child)) {
          JsonNode replaced = scalar(value.asString(), child, map, source, out);
          if (replaced != null) {
            arr.set(i, replaced);
          }
        } else {
          walk(value, child, map, source, out);
        }
      }
    }
  }

  static boolean isScript(String pointer) {
    return pointer.endsWith("/overrideBootstrapCommand")
        || pointer.contains("/preBootstrapCommands");
  }

  /** The replacement node, or null when the value is unchanged. */
  private JsonNode scalar(
      String text, String pointer, SourceMap map, SourceText source, List<Diagnostic> out) {
    if (!text.contains(OPENING)) {
      return null;
    }
    Matcher m = REFERENCE.matcher(text);
    if (!m.find()) {
      return null;
    }
    Position pos = map.valuePosition(pointer);
    if (!expand) {
      out.add(
          InputProblem.at(
                  "config/unexpanded-variable",
                  Severity.ERROR,
                  source.name(),
                  columnOf(pos, source, m.group()),
                  pointer,
                  "value contains "
                      + m.group()
                      + ", an environment variable reference that was not expanded")
              .withHint(
                  "run with --expand-env to fill ${...} from the environment (as envsubst does),"
                      + " or write the value itself"));
      return null;
    }
    StringBuilder expanded = new StringBuilder();
    boolean missing = false;
    m.reset();
    while (m.find()) {
      String value = environment.apply(m.group(1));
      if (value == null) {
        missing = true;
        out.add(
            InputProblem.at(
                    "config/unset-variable",
                    Severity.ERROR,
                    source.name(),
                    columnOf(pos, source, m.group()),
                    pointer,
                    "environment variable " + m.group(1) + " is not set")
                .withHint("export " + m.group(1) + "=... before running eksform"));
        value = "";
      }
      m.appendReplacement(expanded, Matcher.quoteReplacement(value));
    }
    m.appendTail(expanded);
    if (missing) {
      return null;
    }
    String result = expanded.toString();
    if (result.isBlank()) {
      // Set but empty (REGION= in a CI file) is as wrong as unset: the value would be null, and
      // the schema would blame the config for what the environment holds.
      m.reset();
      m.find();
      out.add(
          InputProblem.at(
                  "config/unset-variable",
                  Severity.ERROR,
                  source.name(),
                  columnOf(pos, source, m.group()),
                  pointer,
                  "environment variable "
                      + m.group(1)
                      + " is set but empty, so "
                      + JsonPointers.toPath(pointer)
                      + " would be empty")
              .withHint("export " + m.group(1) + "=... with a value before running eksform"));
      return null;
    }
    boolean whole = REFERENCE.matcher(text).matches();
    return whole && isPlainScalar(pos, source) ? retype(result) : NODES.stringNode(result);
  }

  /** The position of {@code reference} on the value's line, when it can be found there. */
  private static Position columnOf(Position pos, SourceText source, String reference) {
    if (!pos.known() || pos.line() > source.lines().size()) {
      return pos;
    }
    String line = source.lines().get(pos.line() - 1);
    int at = line.indexOf(reference, Math.max(0, pos.column() - 1));
    return at < 0 ? pos : new Position(pos.line(), at + 1);
  }

  private static boolean isPlainScalar(Position pos, SourceText source) {
    if (!pos.known() || pos.line() > source.lines().size()) {
      return false;
    }
    String line = source.lines().get(pos.line() - 1);
    int i = pos.column() - 1;
    return i < line.length() && line.charAt(i) != '"' && line.charAt(i) != '\'';
  }

  /**
   * Types an expanded plain scalar as YAML 1.2's core schema would have: int, float, bool, null.
   */
  static JsonNode retype(String text) {
    if (text.matches("[-+]?[0-9]+")) {
      return NODES.numberNode(new BigInteger(text));
    }
    if (text.matches("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?")) {
      return NODES.numberNode(new BigDecimal(text));
    }
    switch (text) {
      case "true":
      case "True":
      case "TRUE":
        return NODES.booleanNode(true);
      case "false":
      case "False":
      case "FALSE":
        return NODES.booleanNode(false);
      case "null":
      case "Null":
      case "NULL":
      case "~":
      case "":
        return NODES.nullNode();
      default:
        return NODES.stringNode(text);
    }
  }
}
