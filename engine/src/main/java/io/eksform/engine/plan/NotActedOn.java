package io.eksform.engine.plan;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.ledger.Disposition;

/**
 * A part of the config that this plan does not act on: where it is (a JSON Pointer and the line it
 * starts on, 0 when unknown), its disposition in the field ledger (validated-only or not managed
 * yet), and why, in words.
 */
public record NotActedOn(String pointer, int line, Disposition disposition, String reason) {
  /** The path as people write it: {@code accessConfig.accessEntries}. */
  public String path() {
    return JsonPointers.toPath(pointer);
  }

  /** {@code accessConfig.accessEntries (line 31)}. */
  public String where() {
    return path() + (line > 0 ? " (line " + line + ")" : "");
  }
}
