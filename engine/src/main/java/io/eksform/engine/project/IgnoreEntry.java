package io.eksform.engine.project;

import io.eksform.engine.config.Position;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code ignore:} entry of {@code .eksform.yaml}: the rule id it accepts, a glob of the files
 * it covers, the reason, an optional last day, and where the entry is written.
 */
public record IgnoreEntry(
    String rule, String pathGlob, String reason, Optional<LocalDate> until, Position position) {
  public IgnoreEntry {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(pathGlob, "pathGlob");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(position, "position");
  }
}
