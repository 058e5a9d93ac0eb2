package io.eksform.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a query document against a schema with gqlparser's validation rules (names, types,
 * arguments, directives, fragments and variables), reporting the first broken one in its words.
 */
final class QueryValidator {
  private final Schema schema;
  private final Map<String, Map<String, Object>> fragments = new LinkedHashMap<>();
  private final ValueRules values;

  /** The variables of the operation being walked; null while walking fragment definitions. */
  private Map<String, Map<String, Object>> variables;

  private QueryValidator(Schema schema) {
    this.schema = schema;
    this.values = new ValueRules(schema);
  }

  static void validate(Schema schema, Map<String, Object> query) throws GraphqlException {
    new QueryValidator(schema).run(query);
  }

  private static GraphqlException error(String message, Map<String, Object> at) {
    return new GraphqlException(message, Nodes.pos(at));
  }

  private void run(Map<String, Object> doc) throws GraphqlException {
    List<Map<String, Object>> operations = Nodes.list(doc, "Operations");
    for (Map<String, Object> f : Nodes.list(doc, "Fragments")) {
      String name = Nodes.str(f, "Name");
      if (fragments.put(name, f) != null) {
        throw error("There can be only one fragment named " + Token.quote(name) + ".", f);
      }
    }
    Set<String> opNames = new HashSet<>();
    for (Map<String, Object> op : operations) {
      String name = Nodes.str(op, "Name");
      if (name.isEmpty() && operations.size() > 1) {
        throw error("This anonymous operation must be the only defined operation.", op);
      }
      if (!name.isEmpty() && !opNames.add(name)) {
        throw error("There can be only one operation named " + Token.quote(name) + ".", op);
      }
    }
    for (Map<String, Object> f : fragments.values()) {
      noCycle(f, Nodes.str(f, "Name"), new ArrayList<>(), new HashSet<>());
    }
    Set<String> usedFragments = new HashSet<>();
    for (Map<String, Object> op : operations) {
      operation(op, usedFragments);
    }
    variables = null;
    for (Map<String, Object> f : fragments.values()) {
      Map<String, Object> type = typeCondition(f, Nodes.str(f, "TypeCondition"), true);
      selectionSet(Nodes.list(f, "SelectionSet"), type);
      directives(Nodes.list(f, "Directives"), "FRAGMENT_DEFINITION");
    }
    for (Map<String, Object> f : fragments.values()) {
      if (!usedFragments.contains(Nodes.str(f, "Name"))) {
        throw error("Fragment " + Token.quote(Nodes.str(f, "Name")) + " is never used.", f);
      }
    }
  }

  private void operation(Map<String, Object> op, Set<String> usedFragments)
      throws GraphqlException {
    String kind = Nodes.str(op, "Operation");
    Map<String, Object> root = schema.roots().get(kind);
    if (root == null) {
      throw error("Schema does not support operation type " + Token.quote(kind), op);
    }
    Map<String, Map<String, Object>> declared = new LinkedHashMap<>();
    for (Map<String, Object> v : Nodes.list(op, "VariableDefinitions")) {
      String name = Nodes.str(v, "Variable");
      if (declared.put(name, v) != null) {
        throw error("There can be only one variable named " + Token.quote("$" + name) + ".", v);
      }
      Map<String, Object> type = Nodes.map(v, "Type");
      Map<String, Object> def = schema.type(Nodes.typeName(type));
      if (def == null) {
        throw error("Unknown type " + Token.quote(Nodes.typeName(type)) + ".", v);
      }
      String k = Nodes.str(def, "Kind");
      if (!(k.equals("SCALAR") || k.equals("ENUM") || k.equals("INPUT_OBJECT"))) {
        throw error(
            "Variable "
                + Token.quote("$" + name)
                + " cannot be non-input type "
                + Token.quote(Nodes.typeText(type))
                + ".",
            v);
      }
      directives(Nodes.list(v, "Directives"), "VARIABLE_DEFINITION");
      values.check(Nodes.map(v, "DefaultValue"), type, false, null);
    }
    variables = declared;
    directives(Nodes.list(op, "Directives"), kind.toUpperCase(java.util.Locale.ROOT));
    if (kind.equals("subscription")) {
      List<Map<String, Object>> top = new ArrayList<>();
      topFields(Nodes.list(op, "SelectionSet"), top, new HashSet<>());
      if (top.size() > 1) {
        String name = Nodes.str(op, "Name");
        throw error(
            (name.isEmpty() ? "Anonymous Subscription" : "Subscription " + Token.quote(name))
                + " must select only one top level field.",
            top.get(1));
      }
    }
    selectionSet(Nodes.list(op, "SelectionSet"), root);
    Set<String> used = new LinkedHashSet<>();
    Set<String> spread = new LinkedHashSet<>();
    for (Map<String, Object> d : Nodes.list(op, "Directives")) {
      values(Nodes.list(d, "Arguments"), used);
    }
    collect(Nodes.list(op, "SelectionSet"), used, spread);
    usedFragments.addAll(spread);
    String opName = Nodes.str(op, "Name");
    for (String v : used) {
      if (!declared.containsKey(v)) {
        throw error(
            "Variable "
                + Token.quote("$" + v)
                + " is not defined"
                + (opName.isEmpty() ? "." : " by operation " + Token.quote(opName) + "."),
            op);
      }
    }
    for (Map.Entry<String, Map<String, Object>> d : declared.entrySet()) {
      if (!used.contains(d.getKey())) {
        throw error(
            "Variable "
                + Token.quote("$" + d.getKey())
                + " is never used"
                + (opName.isEmpty() ? "." : " in operation " + Token.quote(opName) + "."),
            d.getValue());
      }
    }
  }

