package io.eksform.rego.value;

import java.math.BigDecimal;
import java.util.Map;

/** Renders values as Rego literals ({@code sprintf("%v")}) and as compact JSON text. */
public final class ValuePrinter {
  private ValuePrinter() {}

  /** Rego literal syntax: {@code ["a", 1]}, {@code {"k": true}}, {@code {1, 2}}, {@code set()}. */
  public static String rego(Value v) {
    StringBuilder out = new StringBuilder();
    appendRego(out, v);
    return out.toString();
  }

  /** Compact JSON text; sets become sorted arrays and non-string keys become their JSON text. */
  public static String json(Value v) {
    StringBuilder out = new StringBuilder();
    appendJson(out, v);
    return out.toString();
  }

  private static void appendRego(StringBuilder out, Value v) {
    if (v instanceof ArrayValue a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.append(", ");
        }
        appendRego(out, a.get(i));
      }
      out.append(']');
    } else if (v instanceof ObjectValue o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        appendRego(out, e.getKey());
        out.append(": ");
        appendRego(out, e.getValue());
      }
      out.append('}');
    } else if (v instanceof SetValue s) {
      if (s.size() == 0) {
        out.append("set()");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Value e : s.elements()) {
        if (!first) {
          out.append(", ");
        }
        first = false;
        appendRego(out, e);
      }
      out.append('}');
    } else {
      out.append(scalar(v));
    }
  }

  private static void appendJson(StringBuilder out, Value v) {
    if (v instanceof ArrayValue a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        appendJson(out, a.get(i));
      }
      out.append(']');
    } else if (v instanceof SetValue s) {
      out.append('[');
      boolean first = true;
      for (Value e : s.elements()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        appendJson(out, e);
      }
      out.append(']');
    } else if (v instanceof ObjectValue o) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        out.append(quote(keyText(e.getKey())));
        out.append(':');
        appendJson(out, e.getValue());
      }
      out.append('}');
    } else {
      out.append(scalar(v));
    }
  }

  /** The string form of an object key in JSON output: strings as-is, others as their JSON text. */
  public static String keyText(Value key) {
    return key instanceof StringValue s ? s.value() : json(key);
  }

  private static String scalar(Value v) {
    if (v instanceof NullValue) {
      return "null";
    } else if (v instanceof BooleanValue b) {
      return Boolean.toString(b.value());
    } else if (v instanceof NumberValue n) {
      return n.toString(); // a literal written with an exponent prints as written, as in OPA
    } else if (v instanceof StringValue s) {
      return quote(s.value());
    }
    throw new IllegalArgumentException("not a scalar: " + v.typeName());
  }

  /** Integers print without a fraction; other numbers in plain decimal notation. */
  public static String number(BigDecimal value) {
    if (value.signum() == 0) {
      return "0";
    }
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return stripped.toBigIntegerExact().toString();
    }
    return stripped.toPlainString();
  }

  /** JSON string quoting, as Go's encoding/json writes it (without HTML escaping). */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
