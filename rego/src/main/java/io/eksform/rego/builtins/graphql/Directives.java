package io.eksform.rego.builtins.graphql;

import java.util.List;
import java.util.Map;

/** Checks directives used in a schema: defined, allowed at their location, with their arguments. */
final class Directives {
  private Directives() {}

  static void check(
      Schema schema, List<Map<String, Object>> used, String location, Map<String, Object> current)
      throws GraphqlException {
    for (Map<String, Object> d : used) {
      String name = Nodes.str(d, "Name");
      Pos pos = Nodes.pos(d);
      TypeRules.checkName(pos, name);
      if (current != null && name.equals(Nodes.str(current, "Name"))) {
        throw new GraphqlException("Directive " + name + " cannot refer to itself.", pos);
      }
      Map<String, Object> def = schema.directives().get(name);
      if (def == null) {
        throw new GraphqlException("Undefined directive " + name + ".", pos);
      }
      if (!Nodes.strings(def, "Locations").contains(location)) {
        throw new GraphqlException(
            "Directive " + name + " is not applicable on " + location + ".", pos);
      }
      List<Map<String, Object>> params = Nodes.list(def, "Arguments");
      for (Map<String, Object> arg : Nodes.list(d, "Arguments")) {
        if (Nodes.byName(params, Nodes.str(arg, "Name")) == null) {
          throw new GraphqlException(
              "Undefined argument " + Nodes.str(arg, "Name") + " for directive " + name + ".", pos);
        }
      }
      for (Map<String, Object> param : params) {
        if (Nodes.bool(Nodes.map(param, "Type"), "NonNull") && param.get("DefaultValue") == null) {
          Map<String, Object> arg =
              Nodes.byName(Nodes.list(d, "Arguments"), Nodes.str(param, "Name"));
          if (arg == null || Nodes.integer(Nodes.map(arg, "Value"), "Kind") == ParserBase.NULL) {
            throw new GraphqlException(
                "Argument "
                    + Nodes.str(param, "Name")
                    + " for directive "
                    + name
                    + " cannot be null.",
                pos);
          }
        }
      }
    }
  }
}
