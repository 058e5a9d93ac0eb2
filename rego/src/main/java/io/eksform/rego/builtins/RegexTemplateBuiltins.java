package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.string;

import com.google.re2j.Pattern;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code regex.template_match}: a template whose delimited parts are regular expressions and whose
 * other parts are literal text, matched against the whole string.
 */
final class RegexTemplateBuiltins {
  private static final String NAME = "regex.template_match";

  private RegexTemplateBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 4, RegexTemplateBuiltins::templateMatch);
  }

  private static Value templateMatch(BuiltinContext c, List<Value> a) throws BuiltinException {
    String template = string(NAME, a, 1);
    String subject = string(NAME, a, 2);
    String start = string(NAME, a, 3);
    String end = string(NAME, a, 4);
    if (start.length() != 1) {
      throw BuiltinException.builtin(
          NAME,
          "start delimiter has to be exactly one character long but is "
              + start.length()
              + " long");
    }
    if (end.length() != 1) {
      throw BuiltinException.builtin(
          NAME,
          "end delimiter has to be exactly one character long but is " + start.length() + " long");
    }
    Pattern p = GoRegex.compile(NAME, toRegex(template, start.charAt(0), end.charAt(0)));
    return BooleanValue.of(p.matcher(subject).find());
  }

  /** Builds the anchored regular expression of a template, checking delimiter balance first. */
  static String toRegex(String template, char open, char close) throws BuiltinException {
    List<int[]> parts = new ArrayList<>();
    int level = 0;
    int from = 0;
    for (int i = 0; i < template.length(); i++) {
      char ch = template.charAt(i);
      if (ch == open) {
        if (++level == 1) {
          from = i;
        }
      } else if (ch == close) {
        if (--level == 0) {
          parts.add(new int[] {from, i + 1});
        } else if (level < 0) {
          throw unbalanced(template);
        }
      }
    }
    if (level != 0) {
      throw unbalanced(template);
    }
    StringBuilder out = new StringBuilder("^");
    int end = 0;
    for (int[] part : parts) {
      out.append(RegexBuiltins.quoteMeta(template.substring(end, part[0])));
      String inner = template.substring(part[0] + 1, part[1] - 1);
      GoRegex.compile(NAME, "^" + inner + "$");
      out.append('(').append(inner).append(')');
      end = part[1];
    }
    out.append(RegexBuiltins.quoteMeta(template.substring(end))).append('$');
    return out.toString();
  }

  private static BuiltinException unbalanced(String template) {
    return BuiltinException.builtin(
        NAME, "unbalanced braces in " + io.eksform.rego.value.ValuePrinter.quote(template));
  }
}
