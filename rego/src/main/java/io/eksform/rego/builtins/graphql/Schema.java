package io.eksform.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A loaded schema: types and directives by name, and the root operation types. */
record Schema(
    Map<String, Map<String, Object>> types,
    Map<String, Map<String, Object>> directives,
    Map<String, Map<String, Object>> roots) {

  Map<String, Object> type(String name) {
    return types.get(name);
  }

  /** The object types a value of {@code def} may have at run time. */
  List<String> possibleTypes(Map<String, Object> def) {
    List<String> out = new ArrayList<>();
    String kind = Nodes.str(def, "Kind");
    String name = Nodes.str(def, "Name");
    switch (kind) {
      case "OBJECT" -> out.add(name);
      case "UNION" -> out.addAll(Nodes.strings(def, "Types"));
      case "INTERFACE" -> {
        for (Map<String, Object> t : types.values()) {
          if (Nodes.str(t, "Kind").equals("OBJECT")
              && Nodes.strings(t, "Interfaces").contains(name)) {
            out.add(Nodes.str(t, "Name"));
          }
        }
      }
      default -> {}
    }
    return out;
  }

  /** The field {@code name} of {@code def}, including the introspection meta fields. */
  Map<String, Object> field(Map<String, Object> def, String name) {
    return Nodes.byName(Nodes.list(def, "Fields"), name);
  }
}
