package io.eksform.engine.git;

import java.util.List;

/** The 1-based, inclusive line ranges of a head file that a branch added or changed. */
public record LineRanges(List<Range> ranges) {
  /** Lines {@code first} to {@code last}, both included, 1-based. */
  public record Range(int first, int last) {
    public Range {
      if (first < 1 || last < first) {
        throw new IllegalArgumentException("bad line range " + first + "-" + last);
      }
    }
  }

  public LineRanges {
    ranges = List.copyOf(ranges);
  }

  /** No line changed. */
  public static LineRanges none() {
    return new LineRanges(List.of());
  }

  /** Every line of a file of {@code lineCount} lines (an added file). */
  public static LineRanges all(int lineCount) {
    return lineCount < 1 ? none() : new LineRanges(List.of(new Range(1, lineCount)));
  }

  public boolean contains(int line) {
    return ranges.stream().anyMatch(r -> line >= r.first() && line <= r.last());
  }

  public boolean isEmpty() {
    return ranges.isEmpty();
  }
}
