package io.eksform.rego.builtins.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Schema} from the prelude and a schema document, merging extensions and checking
 * the type system rules gqlparser checks, with its messages.
 */
final class SchemaLoader {
  private static final Set<String> BUILTIN_DIRECTIVES =
      Set.of("include", "skip", "deprecated", "specifiedBy", "defer", "oneOf");

  private final Map<String, Map<String, Object>> types = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> directives = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> roots = new LinkedHashMap<>();

  private SchemaLoader() {}

  static Schema load(Map<String, Object> document) throws GraphqlException {
    return new SchemaLoader().build(Prelude.document(), document);
  }

  private Schema build(Map<String, Object> prelude, Map<String, Object> doc)
      throws GraphqlException {
    List<Map<String, Object>> definitions = new ArrayList<>(Nodes.list(prelude, "Definitions"));
    definitions.addAll(Nodes.list(doc, "Definitions"));
    List<Map<String, Object>> directiveDefs = new ArrayList<>(Nodes.list(prelude, "Directives"));
    directiveDefs.addAll(Nodes.list(doc, "Directives"));
    for (Map<String, Object> def : definitions) {
      String name = Nodes.str(def, "Name");
      if (types.containsKey(name)) {
        throw new GraphqlException("Cannot redeclare type " + name + ".", Nodes.pos(def));
      }
      types.put(name, def);
    }
    for (Map<String, Object> ext : Nodes.list(doc, "Extensions")) {
      String name = Nodes.str(ext, "Name");
      Map<String, Object> def = types.get(name);
      if (def == null) {
        def = Nodes.node(Nodes.pos(ext));
        def.put("Kind", Nodes.str(ext, "Kind"));
        def.put("Name", name);
        types.put(name, def);
      }
      if (!Nodes.str(def, "Kind").equals(Nodes.str(ext, "Kind"))) {
        throw new GraphqlException(
            "Cannot extend type "
                + name
                + " because the base type is a "
                + Nodes.str(def, "Kind")
                + ", not "
                + Nodes.str(ext, "Kind")
                + ".",
            Nodes.pos(ext));
      }
      for (String key : List.of("Directives", "Interfaces", "Fields", "Types", "EnumValues")) {
        Object items = ext.get(key);
        if (items instanceof List<?> l) {
          Nodes.append(def, key, l);
        }
      }
    }
    for (Map<String, Object> dir : directiveDefs) {
      String name = Nodes.str(dir, "Name");
      if (directives.containsKey(name)) {
        if (BUILTIN_DIRECTIVES.contains(name)) {
          continue;
        }
        throw new GraphqlException("Cannot redeclare directive " + name + ".", Nodes.pos(dir));
      }
      directives.put(name, dir);
    }
    List<Map<String, Object>> schemaDefs = Nodes.list(doc, "Schema");
    if (schemaDefs.size() > 1) {
      throw new GraphqlException(
          "Cannot have multiple schema entry points, consider schema extensions instead.",
          Nodes.pos(schemaDefs.get(1)));
    }
    Schema schema = new Schema(types, directives, roots);
    List<Map<String, Object>> entryPoints = new ArrayList<>(schemaDefs);
    entryPoints.addAll(Nodes.list(doc, "SchemaExtension"));
    for (Map<String, Object> s : entryPoints) {
      for (Map<String, Object> op : Nodes.list(s, "OperationTypes")) {
        Map<String, Object> def = types.get(Nodes.str(op, "Type"));
        if (def == null) {
          throw new GraphqlException(
              "Schema root "
                  + Nodes.str(op, "Operation")
                  + " refers to a type "
                  + Nodes.str(op, "Type")
                  + " that does not exist.",
              Nodes.pos(op));
        }
        roots.put(Nodes.str(op, "Operation"), def);
      }
      Directives.check(schema, Nodes.list(s, "Directives"), "SCHEMA", null);
    }
    for (Map<String, Object> def : types.values()) {
      TypeRules.check(schema, def);
    }
    for (Map<String, Object> dir : directives.values()) {
      checkDirectiveDefinition(schema, dir);
    }
    if (schemaDefs.isEmpty()) {
      for (String[] root :
          new String[][] {
            {"query", "Query"}, {"mutation", "Mutation"}, {"subscription", "Subscription"}
          }) {
        if (!roots.containsKey(root[0]) && types.containsKey(root[1])) {
          roots.put(root[0], types.get(root[1]));
        }
      }
    }
    return schema;
  }

  private static void checkDirectiveDefinition(Schema schema, Map<String, Object> dir)
      throws GraphqlException {
    TypeRules.checkName(Nodes.pos(dir), Nodes.str(dir, "Name"));
    for (Map<String, Object> arg : Nodes.list(dir, "Arguments")) {
      TypeRules.checkName(Nodes.pos(arg), Nodes.str(arg, "Name"));
      TypeRules.checkTypeRef(schema, Nodes.map(arg, "Type"));
      Directives.check(schema, Nodes.list(arg, "Directives"), "ARGUMENT_DEFINITION", dir);
    }
    if (new LinkedHashSet<>(Nodes.strings(dir, "Locations")).isEmpty()) {
      throw new GraphqlException(
          "Directive " + Nodes.str(dir, "Name") + " must have at least one location.",
          Nodes.pos(dir));
    }
  }
}
