package io.eksform.engine.lint;

import java.util.Objects;

/**
 * What a rule id stands for: a short title, a description of what it checks, the severity it
 * reports by default, and the page that documents it.
 */
public record Rule(
    String id, String title, String description, Severity defaultSeverity, String helpUri) {
  public Rule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(helpUri, "helpUri");
  }
}
