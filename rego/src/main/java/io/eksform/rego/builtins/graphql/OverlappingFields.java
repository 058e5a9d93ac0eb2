package io.eksform.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fields that answer under one response name in a selection set (through fragments too) must be the
 * same field with the same arguments, unless their parents are two different object types.
 */
final class OverlappingFields {
  private final Schema schema;
  private final Map<String, Map<String, Object>> fragments;

  OverlappingFields(Schema schema, Map<String, Map<String, Object>> fragments) {
    this.schema = schema;
    this.fragments = fragments;
  }

  /** A field as selected, with the type it is selected on. */
  private record Selected(Map<String, Object> field, Map<String, Object> parent) {}

  void check(List<Map<String, Object>> selections, Map<String, Object> parent)
      throws GraphqlException {
    Map<String, List<Selected>> byName = new LinkedHashMap<>();
    collect(selections, parent, byName, new HashSet<>());
    for (Map.Entry<String, List<Selected>> e : byName.entrySet()) {
      List<Selected> fields = e.getValue();
      for (int i = 0; i < fields.size(); i++) {
        for (int j = i + 1; j < fields.size(); j++) {
          String reason = conflict(fields.get(i), fields.get(j));
          if (reason != null) {
            throw new GraphqlException(
                "Fields "
                    + Token.quote(e.getKey())
                    + " conflict because "
                    + reason
                    + ". Use different aliases on the fields to fetch both if this was"
                    + " intentional.",
                Nodes.pos(fields.get(j).field()));
          }
        }
      }
    }
  }

  private String conflict(Selected a, Selected b) {
    boolean exclusive =
        a.parent() != null
            && b.parent() != null
            && a.parent() != b.parent()
            && Nodes.str(a.parent(), "Kind").equals("OBJECT")
            && Nodes.str(b.parent(), "Kind").equals("OBJECT");
    if (exclusive) {
      return null;
    }
    String na = Nodes.str(a.field(), "Name");
    String nb = Nodes.str(b.field(), "Name");
    if (!na.equals(nb)) {
      return na + " and " + nb + " are different fields";
    }
    if (!arguments(a.field()).equals(arguments(b.field()))) {
      return "they have differing arguments";
    }
    return null;
  }

  private static Map<String, String> arguments(Map<String, Object> field) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map<String, Object> arg : Nodes.list(field, "Arguments")) {
      out.put(Nodes.str(arg, "Name"), ValueRules.text(Nodes.map(arg, "Value")));
    }
    return out;
  }

  private void collect(
      List<Map<String, Object>> selections,
      Map<String, Object> parent,
      Map<String, List<Selected>> out,
      Set<String> seen) {
    for (Map<String, Object> s : selections) {
      if (s.containsKey("Alias")) {
        out.computeIfAbsent(Nodes.str(s, "Alias"), k -> new ArrayList<>())
            .add(new Selected(s, parent));
      } else if (s.containsKey("TypeCondition")) {
        String condition = Nodes.str(s, "TypeCondition");
        Map<String, Object> type = condition.isEmpty() ? parent : schema.type(condition);
        collect(Nodes.list(s, "SelectionSet"), type, out, seen);
      } else {
        Map<String, Object> f = fragments.get(Nodes.str(s, "Name"));
        if (f != null && seen.add(Nodes.str(s, "Name"))) {
          collect(
              Nodes.list(f, "SelectionSet"), schema.type(Nodes.str(f, "TypeCondition")), out, seen);
        }
      }
    }
  }
}
