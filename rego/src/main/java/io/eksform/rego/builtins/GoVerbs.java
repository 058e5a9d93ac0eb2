package io.eksform.rego.builtins;

import io.eksform.rego.builtins.SprintfFormatter.Arg;
import io.eksform.rego.builtins.SprintfFormatter.FloatArg;
import io.eksform.rego.builtins.SprintfFormatter.FormatSpec;
import io.eksform.rego.builtins.SprintfFormatter.IntArg;
import io.eksform.rego.builtins.SprintfFormatter.StrArg;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/** Applies one Go {@code fmt} verb to one argument, including Go's {@code %!x(type=value)} text. */
final class GoVerbs {
  private GoVerbs() {}

  static String apply(FormatSpec spec, int verb, Arg arg) {
    if (verb == 'T') {
      return spec.pad(arg.goType(), false);
    }
    if (arg instanceof IntArg i) {
      return integer(spec, verb, i);
    }
    if (arg instanceof FloatArg f) {
      return floating(spec, verb, f);
    }
    return string(spec, verb, (StrArg) arg);
  }

  private static String bad(int verb, String type, String value) {
    return "%!" + new String(Character.toChars(verb)) + "(" + type + "=" + value + ")";
  }

  private static String integer(FormatSpec spec, int verb, IntArg arg) {
    BigInteger v = arg.value();
    String digits;
    String prefix = "";
    switch (verb) {
      case 'v', 'd' -> digits = v.abs().toString();
      case 's' -> {
        if (!arg.big()) {
          return bad(verb, "int", v.toString());
        }
        digits = v.abs().toString();
      }
      case 'b' -> {
        digits = v.abs().toString(2);
        prefix = spec.sharp ? "0b" : "";
      }
      case 'o' -> {
        digits = v.abs().toString(8);
        prefix = spec.sharp ? "0" : "";
      }
      case 'O' -> {
        digits = v.abs().toString(8);
        prefix = "0o";
      }
      case 'x' -> {
        digits = v.abs().toString(16);
        prefix = spec.sharp ? "0x" : "";
      }
      case 'X' -> {
        digits = v.abs().toString(16).toUpperCase(java.util.Locale.ROOT);
        prefix = spec.sharp ? "0X" : "";
      }
      case 'c' -> {
        return arg.big() ? bad(verb, "big.Int", v.toString()) : spec.pad(rune(v), false);
      }
      case 'q' -> {
        return arg.big()
            ? bad(verb, "big.Int", v.toString())
            : spec.pad(GoQuote.quoteRune(codePoint(v)), false);
      }
      case 'U' -> {
        if (arg.big()) {
          return bad(verb, "big.Int", v.toString());
        }
        String hex = v.toString(16).toUpperCase(java.util.Locale.ROOT);
        return spec.pad("U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex, false);
      }
      default -> {
        return bad(verb, arg.big() ? "big.Int" : "int", v.toString());
      }
    }
    if (spec.precision >= 0) {
      if (spec.precision == 0 && v.signum() == 0) {
        digits = "";
      }
      if (digits.length() < spec.precision) {
        digits = "0".repeat(spec.precision - digits.length()) + digits;
      }
    }
    String sign = v.signum() < 0 ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    String body = sign + prefix + digits;
    if (spec.precision >= 0 || spec.minus || !spec.zero || spec.width < 0) {
      return spec.pad(body, false);
    }
    int fill = spec.width - body.length();
    return fill > 0 ? sign + prefix + "0".repeat(fill) + digits : body;
  }

  private static int codePoint(BigInteger v) {
    int cp = v.bitLength() < 32 ? v.intValue() : 0xFFFD;
    return Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF) ? cp : 0xFFFD;
  }

  private static String rune(BigInteger v) {
    return new String(Character.toChars(codePoint(v)));
  }

  private static String floating(FormatSpec spec, int verb, FloatArg arg) {
    double v = arg.value();
    String body;
    switch (verb) {
      case 'v', 'g' -> body = GoFloat.format(v, 'g', spec.precision);
      case 'G' -> body = GoFloat.format(v, 'g', spec.precision).toUpperCase(java.util.Locale.ROOT);
      case 'f', 'F' -> body = GoFloat.format(v, 'f', spec.precision < 0 ? 6 : spec.precision);
      case 'e' -> body = GoFloat.format(v, 'e', spec.precision < 0 ? 6 : spec.precision);
      case 'E' ->
          body =
              GoFloat.format(v, 'e', spec.precision < 0 ? 6 : spec.precision)
                  .toUpperCase(java.util.Locale.ROOT);
      default -> {
        return bad(verb, "float64", GoFloat.format(v, 'g', -1));
      }
    }
    if (!body.startsWith("-") && !body.startsWith("+")) {
      if (spec.plus) {
        body = "+" + body;
      } else if (spec.space) {
        body = " " + body;
      }
    } else if (body.startsWith("+") && !spec.plus) {
      body = spec.space ? " " + body.substring(1) : body;
    }
    boolean finite = !Double.isInfinite(v) && !Double.isNaN(v);
    return spec.pad(body, finite);
  }

  private static String string(FormatSpec spec, int verb, StrArg arg) {
    String s = arg.value();
    switch (verb) {
      case 'v', 's' -> {
        if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
          s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
        }
        return spec.pad(s, false);
      }
      case 'q' -> {
        return spec.pad(GoQuote.quote(s), false);
      }
      case 'x', 'X' -> {
        StringBuilder out = new StringBuilder();
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
          if (i > 0 && spec.space) {
            out.append(' ');
          }
          if (spec.sharp && (i == 0 || spec.space)) {
            out.append(verb == 'x' ? "0x" : "0X");
          }
          String h = String.format(verb == 'x' ? "%02x" : "%02X", bytes[i] & 0xff);
          out.append(h);
        }
        return spec.pad(out.toString(), false);
      }
      default -> {
        return bad(verb, "string", s);
      }
    }
  }
}
