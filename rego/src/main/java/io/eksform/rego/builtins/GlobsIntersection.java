package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code regex.globs_match}: whether two simple patterns (literal characters, {@code .}, classes
 * {@code [a-z]}, each optionally followed by {@code *} or {@code +}) can match a common string.
 * Decided by searching the product of the two pattern automata.
 */
final class GlobsIntersection {
  private static final String NAME = "regex.globs_match";
  private static final int MAX_CP = Character.MAX_CODE_POINT;

  private GlobsIntersection() {}

  static void register(BuiltinRegistry r) {
    r.add(NAME, 2, GlobsIntersection::globsMatch);
  }

  /** A set of code points as sorted, disjoint, inclusive ranges. */
  record CharSet(List<int[]> ranges) {
    boolean intersects(CharSet other) {
      for (int[] a : ranges) {
        for (int[] b : other.ranges) {
          if (a[0] <= b[1] && b[0] <= a[1]) {
            return true;
          }
        }
      }
      return false;
    }

    static CharSet of(int lo, int hi) {
      return new CharSet(List.of(new int[] {lo, hi}));
    }

    CharSet complement() {
      List<int[]> sorted = new ArrayList<>(ranges);
      sorted.sort((x, y) -> Integer.compare(x[0], y[0]));
      List<int[]> out = new ArrayList<>();
      int next = 0;
      for (int[] r : sorted) {
        if (r[0] > next) {
          out.add(new int[] {next, r[0] - 1});
        }
        next = Math.max(next, r[1] + 1);
      }
      if (next <= MAX_CP) {
        out.add(new int[] {next, MAX_CP});
      }
      return new CharSet(out);
    }
  }

  /** One pattern element: a character set with a repetition. */
  record Token(CharSet chars, char repeat) {}

  private static Value globsMatch(BuiltinContext c, List<Value> a) throws BuiltinException {
    List<Token> x = tokens(string(NAME, a, 1));
    List<Token> y = tokens(string(NAME, a, 2));
    return BooleanValue.of(nonEmpty(expand(x), expand(y)));
  }

  /** Rewrites {@code t+} as {@code t t*} so only "once" and "star" remain. */
  private static List<Token> expand(List<Token> in) {
    List<Token> out = new ArrayList<>();
    for (Token t : in) {
      if (t.repeat() == '+') {
        out.add(new Token(t.chars(), '1'));
        out.add(new Token(t.chars(), '*'));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static BuiltinException invalid(String input, int pos, String what) {
    return BuiltinException.builtin(
        NAME, "input:" + input + ", pos:" + pos + ", " + what + ": the input provided is invalid");
  }

  static List<Token> tokens(String s) throws BuiltinException {
    List<Token> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int start = i;
      i += Character.charCount(cp);
      CharSet set;
      switch (cp) {
        case '.' -> set = CharSet.of(0, MAX_CP);
        case '[' -> {
          int close = s.indexOf(']', i);
          if (close < 0) {
            throw invalid(s, start + 1, "set-open '[' with no closing ']'");
          }
          set = charClass(s.substring(i, close));
          i = close + 1;
        }
        case ']' -> throw invalid(s, start + 1, "set-close ']' with no preceding '['");
        case '*', '+' ->
            throw invalid(s, start + 1, "quantifier '" + (char) cp + "' with no preceding token");
        case '\\' -> {
          if (i >= s.length()) {
            throw invalid(s, start + 1, "escape '\\' with no following character");
          }
          int lit = s.codePointAt(i);
          i += Character.charCount(lit);
          set = CharSet.of(lit, lit);
        }
        default -> set = CharSet.of(cp, cp);
      }
      char repeat = '1';
      if (i < s.length() && (s.charAt(i) == '*' || s.charAt(i) == '+')) {
        repeat = s.charAt(i);
        i++;
      }
      out.add(new Token(set, repeat));
    }
    return out;
  }

  private static CharSet charClass(String body) {
    boolean negate = body.startsWith("^");
    if (negate) {
      body = body.substring(1);
    }
    List<int[]> ranges = new ArrayList<>();
    int i = 0;
    while (i < body.length()) {
      int lo = body.codePointAt(i);
      i += Character.charCount(lo);
      if (lo == '\\' && i < body.length()) {
        lo = body.codePointAt(i);
        i += Character.charCount(lo);
      }
      int hi = lo;
      if (i + 1 < body.length() && body.charAt(i) == '-') {
        hi = body.codePointAt(i + 1);
        i += 1 + Character.charCount(hi);
      }
      ranges.add(new int[] {Math.min(lo, hi), Math.max(lo, hi)});
    }
    CharSet set = new CharSet(ranges);
    return negate ? set.complement() : set;
  }

  /** Breadth-first search over pairs of positions in the two token lists. */
  static boolean nonEmpty(List<Token> x, List<Token> y) {
    Set<Long> seen = new HashSet<>();
    Deque<int[]> queue = new ArrayDeque<>();
    push(queue, seen, 0, 0);
    while (!queue.isEmpty()) {
      int[] s = queue.poll();
      int i = s[0];
      int j = s[1];
      if (i == x.size() && j == y.size()) {
        return true;
      }
      if (i < x.size() && x.get(i).repeat() == '*') {
        push(queue, seen, i + 1, j);
      }
      if (j < y.size() && y.get(j).repeat() == '*') {
        push(queue, seen, i, j + 1);
      }
      if (i < x.size() && j < y.size() && x.get(i).chars().intersects(y.get(j).chars())) {
        int ni = x.get(i).repeat() == '*' ? i : i + 1;
        int nj = y.get(j).repeat() == '*' ? j : j + 1;
        push(queue, seen, ni, nj);
      }
    }
    return false;
  }

  private static void push(Deque<int[]> queue, Set<Long> seen, int i, int j) {
    if (seen.add(((long) i << 32) | j)) {
      queue.add(new int[] {i, j});
    }
  }
}
