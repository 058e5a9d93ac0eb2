package io.eksform.engine.report.coverage;

import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.ledger.LedgerEntry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** How many fields have each disposition, and the sentence that says so. */
final class CoverageCounts {
  private CoverageCounts() {}

  static Map<Disposition, Long> of(List<LedgerEntry> entries) {
    Map<Disposition, Long> out = new EnumMap<>(Disposition.class);
    for (Disposition d : Disposition.values()) {
      out.put(d, entries.stream().filter(e -> e.disposition() == d).count());
    }
    return out;
  }

  /** "427 fields: 52 planned, 0 create-only, 10 validated-only, 365 not managed yet." */
  static String sentence(List<LedgerEntry> entries) {
    Map<Disposition, Long> counts = of(entries);
    return entries.size()
        + (entries.size() == 1 ? " field: " : " fields: ")
        + counts.get(Disposition.PLANNED)
        + " planned, "
        + counts.get(Disposition.CREATE_ONLY)
        + " create-only, "
        + counts.get(Disposition.VALIDATED_ONLY)
        + " validated-only, "
        + counts.get(Disposition.NOT_MANAGED)
        + " not managed yet.";
  }
}
