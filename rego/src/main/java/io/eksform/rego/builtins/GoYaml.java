package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * YAML text in the block style OPA's {@code yaml.marshal} produces (go-yaml v2 through JSON): keys
 * in natural order, sequences under keys not indented, strings quoted only when needed (single
 * quotes for syntax, double quotes for strings that would read back as another type).
 */
final class GoYaml {
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger UINT64_MAX =
      BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /** Plain scalars that YAML 1.1 reads as something other than a string. */
  private static final Pattern NON_STRING =
      Pattern.compile(
          "~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
              + "|on|On|ON|off|Off|OFF|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"
              + "|[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0[0-7_]+|[0-9][0-9_]*)"
              + "|[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
              + "|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
              + "|<<|=");

  private GoYaml() {}

  static String marshal(Value v) {
    StringBuilder out = new StringBuilder();
    if (isCollection(v) && !isEmpty(v)) {
      block(out, v, 0);
    } else {
      out.append(inline(v, 0)).append('\n');
    }
    return out.toString();
  }

  private static boolean isCollection(Value v) {
    return v instanceof ObjectValue || v instanceof ArrayValue || v instanceof SetValue;
  }

  private static boolean isEmpty(Value v) {
    if (v instanceof ObjectValue o) {
      return o.size() == 0;
    }
    return Operands.elements(v).isEmpty();
  }

  /** A non-empty mapping or sequence, each line starting at {@code indent}. */
  private static void block(StringBuilder out, Value v, int indent) {
    String pad = " ".repeat(indent);
    if (v instanceof ObjectValue o) {
      boolean first = true;
      for (Map.Entry<String, Value> e : sortedEntries(o)) {
        if (!first) {
          out.append(pad);
        }
        first = false;
        out.append(scalar(e.getKey(), indent)).append(':');
        Value child = e.getValue();
        if (isCollection(child) && !isEmpty(child)) {
          out.append('\n');
          boolean sequence = !(child instanceof ObjectValue);
          int childIndent = sequence ? indent : indent + 2;
          out.append(" ".repeat(childIndent));
          block(out, child, childIndent);
        } else {
          out.append(' ').append(inline(child, indent + 2)).append('\n');
        }
      }
      return;
    }
    boolean first = true;
    for (Value child : Operands.elements(v)) {
      if (!first) {
        out.append(pad);
      }
      first = false;
      out.append("- ");
      if (isCollection(child) && !isEmpty(child)) {
        block(out, child, indent + 2);
      } else {
        out.append(inline(child, indent + 2)).append('\n');
      }
    }
  }

  /** A scalar or an empty collection on the current line. */
  private static String inline(Value v, int indent) {
    if (v instanceof ObjectValue) {
      return "{}";
    } else if (v instanceof ArrayValue || v instanceof SetValue) {
      return "[]";
    } else if (v instanceof NullValue) {
      return "null";
    } else if (v instanceof BooleanValue b) {
      return Boolean.toString(b.value());
    } else if (v instanceof NumberValue n) {
      return number(n.value());
    }
    return scalar(((StringValue) v).value(), indent);
  }

  private static String number(BigDecimal d) {
    if (d.signum() == 0 || d.stripTrailingZeros().scale() <= 0) {
      BigInteger i = d.toBigIntegerExact();
      if (i.compareTo(INT64_MIN) >= 0 && i.compareTo(UINT64_MAX) <= 0) {
        return i.toString();
      }
    }
    double f = d.doubleValue();
    if (Double.isInfinite(f)) {
      return f > 0 ? ".inf" : "-.inf";
    }
    return GoFloat.format(f, 'g', -1);
  }

  /** A string scalar: plain when possible, literal block for several lines, else quoted. */
  static String scalar(String s, int indent) {
    if (s.contains("\n")) {
      boolean blockAllowed = printable(s) && !s.endsWith(" ") && !s.contains(" \n");
      return blockAllowed ? literal(s, indent) : doubleQuoted(s);
    }
    if (!printable(s) || s.isEmpty() || NON_STRING.matcher(s).matches()) {
      return doubleQuoted(s);
    }
    return plainAllowed(s) ? s : "'" + s.replace("'", "''") + "'";
  }

