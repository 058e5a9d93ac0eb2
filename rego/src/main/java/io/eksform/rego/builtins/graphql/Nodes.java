package io.eksform.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GraphQL AST nodes are kept as maps keyed by gqlparser's Go field names, so that they convert to
 * and from Rego values as OPA's JSON view of the AST does; these helpers read them.
 */
final class Nodes {
  private Nodes() {}

  static Map<String, Object> node(Pos pos) {
    Map<String, Object> n = new LinkedHashMap<>();
    if (pos != null) {
      n.put("Position", pos);
    }
    return n;
  }

  static String str(Map<String, Object> n, String key) {
    return n != null && n.get(key) instanceof String s ? s : "";
  }

  static boolean bool(Map<String, Object> n, String key) {
    return n != null && n.get(key) instanceof Boolean b && b;
  }

  static int integer(Map<String, Object> n, String key) {
    return n != null && n.get(key) instanceof Integer i ? i : -1;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Map<String, Object> n, String key) {
    return n != null && n.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> n, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    if (n != null && n.get(key) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> m) {
          out.add((Map<String, Object>) m);
        }
      }
    }
    return out;
  }

  static List<String> strings(Map<String, Object> n, String key) {
    List<String> out = new ArrayList<>();
    if (n != null && n.get(key) instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof String s) {
          out.add(s);
        }
      }
    }
    return out;
  }

  static Pos pos(Map<String, Object> n) {
    return n != null && n.get("Position") instanceof Pos p ? p : new Pos(0, 0);
  }

  /** Appends {@code items} to the list under {@code key}, creating it when absent. */
  @SuppressWarnings("unchecked")
  static void append(Map<String, Object> n, String key, List<?> items) {
    if (items.isEmpty()) {
      return;
    }
    List<Object> l =
        n.get(key) instanceof List<?> existing ? new ArrayList<>(existing) : new ArrayList<>();
    l.addAll(items);
    n.put(key, l);
  }

  /** The named type at the bottom of a type reference. */
  static String typeName(Map<String, Object> type) {
    Map<String, Object> t = type;
    while (t != null && str(t, "NamedType").isEmpty() && map(t, "Elem") != null) {
      t = map(t, "Elem");
    }
    return str(t, "NamedType");
  }

  /** A type reference as GraphQL writes it: {@code [Int!]!}. */
  static String typeText(Map<String, Object> type) {
    if (type == null) {
      return "";
    }
    String inner =
        str(type, "NamedType").isEmpty() && map(type, "Elem") != null
            ? "[" + typeText(map(type, "Elem")) + "]"
            : str(type, "NamedType");
    return bool(type, "NonNull") ? inner + "!" : inner;
  }

  static Map<String, Object> byName(List<Map<String, Object>> nodes, String name) {
    for (Map<String, Object> n : nodes) {
      if (str(n, "Name").equals(name)) {
        return n;
      }
    }
    return null;
  }
}
