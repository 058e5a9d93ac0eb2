package io.eksform.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** String helpers that count Unicode code points and treat white space the way Go does. */
final class Text {
  private Text() {}

  static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }

  static String fromCodePoints(int[] cps, int from, int to) {
    return new String(cps, from, to - from);
  }

  /** Go's {@code unicode.IsSpace}. */
  static boolean isGoSpace(int cp) {
    switch (cp) {
      case '\t',
          '\n',
          0x0B,
          '\f',
          '\r',
          ' ',
          0x85,
          0xA0,
          0x1680,
          0x2028,
          0x2029,
          0x202F,
          0x205F,
          0x3000 -> {
        return true;
      }
      default -> {
        return cp >= 0x2000 && cp <= 0x200A;
      }
    }
  }

  /** Go's {@code strings.Split}: an empty separator splits into code points. */
  static List<String> split(String s, String sep) {
    List<String> out = new ArrayList<>();
    if (sep.isEmpty()) {
      s.codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
      return out;
    }
    int from = 0;
    int at;
    while ((at = s.indexOf(sep, from)) >= 0) {
      out.add(s.substring(from, at));
      from = at + sep.length();
    }
    out.add(s.substring(from));
    return out;
  }

  /** Go's {@code strings.Count}: an empty needle counts code points plus one. */
  static int count(String s, String needle) {
    if (needle.isEmpty()) {
      return s.codePointCount(0, s.length()) + 1;
    }
    int n = 0;
    int from = 0;
    int at;
    while ((at = s.indexOf(needle, from)) >= 0) {
      n++;
      from = at + needle.length();
    }
    return n;
  }

  /**
   * Go's {@code strings.NewReplacer(pairs...)}: left to right, at each position the first pair (in
   * argument order) whose old text matches wins; matches never overlap.
   */
  static String replace(String s, List<String> olds, List<String> news) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    boolean lastWasEmptyMatch = false;
    while (i <= s.length()) {
      int hit = -1;
      for (int k = 0; k < olds.size(); k++) {
        String old = olds.get(k);
        if (old.isEmpty() ? !lastWasEmptyMatch : s.startsWith(old, i)) {
          hit = k;
          break;
        }
      }
      if (hit >= 0) {
        out.append(news.get(hit));
        String old = olds.get(hit);
        if (!old.isEmpty()) {
          i += old.length();
          lastWasEmptyMatch = false;
          continue;
        }
        lastWasEmptyMatch = true;
      } else {
        lastWasEmptyMatch = false;
      }
      if (i == s.length()) {
        break;
      }
      int cp = s.codePointAt(i);
      out.appendCodePoint(cp);
      i += Character.charCount(cp);
      lastWasEmptyMatch = false;
    }
    return out.toString();
  }

  /** Lower-cases code point by code point, as Go's {@code strings.ToLower}. */
  static String lower(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /** Upper-cases code point by code point, as Go's {@code strings.ToUpper}. */
  static String upper(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(Character.toUpperCase(cp)));
    return out.toString();
  }

  /** Removes leading and/or trailing code points that satisfy {@code strip}. */
  static String trim(String s, java.util.function.IntPredicate strip, boolean left, boolean right) {
    int start = 0;
    int end = s.length();
    if (left) {
      while (start < end) {
        int cp = s.codePointAt(start);
        if (!strip.test(cp)) {
          break;
        }
        start += Character.charCount(cp);
      }
    }
    if (right) {
      while (end > start) {
        int cp = s.codePointBefore(end);
        if (!strip.test(cp)) {
          break;
        }
        end -= Character.charCount(cp);
      }
    }
    return s.substring(start, end);
  }
}
