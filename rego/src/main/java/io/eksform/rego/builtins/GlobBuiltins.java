package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.string;

import com.google.re2j.Pattern;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code glob.match} and {@code glob.quote_meta}: shell-style globs ({@code *}, {@code **}, {@code
 * ?}, {@code [a-z]}, {@code [!x]}, {@code {a,b}}) where {@code *} and {@code ?} stop at delimiters.
 */
final class GlobBuiltins {
  private static final String SPECIAL = "*?\\[]{}";

  private GlobBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add("glob.match", 3, GlobBuiltins::match);
    r.add("glob.quote_meta", 1, GlobBuiltins::quoteMeta);
  }

  private static Value match(BuiltinContext c, List<Value> a) throws BuiltinException {
    String name = "glob.match";
    String pattern = string(name, a, 1);
    List<Integer> delimiters = new ArrayList<>();
    Value d = a.get(1);
    if (d instanceof ArrayValue arr) {
      for (Value e : arr.elements()) {
        if (!(e instanceof StringValue s) || s.value().codePointCount(0, s.value().length()) != 1) {
          throw BuiltinException.operand(
              name, 2, "array of runes", "array containing " + e.typeName());
        }
        delimiters.add(s.value().codePointAt(0));
      }
      if (delimiters.isEmpty()) {
        delimiters.add((int) '.');
      }
    } else if (!(d instanceof NullValue)) {
      throw Operands.typeError(name, 2, d, "array", "null");
    }
    String subject = string(name, a, 3);
    String regex = new GlobCompiler(pattern, delimiters).compile(name);
    Pattern p = GoRegex.compile(name, regex);
    return BooleanValue.of(p.matcher(subject).matches());
  }

  private static Value quoteMeta(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("glob.quote_meta", a, 1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (SPECIAL.indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch);
    }
    return StringValue.of(out.toString());
  }

  /** Translates a glob into an anchored RE2 expression. */
  private static final class GlobCompiler {
    private final String glob;
    private final String notDelimiter;
    private int pos;

    GlobCompiler(String glob, List<Integer> delimiters) {
      this.glob = glob;
      if (delimiters.isEmpty()) {
        this.notDelimiter = "(?s:.)";
      } else {
        StringBuilder cls = new StringBuilder("[^");
        delimiters.forEach(cp -> cls.append(RegexBuiltins.quoteMeta(Character.toString(cp))));
        this.notDelimiter = cls.append(']').toString();
      }
    }

    String compile(String name) throws BuiltinException {
      StringBuilder out = new StringBuilder("^");
      sequence(name, out, false);
      if (pos < glob.length()) {
        throw BuiltinException.builtin(name, "unexpected " + glob.charAt(pos) + " in glob");
      }
      return out.append('$').toString();
    }

    /** Reads until the end, or inside braces until ',' or '}' (left unread). */
    private void sequence(String name, StringBuilder out, boolean inBraces)
        throws BuiltinException {
      while (pos < glob.length()) {
        char ch = glob.charAt(pos);
        if (inBraces && (ch == ',' || ch == '}')) {
          return;
        }
        pos++;
        switch (ch) {
          case '*' -> {
            if (pos < glob.length() && glob.charAt(pos) == '*') {
              pos++;
              out.append("(?s:.)*");
            } else {
              out.append(notDelimiter).append('*');
            }
          }
          case '?' -> out.append(notDelimiter);
          case '\\' -> {
            if (pos >= glob.length()) {
              throw BuiltinException.builtin(name, "unexpected end of glob after escape");
            }
            int cp = glob.codePointAt(pos);
            pos += Character.charCount(cp);
            out.append(RegexBuiltins.quoteMeta(Character.toString(cp)));
          }
          case '[' -> range(name, out);
          case '{' -> alternatives(name, out);
          case ']', '}' -> throw BuiltinException.builtin(name, "unexpected " + ch + " in glob");
          default -> {
            int cp = glob.codePointAt(pos - 1);
            pos += Character.charCount(cp) - 1;
            out.append(RegexBuiltins.quoteMeta(Character.toString(cp)));
          }
        }
      }
      if (inBraces) {
        throw BuiltinException.builtin(name, "unclosed { in glob");
      }
    }

    private void alternatives(String name, StringBuilder out) throws BuiltinException {
      out.append("(?:");
      while (true) {
        sequence(name, out, true);
        char ch = glob.charAt(pos++);
        if (ch == '}') {
          break;
        }
        out.append('|');
      }
      out.append(')');
    }

    private void range(String name, StringBuilder out) throws BuiltinException {
      int close = glob.indexOf(']', pos);
      if (close < 0) {
        throw BuiltinException.builtin(name, "unclosed [ in glob");
      }
      String body = glob.substring(pos, close);
      pos = close + 1;
      boolean negate = body.startsWith("!");
      if (negate) {
        body = body.substring(1);
      }
      if (body.isEmpty()) {
        throw BuiltinException.builtin(name, "empty [] in glob");
      }
      StringBuilder cls = new StringBuilder(negate ? "[^" : "[");
      int i = 0;
      while (i < body.length()) {
        int cp = body.codePointAt(i);
        i += Character.charCount(cp);
        cls.append(RegexBuiltins.quoteMeta(Character.toString(cp)).replace("-", "\\-"));
        if (i + 1 < body.length() && body.charAt(i) == '-') {
          int hi = body.codePointAt(i + 1);
          i += 1 + Character.charCount(hi);
          cls.append('-').append(RegexBuiltins.quoteMeta(Character.toString(hi)));
        }
      }
      out.append(cls).append(']');
    }
  }
}
