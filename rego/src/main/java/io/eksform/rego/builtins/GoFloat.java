package io.eksform.rego.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Go's {@code strconv.FormatFloat} for 64-bit floats and the formats 'e', 'f' and 'g'. */
final class GoFloat {
  private GoFloat() {}

  /** Decimal digits without trailing zeros; the value is {@code 0.digits * 10^dp}. */
  private record Digits(String digits, int dp) {
    static Digits of(BigDecimal abs) {
      if (abs.signum() == 0) {
        return new Digits("", 0);
      }
      BigDecimal s = abs.stripTrailingZeros();
      String d = s.unscaledValue().toString();
      return new Digits(d, d.length() - s.scale());
    }
  }

  /**
   * Formats {@code v} like {@code strconv.FormatFloat(v, fmt, prec, 64)}; a negative precision
   * means the shortest representation that reads back as the same float.
   */
  static String format(double v, char fmt, int prec) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "+Inf" : "-Inf";
    }
    boolean neg = v < 0 || (v == 0 && 1 / v < 0);
    double a = Math.abs(v);
    BigDecimal exact = new BigDecimal(a);
    boolean shortest = prec < 0;
    Digits digs;
    if (shortest) {
      digs = Digits.of(a == 0 ? BigDecimal.ZERO : new BigDecimal(Double.toString(a)));
    } else if (fmt == 'f') {
      digs = Digits.of(exact.setScale(prec, RoundingMode.HALF_EVEN));
    } else {
      int sig = fmt == 'e' ? prec + 1 : Math.max(prec, 1);
      digs = Digits.of(a == 0 ? exact : exact.round(new MathContext(sig, RoundingMode.HALF_EVEN)));
    }
    StringBuilder out = new StringBuilder();
    if (neg) {
      out.append('-');
    }
    switch (fmt) {
      case 'e' -> fmtE(out, digs, shortest ? Math.max(digs.digits.length() - 1, 0) : prec);
      case 'f' -> fmtF(out, digs, shortest ? Math.max(digs.digits.length() - digs.dp, 0) : prec);
      default -> {
        int nd = digs.digits.length();
        int p = shortest ? nd : Math.max(prec, 1);
        int eprec = p;
        if (eprec > nd && nd >= digs.dp) {
          eprec = nd;
        }
        if (shortest) {
          eprec = 6;
        }
        int exp = digs.dp - 1;
        if (exp < -4 || exp >= eprec) {
          fmtE(out, digs, Math.max(Math.min(p, nd) - 1, 0));
        } else {
          fmtF(out, digs, Math.max((p > digs.dp ? nd : p) - digs.dp, 0));
        }
      }
    }
    return out.toString();
  }

  private static char digit(Digits d, int i) {
    return i >= 0 && i < d.digits.length() ? d.digits.charAt(i) : '0';
  }

  private static void fmtE(StringBuilder out, Digits d, int prec) {
    out.append(digit(d, 0));
    if (prec > 0) {
      out.append('.');
      for (int i = 1; i <= prec; i++) {
        out.append(digit(d, i));
      }
    }
    int exp = d.digits.isEmpty() ? 0 : d.dp - 1;
    out.append('e').append(exp < 0 ? '-' : '+');
    int e = Math.abs(exp);
    if (e < 10) {
      out.append('0');
    }
    out.append(e);
  }

  private static void fmtF(StringBuilder out, Digits d, int prec) {
    if (d.dp > 0) {
      for (int i = 0; i < d.dp; i++) {
        out.append(digit(d, i));
      }
    } else {
      out.append('0');
    }
    if (prec > 0) {
      out.append('.');
      for (int i = 1; i <= prec; i++) {
        out.append(digit(d, d.dp + i - 1));
      }
    }
  }
}
