package io.eksform.rego.builtins;

import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.List;

/**
 * Formats like Go's {@code fmt.Sprintf} with the argument kinds OPA passes: integers (Go {@code
 * int}, or {@code *big.Int} beyond 64 bits), other numbers as {@code float64}, strings, and every
 * other value as its Rego literal text.
 */
final class SprintfFormatter {
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private SprintfFormatter() {}

  /** One argument as Go sees it. */
  sealed interface Arg permits IntArg, FloatArg, StrArg {
    String goType();

    /** The argument printed with {@code %v}. */
    String plain();
  }

  record IntArg(BigInteger value, boolean big) implements Arg {
    @Override
    public String goType() {
      return big ? "*big.Int" : "int";
    }

    @Override
    public String plain() {
      return value.toString();
    }
  }

  record FloatArg(double value) implements Arg {
    @Override
    public String goType() {
      return "float64";
    }

    @Override
    public String plain() {
      return GoFloat.format(value, 'g', -1);
    }
  }

  record StrArg(String value) implements Arg {
    @Override
    public String goType() {
      return "string";
    }

    @Override
    public String plain() {
      return value;
    }
  }

  static Arg toArg(Value v) {
    if (v instanceof NumberValue n) {
      if (n.writtenWithExponent()) {
        // OPA reads 1e20 as a float (printed 1e+20) and keeps 2e308, out of float range, as text
        double d = n.value().doubleValue();
        return Double.isInfinite(d) ? new StrArg(n.toString()) : new FloatArg(d);
      }
      if (n.isInteger()) {
        BigInteger b = n.bigInteger();
        return new IntArg(b, b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0);
      }
      double d = n.value().doubleValue();
      return Double.isInfinite(d) ? new StrArg(n.toString()) : new FloatArg(d);
    }
    if (v instanceof StringValue s) {
      return new StrArg(s.value());
    }
    return new StrArg(v.toRego());
  }

  /** Formats {@code format} with {@code values}. */
  static String format(String format, List<Value> values) {
    Arg[] args = values.stream().map(SprintfFormatter::toArg).toArray(Arg[]::new);
    StringBuilder out = new StringBuilder();
    int argNum = 0;
    boolean reordered = false;
    int i = 0;
    int n = format.length();
    while (i < n) {
      char ch = format.charAt(i);
      if (ch != '%') {
        out.append(ch);
        i++;
        continue;
      }
      i++;
      FormatSpec spec = new FormatSpec();
      while (i < n && "+-# 0".indexOf(format.charAt(i)) >= 0) {
        spec.flag(format.charAt(i));
        i++;
      }
      if (i < n && format.charAt(i) == '*') {
        i++;
        if (argNum < args.length
            && args[argNum] instanceof IntArg w
            && w.value().abs().compareTo(java.math.BigInteger.valueOf(1_000_000)) <= 0) {
          spec.width = w.value().intValue();
          if (spec.width < 0) {
            spec.minus = true;
            spec.width = -spec.width;
          }
        } else {
          out.append("%!(BADWIDTH)");
        }
        argNum++;
      } else {
        int start = i;
        while (i < n && Character.isDigit(format.charAt(i))) {
          i++;
        }
        if (i > start) {
          spec.width = parseBounded(format.substring(start, i));
          if (spec.width < 0) {
            out.append("%!(BADWIDTH)");
          }
        }
      }
      if (i < n && format.charAt(i) == '.') {
        i++;
        int start = i;
        while (i < n && Character.isDigit(format.charAt(i))) {
          i++;
        }
        spec.precision = i > start ? parseBounded(format.substring(start, i)) : 0;
        if (spec.precision < 0) {
          out.append("%!(BADPREC)");
        }
      }
      boolean badIndex = false;
      if (i < n && format.charAt(i) == '[') {
        int close = format.indexOf(']', i);
        String digits = close < 0 ? "" : format.substring(i + 1, close);
        reordered = true;
        if (!digits.isEmpty()
            && digits.length() < 9
            && digits.chars().allMatch(Character::isDigit)
            && Integer.parseInt(digits) >= 1
            && Integer.parseInt(digits) <= args.length) {
          argNum = Integer.parseInt(digits) - 1;
        } else {
          badIndex = true;
        }
        i = close < 0 ? n : close + 1;
      }
      if (i >= n) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = format.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (badIndex) {
        out.append("%!").appendCodePoint(verb).append("(BADINDEX)");
        continue;
      }
      if (argNum >= args.length) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      out.append(GoVerbs.apply(spec, verb, args[argNum++]));
    }
    if (!reordered && argNum < args.length) {
      out.append("%!(EXTRA ");
      for (int k = argNum; k < args.length; k++) {
        if (k > argNum) {
          out.append(", ");
        }
        out.append(args[k].goType()).append('=').append(args[k].plain());
      }
      out.append(')');
    }
    return out.toString();
  }

  /** A width or precision; like Go, values above a million are refused (-1). */
  private static int parseBounded(String digits) {
    if (digits.length() > 7) {
      return -1;
    }
    int v = Integer.parseInt(digits);
    return v > 1_000_000 ? -1 : v;
  }

  /** Flags, width and precision of one verb. */
  static final class FormatSpec {
    boolean plus;
    boolean minus;
    boolean sharp;
    boolean space;
    boolean zero;
    int width = -1;
    int precision = -1;

    void flag(char c) {
      switch (c) {
        case '+' -> plus = true;
        case '-' -> minus = true;
        case '#' -> sharp = true;
        case ' ' -> space = true;
        default -> zero = true;
      }
    }

    /** Pads {@code s} to the width; zero padding goes after a leading sign. */
    String pad(String s, boolean numeric) {
      int len = s.codePointCount(0, s.length());
      if (width < 0 || len >= width) {
        return s;
      }
      String fill = (zero && !minus && numeric ? "0" : " ").repeat(width - len);
      if (minus) {
        return s + fill;
      }
      if (zero && numeric && !s.isEmpty() && "+- ".indexOf(s.charAt(0)) >= 0) {
        return s.charAt(0) + fill + s.substring(1);
      }
      return fill + s;
    }
  }
}
