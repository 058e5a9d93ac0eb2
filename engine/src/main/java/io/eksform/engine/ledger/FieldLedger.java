package io.eksform.engine.ledger;

import io.eksform.engine.config.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The field ledger: every leaf path of the ClusterConfig schema with one {@link Disposition}, so
 * that a plan can say, for each field of a config, whether it acts on it. Looks up concrete config
 * pointers ({@code /managedNodeGroups/0/labels/team}) against the ledger's patterns, and finds the
 * widest part of a config that shares one disposition and reason, so that a plan names {@code
 * accessConfig.accessEntries} once rather than each of its leaves.
 */
public final class FieldLedger {
  private static final class BuiltIn {
    static final FieldLedger LEDGER = new FieldLedger(LedgerFile.builtIn());
  }

  private final List<LedgerEntry> entries;
  private final Node root = new Node();

  public FieldLedger(List<LedgerEntry> entries) {
    this.entries = List.copyOf(entries);
    for (LedgerEntry e : entries) {
      Node n = root;
      for (String token : JsonPointers.tokens(e.path())) {
        n = n.children.computeIfAbsent(token, t -> new Node());
      }
      if (n.entry != null) {
        throw new IllegalStateException("the field ledger names " + e.path() + " twice");
      }
      n.entry = e;
    }
    root.settle();
  }

  /** The ledger eksform ships. */
  public static FieldLedger builtIn() {
    return BuiltIn.LEDGER;
  }

  /** Every leaf, in the ledger's order. */
  public List<LedgerEntry> entries() {
    return entries;
  }

  /**
   * The entry of a config pointer; a pointer inside a free-form value (a policy document under
   * {@code attachPolicy}) belongs to the leaf that holds it. Empty for a path the schema lacks.
   */
  public Optional<LedgerEntry> entry(String pointer) {
    return match(pointer).map(Match::entry);
  }

  /**
   * The widest ancestor of a config pointer (or the pointer itself) whose every leaf in the schema
   * has the same kind, disposition and reason: the part of the config a plan names as one.
   */
  public String unitOf(String pointer) {
    return match(pointer).map(Match::unit).orElse(pointer);
  }

  /** A config pointer's ledger entry, and the widest part of the config that shares it. */
  public record Match(LedgerEntry entry, String unit) {}

  /** The entry and the unit of a config pointer in one walk; empty for a path the schema lacks. */
  public Optional<Match> match(String pointer) {
    List<Step> path = walk(pointer);
    if (path.isEmpty() || path.get(path.size() - 1).node.entry == null) {
      return Optional.empty();
    }
    String unit = pointer;
    for (Step s : path) {
      if (s.node.uniform != null) {
        unit = s.pointer;
        break;
      }
    }
    return Optional.of(new Match(path.get(path.size() - 1).node.entry, unit));
  }

  private record Step(Node node, String pointer) {}

  private List<Step> walk(String pointer) {
    List<Step> out = new ArrayList<>();
    Node n = root;
    String concrete = "";
    for (String token : JsonPointers.tokens(pointer)) {
      if (n.entry != null) {
        break;
      }
      Node next = n.children.get(token);
      if (next == null && isIndex(token)) {
        next = n.children.get(FieldPaths.ITEM);
      }
      if (next == null) {
        next = n.children.get(FieldPaths.VALUE);
      }
      if (next == null) {
        return List.of();
      }
      concrete = JsonPointers.child(concrete, token);
      out.add(new Step(next, concrete));
      n = next;
    }
    return out;
  }

  private static boolean isIndex(String token) {
    return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
  }

  /** A node of the pattern tree; {@code uniform} is the shared entry when its leaves agree. */
  private static final class Node {
    final Map<String, Node> children = new TreeMap<>();
    LedgerEntry entry;
    LedgerEntry uniform;

    void settle() {
      children.values().forEach(Node::settle);
      if (entry != null) {
        uniform = entry;
        return;
      }
      LedgerEntry first = null;
      for (Node c : children.values()) {
        if (c.uniform == null || (first != null && !alike(first, c.uniform))) {
          uniform = null;
          return;
        }
        first = first == null ? c.uniform : first;
      }
      uniform = first;
    }

    private static boolean alike(LedgerEntry a, LedgerEntry b) {
      return a.kind().equals(b.kind())
          && a.disposition() == b.disposition()
          && a.reason().equals(b.reason());
    }
  }
}
