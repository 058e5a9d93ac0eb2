package io.eksform.engine.config;

import java.util.Map;

/**
 * Where each node of a parsed document came from: JSON Pointer to the position of its value, and,
 * for object members, to the position of its key. A lookup of a pointer with no entry falls back to
 * its nearest ancestor, so a finding about a missing field points at the object that lacks it.
 */
public record SourceMap(String file, Map<String, Position> values, Map<String, Position> keys) {
  public SourceMap {
    values = Map.copyOf(values);
    keys = Map.copyOf(keys);
  }

  /** The position of the node's value, or of its nearest known ancestor. */
  public Position valuePosition(String pointer) {
    String p = pointer;
    while (true) {
      Position found = values.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return Position.UNKNOWN;
      }
      p = JsonPointers.parent(p);
    }
  }

  /** The position of the member's key when it is an object member, else of its value. */
  public Position keyPosition(String pointer) {
    Position key = keys.get(pointer);
    return key != null ? key : valuePosition(pointer);
  }

  /** True when the pointer names a node that exists in the document. */
  public boolean contains(String pointer) {
    return values.containsKey(pointer);
  }
}