  private static boolean printable(String s) {
    return s.codePoints()
        .allMatch(
            cp ->
                cp == '\n'
                    || cp == '\t'
                    || (cp >= 0x20 && cp != 0x7f && !(cp >= 0x80 && cp < 0xa0) && cp != 0xfeff));
  }

  private static boolean plainAllowed(String s) {
    char first = s.charAt(0);
    if ("#,[]{}&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if ("-?:".indexOf(first) >= 0 && (s.length() == 1 || s.charAt(1) == ' ')) {
      return false;
    }
    if (s.startsWith(" ") || s.endsWith(" ") || s.startsWith("\t") || s.endsWith("\t")) {
      return false;
    }
    if (s.startsWith("---") || s.startsWith("...")) {
      return false;
    }
    return !s.contains(": ") && !s.endsWith(":") && !s.contains(" #") && !s.contains(":\t");
  }

  private static String literal(String s, int indent) {
    String chomp = s.endsWith("\n") ? (s.endsWith("\n\n") ? "+" : "") : "-";
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    String pad = " ".repeat(Math.max(indent, 2));
    StringBuilder out = new StringBuilder("|");
    if (body.startsWith(" ") || body.startsWith("\n")) {
      out.append(pad.length());
    }
    out.append(chomp);
    for (String line : body.split("\n", -1)) {
      out.append('\n');
      if (!line.isEmpty()) {
        out.append(pad).append(line);
      }
    }
    return out.toString();
  }

  private static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case 0 -> out.append("\\0");
                case 7 -> out.append("\\a");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case 0x0B -> out.append("\\v");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                case 0x1b -> out.append("\\e");
                case 0x85 -> out.append("\\N");
                case 0xa0 -> out.append("\\_");
                case 0x2028 -> out.append("\\L");
                case 0x2029 -> out.append("\\P");
                default -> {
                  if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || cp == 0xfeff) {
                    out.append(
                        cp <= 0xff ? String.format("\\x%02X", cp) : String.format("\\u%04X", cp));
                  } else {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.append('"').toString();
  }

  /** Entries with string keys in go-yaml's natural order (digit runs compare as numbers). */
  private static List<Map.Entry<String, Value>> sortedEntries(ObjectValue o) {
    TreeMap<String, Value> byKey = new TreeMap<>(GoYaml::naturalCompare);
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      byKey.put(ValuePrinter.keyText(e.getKey()), e.getValue());
    }
    return new ArrayList<>(byKey.entrySet());
  }

  static int naturalCompare(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < x.length && i < y.length; i++) {
      if (x[i] == y[i]) {
        continue;
      }
      boolean xl = Character.isLetter(x[i]);
      boolean yl = Character.isLetter(y[i]);
      if (xl && yl) {
        return Integer.compare(x[i], y[i]);
      }
      if (xl || yl) {
        return xl ? 1 : -1;
      }
      long xn = 0;
      long yn = 0;
      if (x[i] == '0' || y[i] == '0') {
        for (int j = i - 1; j >= 0 && Character.isDigit(x[j]); j--) {
          if (x[j] != '0') {
            xn = 1;
            yn = 1;
            break;
          }
        }
      }
      int xi = i;
      while (xi < x.length && Character.isDigit(x[xi])) {
        xn = xn * 10 + (x[xi++] - '0');
      }
      int yi = i;
      while (yi < y.length && Character.isDigit(y[yi])) {
        yn = yn * 10 + (y[yi++] - '0');
      }
      if (xn != yn) {
        return Long.compare(xn, yn);
      }
      if (xi != yi) {
        return Integer.compare(xi, yi);
      }
      return Integer.compare(x[i], y[i]);
    }
    return Integer.compare(x.length, y.length);
  }
}
