package io.eksform.rego.parse;

import io.eksform.rego.ast.Location;
import io.eksform.rego.ast.Scalar;
import io.eksform.rego.ast.TemplateString;
import io.eksform.rego.ast.Term;
import io.eksform.rego.value.StringValue;
import java.util.ArrayList;
import java.util.List;

/** Splits the text of a template string into literal parts and embedded terms. */
final class TemplateParser {
  private final TermParser owner;

  TemplateParser(TermParser owner) {
    this.owner = owner;
  }

  TemplateString parse(String text, boolean raw, Location at) {
    List<Term> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char e = text.charAt(i + 1);
        if (e == '{') {
          literal.append('{');
          i += 2;
          continue;
        }
        if (raw) {
          literal.append(c);
          i++;
          continue;
        }
        i = unescape(text, i, literal, at);
        continue;
      }
      if (c == '{') {
        int end = closing(text, i);
        if (end < 0) {
          throw new RegoParseException(at, "unterminated template expression");
        }
        if (literal.length() > 0) {
          parts.add(new Scalar(StringValue.of(literal.toString()), at));
          literal.setLength(0);
        }
        parts.add(owner.subTerm(text.substring(i + 1, end), at));
        i = end + 1;
        continue;
      }
      literal.append(c);
      i++;
    }
    if (literal.length() > 0) {
      parts.add(new Scalar(StringValue.of(literal.toString()), at));
    }
    return new TemplateString(parts, raw, at);
  }

  private static int unescape(String text, int i, StringBuilder out, Location at) {
    char e = text.charAt(i + 1);
    switch (e) {
      case '"' -> out.append('"');
      case '\\' -> out.append('\\');
      case '/' -> out.append('/');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'u' -> {
        if (i + 6 > text.length()) {
          throw new RegoParseException(at, "illegal escape sequence");
        }
        out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
        return i + 6;
      }
      default -> throw new RegoParseException(at, "illegal escape sequence");
    }
    return i + 2;
  }

  /** Index of the brace closing the one at {@code open}, skipping strings; -1 if none. */
  private static int closing(String text, int open) {
    int depth = 0;
    int i = open;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '`') {
        i = skipString(text, i, c);
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
      i++;
    }
    return -1;
  }

  private static int skipString(String text, int start, char quote) {
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      if (quote == '"' && text.charAt(i) == '\\') {
        i++;
      }
      i++;
    }
    return i + 1;
  }
}
