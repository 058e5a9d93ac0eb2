package io.eksform.engine.schema;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {
  private Suggestions() {}

  /** The closest candidate within a small edit distance, or empty when nothing is close. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    String best = null;
    int bestScore = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      if (candidate.equals(word)) {
        continue;
      }
      int score;
      if (candidate.toLowerCase(Locale.ROOT).equals(lower)) {
        score = 0;
      } else {
        score = distance(lower, candidate.toLowerCase(Locale.ROOT));
      }
      if (score < bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    int allowed = Math.max(1, Math.min(3, word.length() / 3));
    return bestScore <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
