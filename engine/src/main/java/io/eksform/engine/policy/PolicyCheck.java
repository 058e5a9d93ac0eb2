package io.eksform.engine.policy;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.Position;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Location;
import io.eksform.engine.validate.DocumentCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The policy step of {@code validate}: asks a backend about each document and places every finding
 * at the line of the node its path names (the key of an object member, the value of an array
 * element, the document's start when there is no path), with the rule's remediation as hint.
 */
public final class PolicyCheck implements DocumentCheck {
  private final PolicyBackend backend;
  private final Map<String, PolicyRule> rules;

  public PolicyCheck(PolicyBackend backend, Map<String, PolicyRule> rules) {
    this.backend = backend;
    this.rules = Map.copyOf(rules);
  }

  /** The backend that evaluates the documents. */
  public PolicyBackend backend() {
    return backend;
  }

  @Override
  public List<Diagnostic> check(ConfigDocument document) {
    List<Diagnostic> out = new ArrayList<>();
    for (Finding f : backend.evaluate(document.tree())) {
      Position at = position(document, f.pointer());
      Location location = new Location(document.file(), at.line(), at.column(), f.pointer());
      Diagnostic d = Diagnostic.of(f.ruleId(), f.severity(), f.message(), location);
      PolicyRule rule = rules.get(f.ruleId());
      out.add(rule != null && !rule.remediation().isEmpty() ? d.withHint(rule.remediation()) : d);
    }
    return out;
  }

  static Position position(ConfigDocument document, String pointer) {
    String last = JsonPointers.last(pointer);
    boolean member = !pointer.isEmpty() && !last.chars().allMatch(Character::isDigit);
    return member
        ? document.sourceMap().keyPosition(pointer)
        : document.sourceMap().valuePosition(pointer);
  }
}
