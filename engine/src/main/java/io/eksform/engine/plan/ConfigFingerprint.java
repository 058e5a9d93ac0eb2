package io.eksform.engine.plan;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.live.Fingerprints;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a plan was made from, as parsed: the SHA-256 of the config document in a canonical form
 * (keys sorted, no comments or formatting, {@code ${VAR}} already expanded when asked), and a short
 * digest of each leaf value by its JSON Pointer, so that a saved plan can say where the config
 * changed without holding any of its values.
 */
public record ConfigFingerprint(String digest, SortedMap<String, String> leaves) {
  private static final int LEAF_DIGEST_LENGTH = 16;

  public ConfigFingerprint {
    leaves = Collections.unmodifiableSortedMap(new TreeMap<>(leaves));
  }

  /** The fingerprint of a config document's tree. */
  public static ConfigFingerprint of(JsonNode tree) {
    SortedMap<String, String> leaves = new TreeMap<>();
    collect(tree, "", leaves);
    return new ConfigFingerprint(Fingerprints.sha256(canonical(tree).toString()), leaves);
  }

  /**
   * Where {@code now} differs from this one, for people: each changed leaf by its path ({@code
   * fargateProfiles[0].selectors[0].labels.app changed}), and each part only one of them holds by
   * its top ({@code managedNodeGroups[1] added}). Empty when the documents are the same.
   */
  public List<String> changesTo(ConfigFingerprint now) {
    List<String> out = new ArrayList<>();
    if (digest.equals(now.digest)) {
      return out;
    }
    TreeSet<String> changed = new TreeSet<>();
    for (Map.Entry<String, String> e : leaves.entrySet()) {
      String other = now.leaves.get(e.getKey());
      if (other != null && !other.equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    changed.forEach(p -> out.add(JsonPointers.toPath(p) + " changed"));
    tops(now.leaves, leaves).forEach(p -> out.add(JsonPointers.toPath(p) + " added"));
    tops(leaves, now.leaves).forEach(p -> out.add(JsonPointers.toPath(p) + " removed"));
    if (out.isEmpty()) {
      out.add("the document changed");
    }
    return out;
  }

  /**
   * The leaves of {@code in} that {@code other} lacks, each raised to the highest part of the
   * document that {@code other} lacks entirely.
   */
  private static TreeSet<String> tops(
      SortedMap<String, String> in, SortedMap<String, String> other) {
    TreeSet<String> out = new TreeSet<>();
    for (String pointer : in.keySet()) {
      if (other.containsKey(pointer)) {
        continue;
      }
      String top = pointer;
      String parent = JsonPointers.parent(top);
      while (!parent.isEmpty() && !holdsAnything(other, parent)) {
        top = parent;
        parent = JsonPointers.parent(top);
      }
      out.add(top);
    }
    return out;
  }

  private static boolean holdsAnything(SortedMap<String, String> leaves, String pointer) {
    if (leaves.containsKey(pointer)) {
      return true;
    }
    SortedMap<String, String> below = leaves.tailMap(pointer + "/");
    return !below.isEmpty() && below.firstKey().startsWith(pointer + "/");
  }

  private static void collect(JsonNode node, String pointer, SortedMap<String, String> out) {
    if (node.isObject() && !node.isEmpty()) {
      node.properties()
          .forEach(e -> collect(e.getValue(), JsonPointers.child(pointer, e.getKey()), out));
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), JsonPointers.child(pointer, i), out);
      }
    } else {
      out.put(
          pointer,
          Fingerprints.sha256(canonical(node).toString()).substring(0, LEAF_DIGEST_LENGTH));
    }
  }

  /** A copy with every object's keys sorted: the same document gives the same text. */
  private static JsonNode canonical(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      new TreeSet<>(((ObjectNode) node).propertyNames())
          .forEach(k -> out.set(k, canonical(node.get(k))));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(v -> out.add(canonical(v)));
      return out;
    }
    return node;
  }
}
