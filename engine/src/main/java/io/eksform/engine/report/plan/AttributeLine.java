package io.eksform.engine.report.plan;

import java.util.List;
import java.util.Optional;

/**
 * One row of a change's listing: an attribute path that is added ({@code +}), removed ({@code -})
 * or changed ({@code ~}), with the value before and after as printable lines (empty when there is
 * none), whether it forces the replacement, and whether its new value is known only after apply.
 */
record AttributeLine(
    Kind kind,
    String path,
    List<String> before,
    Optional<List<String>> after,
    boolean forcesReplacement) {
  static final String KNOWN_AFTER_APPLY = "(known after apply)";

  /** Added, removed or changed: Terraform's attribute symbols. */
  enum Kind {
    ADD("+"),
    REMOVE("-"),
    CHANGE("~");

    final String symbol;

    Kind(String symbol) {
      this.symbol = symbol;
    }
  }

  AttributeLine {
    before = List.copyOf(before);
    after = after.map(List::copyOf);
  }

  /** The new value's lines, or {@code (known after apply)}. */
  List<String> afterLines() {
    return after.orElse(List.of(KNOWN_AFTER_APPLY));
  }
}
