package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON text as Go's {@code encoding/json} writes it: keys sorted, {@code <>&} and U+2028/U+2029
 * escaped, optionally indented like {@code json.MarshalIndent}.
 */
final class GoJson {
  private GoJson() {}

  static String compact(Value v) {
    StringBuilder out = new StringBuilder();
    write(out, v, null, null, 0);
    return out.toString();
  }

  /** {@code json.MarshalIndent(v, prefix, indent)}: the first line carries no prefix. */
  static String indented(Value v, String prefix, String indent) {
    StringBuilder out = new StringBuilder();
    write(out, v, prefix, indent, 0);
    return out.toString();
  }

  private static void newline(StringBuilder out, String prefix, String indent, int depth) {
    out.append('\n').append(prefix).append(indent.repeat(depth));
  }

  private static void write(StringBuilder out, Value v, String prefix, String indent, int depth) {
    boolean pretty = indent != null;
    if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> elements = Operands.elements(v);
      if (elements.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < elements.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        if (pretty) {
          newline(out, prefix, indent, depth + 1);
        }
        write(out, elements.get(i), prefix, indent, depth + 1);
      }
      if (pretty) {
        newline(out, prefix, indent, depth);
      }
      out.append(']');
    } else if (v instanceof ObjectValue o) {
      TreeMap<String, Value> sorted = new TreeMap<>(StringValue::compareCodePoints);
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        sorted.put(ValuePrinter.keyText(e.getKey()), e.getValue());
      }
      if (sorted.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      List<Map.Entry<String, Value>> entries = new ArrayList<>(sorted.entrySet());
      for (int i = 0; i < entries.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        if (pretty) {
          newline(out, prefix, indent, depth + 1);
        }
        quote(out, entries.get(i).getKey());
        out.append(pretty ? ": " : ":");
        write(out, entries.get(i).getValue(), prefix, indent, depth + 1);
      }
      if (pretty) {
        newline(out, prefix, indent, depth);
      }
      out.append('}');
    } else if (v instanceof StringValue s) {
      quote(out, s.value());
    } else {
      out.append(v.toJsonText());
    }
  }

  static void quote(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
