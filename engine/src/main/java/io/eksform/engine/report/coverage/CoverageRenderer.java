package io.eksform.engine.report.coverage;

import io.eksform.engine.ledger.LedgerEntry;
import java.io.IOException;
import java.util.List;

/** Writes the field ledger (or the part of it asked for) in one output format. */
public interface CoverageRenderer {
  /** Writes {@code entries}; lines end with {@code \n} whatever the platform. */
  void render(List<LedgerEntry> entries, Appendable out) throws IOException;
}