  /**
   * Fails when {@code fragment} spreads, directly or through others, the one named {@code start}.
   */
  private void noCycle(
      Map<String, Object> fragment, String start, List<String> path, Set<String> visited)
      throws GraphqlException {
    for (Map<String, Object> spread : spreads(Nodes.list(fragment, "SelectionSet"))) {
      String name = Nodes.str(spread, "Name");
      if (name.equals(start)) {
        List<String> via = new ArrayList<>();
        for (String p : path) {
          via.add(Token.quote(p));
        }
        throw error(
            "Cannot spread fragment "
                + Token.quote(start)
                + " within itself"
                + (via.isEmpty() ? "." : " via " + String.join(", ", via) + "."),
            spread);
      }
      Map<String, Object> next = fragments.get(name);
      if (next != null && visited.add(name)) {
        path.add(name);
        noCycle(next, start, path, visited);
        path.remove(path.size() - 1);
      }
    }
  }

  /** The fragment spreads in {@code selections}, however deep. */
  private static List<Map<String, Object>> spreads(List<Map<String, Object>> selections) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> s : selections) {
      if (s.containsKey("Alias") || s.containsKey("TypeCondition")) {
        out.addAll(spreads(Nodes.list(s, "SelectionSet")));
      } else {
        out.add(s);
      }
    }
    return out;
  }

  /** The fields selected at the top of {@code selections}, looking through fragments. */
  private void topFields(
      List<Map<String, Object>> selections, List<Map<String, Object>> out, Set<String> seen) {
    for (Map<String, Object> s : selections) {
      if (s.containsKey("Alias")) {
        out.add(s);
      } else if (s.containsKey("TypeCondition")) {
        topFields(Nodes.list(s, "SelectionSet"), out, seen);
      } else if (seen.add(Nodes.str(s, "Name")) && fragments.containsKey(Nodes.str(s, "Name"))) {
        topFields(Nodes.list(fragments.get(Nodes.str(s, "Name")), "SelectionSet"), out, seen);
      }
    }
  }

  /** Gathers the variables used in {@code selections}, following fragment spreads once each. */
  private void collect(
      List<Map<String, Object>> selections, Set<String> variables, Set<String> spread) {
    for (Map<String, Object> s : selections) {
      for (Map<String, Object> d : Nodes.list(s, "Directives")) {
        values(Nodes.list(d, "Arguments"), variables);
      }
      values(Nodes.list(s, "Arguments"), variables);
      if (s.containsKey("Alias") || s.containsKey("TypeCondition")) {
        collect(Nodes.list(s, "SelectionSet"), variables, spread);
        continue;
      }
      String name = Nodes.str(s, "Name");
      Map<String, Object> f = fragments.get(name);
      if (spread.add(name) && f != null) {
        for (Map<String, Object> d : Nodes.list(f, "Directives")) {
          values(Nodes.list(d, "Arguments"), variables);
        }
        collect(Nodes.list(f, "SelectionSet"), variables, spread);
      }
    }
  }

  /** Gathers the variables in the values of {@code arguments} (or of object or list children). */
  private static void values(List<Map<String, Object>> arguments, Set<String> variables) {
    for (Map<String, Object> a : arguments) {
      Map<String, Object> v = Nodes.map(a, "Value");
      if (Nodes.integer(v, "Kind") == ParserBase.VARIABLE) {
        variables.add(Nodes.str(v, "Raw"));
      }
      values(Nodes.list(v, "Children"), variables);
    }
  }

  private Map<String, Object> typeCondition(Map<String, Object> at, String name, boolean definition)
      throws GraphqlException {
    Map<String, Object> def = schema.type(name);
    if (def == null) {
      throw error("Unknown type " + Token.quote(name) + ".", at);
    }
    String kind = Nodes.str(def, "Kind");
    if (!(kind.equals("OBJECT") || kind.equals("INTERFACE") || kind.equals("UNION"))) {
      throw error(
          definition
              ? "Fragment "
                  + Token.quote(Nodes.str(at, "Name"))
                  + " cannot condition on non composite type "
                  + Token.quote(name)
                  + "."
              : "Fragment cannot condition on non composite type " + Token.quote(name) + ".",
          at);
    }
    return def;
  }

  private void selectionSet(List<Map<String, Object>> selections, Map<String, Object> parent)
      throws GraphqlException {
    new OverlappingFields(schema, fragments).check(selections, parent);
    for (Map<String, Object> s : selections) {
      if (s.containsKey("Alias")) {
        field(s, parent);
      } else if (s.containsKey("SelectionSet") || s.containsKey("TypeCondition")) {
        Map<String, Object> type = parent;
        String condition = Nodes.str(s, "TypeCondition");
        if (!condition.isEmpty()) {
          type = typeCondition(s, condition, false);
          spreadPossible(s, parent, type, null);
        }
        directives(Nodes.list(s, "Directives"), "INLINE_FRAGMENT");
        selectionSet(Nodes.list(s, "SelectionSet"), type);
      } else {
        String name = Nodes.str(s, "Name");
        Map<String, Object> f = fragments.get(name);
        if (f == null) {
          throw error("Unknown fragment " + Token.quote(name) + ".", s);
        }
        directives(Nodes.list(s, "Directives"), "FRAGMENT_SPREAD");
        Map<String, Object> type = schema.type(Nodes.str(f, "TypeCondition"));
        if (type != null) {
          spreadPossible(s, parent, type, name);
        }
      }
    }
  }

  private void spreadPossible(
      Map<String, Object> at, Map<String, Object> parent, Map<String, Object> type, String name)
      throws GraphqlException {
    if (parent == null) {
      return;
    }
    List<String> overlap = new ArrayList<>(schema.possibleTypes(parent));
    overlap.retainAll(schema.possibleTypes(type));
    if (overlap.isEmpty()) {
      String p = Nodes.str(parent, "Name");
      String t = Nodes.str(type, "Name");
      throw error(
          name == null
              ? "Fragment cannot be spread here as objects of type "
                  + Token.quote(p)
                  + " can never be of type "
                  + Token.quote(t)
                  + "."
              : "Fragment "
                  + Token.quote(name)
                  + " cannot be spread here as objects of type "
                  + Token.quote(p)
                  + " can never be of type "
                  + Token.quote(t)
                  + ".",
          at);
    }
  }

  private Map<String, Object> fieldDefinition(Map<String, Object> parent, String name) {
    if (name.equals("__typename")) {
      return meta(name, "String", true, List.of());
    }
    if (parent == schema.roots().get("query")) {
      if (name.equals("__schema")) {
        return meta(name, "__Schema", true, List.of());
      }
      if (name.equals("__type")) {
        Map<String, Object> arg = new LinkedHashMap<>();
        arg.put("Name", "name");
        arg.put("Type", typeRef("String", true));
        return meta(name, "__Type", false, List.of(arg));
      }
    }
    return schema.field(parent, name);
  }

  private static Map<String, Object> typeRef(String name, boolean nonNull) {
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("NamedType", name);
    t.put("NonNull", nonNull);
    return t;
  }

  private static Map<String, Object> meta(
      String name, String type, boolean nonNull, List<Object> args) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("Name", name);
    f.put("Type", typeRef(type, nonNull));
    f.put("Arguments", args);
    return f;
  }

  private void field(Map<String, Object> field, Map<String, Object> parent)
      throws GraphqlException {
    String name = Nodes.str(field, "Name");
    Map<String, Object> def = fieldDefinition(parent, name);
    if (def == null) {
      throw error(
          "Cannot query field "
              + Token.quote(name)
              + " on type "
              + Token.quote(Nodes.str(parent, "Name"))
              + ".",
          field);
    }
    arguments(
        field,
        Nodes.list(def, "Arguments"),
        "field " + Token.quote(Nodes.str(parent, "Name") + "." + name),
        "Field " + Token.quote(name));
    directives(Nodes.list(field, "Directives"), "FIELD");
    Map<String, Object> typeRef = Nodes.map(def, "Type");
    Map<String, Object> type = schema.type(Nodes.typeName(typeRef));
    List<Map<String, Object>> selections = Nodes.list(field, "SelectionSet");
    String kind = Nodes.str(type, "Kind");
    boolean leaf = type == null || kind.equals("SCALAR") || kind.equals("ENUM");
    if (leaf && !selections.isEmpty()) {
      throw error(
          "Field "
              + Token.quote(name)
              + " must not have a selection since type "
              + Token.quote(Nodes.typeText(typeRef))
              + " has no subfields.",
          field);
    }
    if (!leaf && selections.isEmpty()) {
      throw error(
          "Field "
              + Token.quote(name)
              + " of type "
              + Token.quote(Nodes.typeText(typeRef))
              + " must have a selection of subfields. Did you mean \""
              + name
              + " { ... }\"?",
          field);
    }
    if (!leaf) {
      selectionSet(selections, type);
    }
  }

  private void arguments(
      Map<String, Object> at, List<Map<String, Object>> params, String unknownOn, String owner)
      throws GraphqlException {
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> arg : Nodes.list(at, "Arguments")) {
      String name = Nodes.str(arg, "Name");
      if (Nodes.byName(params, name) == null) {
        throw error("Unknown argument " + Token.quote(name) + " on " + unknownOn + ".", arg);
      }
      if (!seen.add(name)) {
        throw error("There can be only one argument named " + Token.quote(name) + ".", arg);
      }
    }
    for (Map<String, Object> arg : Nodes.list(at, "Arguments")) {
      Map<String, Object> param = Nodes.byName(params, Nodes.str(arg, "Name"));
      values.check(
          Nodes.map(arg, "Value"),
          Nodes.map(param, "Type"),
          param.get("DefaultValue") != null,
          variables);
    }
    for (Map<String, Object> param : params) {
      Map<String, Object> type = Nodes.map(param, "Type");
      if (!Nodes.bool(type, "NonNull") || param.get("DefaultValue") != null) {
        continue;
      }
      Map<String, Object> arg = Nodes.byName(Nodes.list(at, "Arguments"), Nodes.str(param, "Name"));
      if (arg == null) {
        throw error(
            owner
                + " argument "
                + Token.quote(Nodes.str(param, "Name"))
                + " of type "
                + Token.quote(Nodes.typeText(type))
                + " is required, but it was not provided.",
            at);
      }
    }
  }

  private void directives(List<Map<String, Object>> used, String location) throws GraphqlException {
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> d : used) {
      String name = Nodes.str(d, "Name");
      Map<String, Object> def = schema.directives().get(name);
      if (def == null) {
        throw error("Unknown directive " + Token.quote("@" + name) + ".", d);
      }
      if (!Nodes.strings(def, "Locations").contains(location)) {
        throw error(
            "Directive " + Token.quote("@" + name) + " may not be used on " + location + ".", d);
      }
      if (!seen.add(name) && !Nodes.bool(def, "IsRepeatable")) {
        throw error(
            "The directive " + Token.quote("@" + name) + " can only be used once at this location.",
            d);
      }
      arguments(
          d,
          Nodes.list(def, "Arguments"),
          "directive " + Token.quote("@" + name),
          "Directive " + Token.quote("@" + name));
    }
  }
}
