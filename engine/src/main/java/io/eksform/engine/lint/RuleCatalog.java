package io.eksform.engine.lint;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules a run knows about, by id: the built-in ones of {@link Rules} plus any that policies
 * declare; renderers use it to describe the rules their findings refer to.
 */
public final class RuleCatalog {
  private final Map<String, Rule> rules;

  private RuleCatalog(Map<String, Rule> rules) {
    this.rules = Map.copyOf(rules);
  }

  /** A catalogue of exactly these rules; a later rule with the same id replaces an earlier one. */
  public static RuleCatalog of(Collection<Rule> rules) {
    Map<String, Rule> byId = new TreeMap<>();
    rules.forEach(r -> byId.put(r.id(), r));
    return new RuleCatalog(byId);
  }

  /** This catalogue plus {@code more}, which win over rules of the same id already here. */
  public RuleCatalog with(Collection<Rule> more) {
    Map<String, Rule> byId = new TreeMap<>(rules);
    more.forEach(r -> byId.put(r.id(), r));
    return new RuleCatalog(byId);
  }

  public Optional<Rule> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * The rule for {@code id}, or a plain description made from the id alone when no one declared it
   * (a custom policy without metadata), so that every finding can still be described.
   */
  public Rule describe(String id, Severity seenSeverity) {
    return find(id)
        .orElseGet(
            () ->
                new Rule(
                    id, id, "Findings reported under the rule id " + id + ".", seenSeverity, ""));
  }

  public int size() {
    return rules.size();
  }
}
