package io.eksform.rego.builtins;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RE2 regular expressions with the iteration rules of Go's {@code regexp} package (which differ
 * from Java's around empty matches), and a bounded cache of compiled patterns.
 */
final class GoRegex {
  private static final int CACHE_SIZE = 256;

  private static final Map<String, Pattern> CACHE =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
              return size() > CACHE_SIZE;
            }
          });

  private GoRegex() {}

  /** Compiles {@code pattern}, failing as a builtin error of {@code builtin} when invalid. */
  static Pattern compile(String builtin, String pattern) throws BuiltinException {
    Pattern p = CACHE.get(pattern);
    if (p != null) {
      return p;
    }
    try {
      p = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      throw BuiltinException.builtin(builtin, e.getMessage());
    }
    CACHE.put(pattern, p);
    return p;
  }

  static boolean isValid(String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /**
   * Go's {@code FindAll...Index}: the group spans (start, end pairs, -1 when a group did not take
   * part) of up to {@code n} successive matches, all when {@code n < 0}.
   */
  static List<int[]> findAll(Pattern p, String s, int n) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    int pos = 0;
    int prevEnd = -1;
    while ((n < 0 || out.size() < n) && pos <= s.length() && m.find(pos)) {
      boolean accept = true;
      if (m.end() == m.start()) {
        if (m.start() == prevEnd) {
          accept = false;
        }
        pos =
            m.end() < s.length() ? m.end() + Character.charCount(s.codePointAt(m.end())) : pos + 1;
      } else {
        pos = m.end();
      }
      prevEnd = m.end();
      if (accept) {
        out.add(spans(m));
      }
    }
    return out;
  }

  private static int[] spans(Matcher m) {
    int groups = m.groupCount();
    int[] out = new int[2 * (groups + 1)];
    for (int g = 0; g <= groups; g++) {
      out[2 * g] = m.start(g);
      out[2 * g + 1] = m.end(g);
    }
    return out;
  }

  /** Go's {@code Regexp.Split(s, -1)}. */
  static List<String> split(Pattern p, String s) {
    List<String> out = new ArrayList<>();
    if (!p.pattern().isEmpty() && s.isEmpty()) {
      out.add("");
      return out;
    }
    int beg = 0;
    int end = 0;
    for (int[] match : findAll(p, s, -1)) {
      end = match[0];
      if (match[1] != 0) {
        out.add(s.substring(beg, end));
      }
      beg = match[1];
    }
    if (end != s.length()) {
      out.add(s.substring(beg));
    }
    return out;
  }

  /** Go's {@code ReplaceAllString}, expanding {@code $1}, {@code ${name}} and {@code $$}. */
  static String replaceAll(Pattern p, String src, String template) {
    StringBuilder out = new StringBuilder(src.length());
    Matcher m = p.matcher(src);
    int lastMatchEnd = 0;
    int searchPos = 0;
    while (searchPos <= src.length() && m.find(searchPos)) {
      int[] a = spans(m);
      out.append(src, lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] == 0) {
        expand(out, template, src, a, p.namedGroups());
      }
      lastMatchEnd = a[1];
      int width = searchPos < src.length() ? Character.charCount(src.codePointAt(searchPos)) : 1;
      if (searchPos + width > a[1]) {
        searchPos += width;
      } else if (searchPos + 1 > a[1]) {
        searchPos++;
      } else {
        searchPos = a[1];
      }
    }
    out.append(src, Math.min(lastMatchEnd, src.length()), src.length());
    return out.toString();
  }

  /** Go's {@code Regexp.Expand} of a replacement template. */
  static void expand(
      StringBuilder out, String template, String src, int[] match, Map<String, Integer> names) {
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      out.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        out.append('$');
        i++;
        continue;
      }
      boolean brace = i < template.length() && template.charAt(i) == '{';
      int nameStart = brace ? i + 1 : i;
      int j = nameStart;
      while (j < template.length()) {
        int cp = template.codePointAt(j);
        if (!(Character.isLetterOrDigit(cp) || cp == '_')) {
          break;
        }
        j += Character.charCount(cp);
      }
      boolean ok =
          j > nameStart && (!brace || (j < template.length() && template.charAt(j) == '}'));
      if (!ok) {
        out.append('$');
        continue;
      }
      String name = template.substring(nameStart, j);
      i = brace ? j + 1 : j;
      int group = groupNumber(name);
      if (group < 0) {
        Integer named = names.get(name);
        group = named == null ? -1 : named;
      }
      if (group >= 0 && 2 * group + 1 < match.length && match[2 * group] >= 0) {
        out.append(src, match[2 * group], match[2 * group + 1]);
      }
    }
    out.append(template, Math.min(i, template.length()), template.length());
  }

  private static int groupNumber(String name) {
    int num = 0;
    for (int k = 0; k < name.length(); k++) {
      char c = name.charAt(k);
      if (c < '0' || c > '9' || num >= 100_000_000) {
        return -1;
      }
      num = num * 10 + (c - '0');
    }
    if (name.charAt(0) == '0' && name.length() > 1) {
      return -1;
    }
    return num;
  }
}
