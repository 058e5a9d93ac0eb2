package io.eksform.rego.builtins.graphql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** gqlparser's checks of one type definition of a loaded schema. */
final class TypeRules {
  private TypeRules() {}

  static void checkName(Pos pos, String name) throws GraphqlException {
    if (name.startsWith("__")) {
      throw new GraphqlException(
          "Name \""
              + name
              + "\" must not begin with \"__\", which is reserved by GraphQL introspection.",
          pos);
    }
  }

  static void checkTypeRef(Schema schema, Map<String, Object> type) throws GraphqlException {
    String name = Nodes.typeName(type);
    if (schema.type(name) == null) {
      throw new GraphqlException("Undefined type " + Token.quote(name) + ".", Nodes.pos(type));
    }
  }

  static void check(Schema schema, Map<String, Object> def) throws GraphqlException {
    String kind = Nodes.str(def, "Kind");
    String name = Nodes.str(def, "Name");
    boolean builtIn = Nodes.bool(def, "BuiltIn");
    List<Map<String, Object>> fields = Nodes.list(def, "Fields");
    for (Map<String, Object> field : fields) {
      if (!builtIn) {
        checkName(Nodes.pos(field), Nodes.str(field, "Name"));
      }
      checkTypeRef(schema, Nodes.map(field, "Type"));
      for (Map<String, Object> arg : Nodes.list(field, "Arguments")) {
        if (!builtIn) {
          checkName(Nodes.pos(arg), Nodes.str(arg, "Name"));
        }
        checkTypeRef(schema, Nodes.map(arg, "Type"));
        Directives.check(schema, Nodes.list(arg, "Directives"), "ARGUMENT_DEFINITION", null);
      }
      Directives.check(
          schema,
          Nodes.list(field, "Directives"),
          kind.equals("INPUT_OBJECT") ? "INPUT_FIELD_DEFINITION" : "FIELD_DEFINITION",
          null);
    }
    for (String member : Nodes.strings(def, "Types")) {
      Map<String, Object> t = schema.type(member);
      if (t == null) {
        throw new GraphqlException("Undefined type " + Token.quote(member) + ".", Nodes.pos(def));
      }
      if (!Nodes.str(t, "Kind").equals("OBJECT")) {
        throw new GraphqlException(
            kind + " type " + Token.quote(member) + " must be OBJECT.", Nodes.pos(def));
      }
    }
    for (String intf : Nodes.strings(def, "Interfaces")) {
      checkImplements(schema, def, intf);
    }
    switch (kind) {
      case "OBJECT", "INTERFACE" -> {
        if (fields.isEmpty()) {
          throw new GraphqlException(
              kind + " " + name + ": must define one or more fields.", Nodes.pos(def));
        }
        for (Map<String, Object> field : fields) {
          Map<String, Object> t = schema.type(Nodes.typeName(Nodes.map(field, "Type")));
          if (t != null && Nodes.str(t, "Kind").equals("INPUT_OBJECT")) {
            throw new GraphqlException(
                kind
                    + " "
                    + name
                    + ": field must be one of SCALAR, OBJECT, INTERFACE, UNION, ENUM.",
                Nodes.pos(field));
          }
        }
      }
      case "ENUM" -> {
        List<Map<String, Object>> values = Nodes.list(def, "EnumValues");
        if (values.isEmpty()) {
          throw new GraphqlException(
              kind + " " + name + ": must define one or more unique enum values.", Nodes.pos(def));
        }
        for (Map<String, Object> v : values) {
          String vn = Nodes.str(v, "Name");
          if (vn.equals("true") || vn.equals("false") || vn.equals("null")) {
            throw new GraphqlException(
                kind + " " + name + ": non-enum value " + vn + ".", Nodes.pos(v));
          }
          Directives.check(schema, Nodes.list(v, "Directives"), "ENUM_VALUE", null);
        }
      }
      case "INPUT_OBJECT" -> {
        if (fields.isEmpty()) {
          throw new GraphqlException(
              kind + " " + name + ": must define one or more input fields.", Nodes.pos(def));
        }
        for (Map<String, Object> field : fields) {
          Map<String, Object> t = schema.type(Nodes.typeName(Nodes.map(field, "Type")));
          String tk = Nodes.str(t, "Kind");
          if (t != null
              && !(tk.equals("SCALAR") || tk.equals("ENUM") || tk.equals("INPUT_OBJECT"))) {
            throw new GraphqlException(
                kind + " " + name + ": field must be one of SCALAR, ENUM, INPUT_OBJECT.",
                Nodes.pos(field));
          }
        }
      }
      default -> {}
    }
    Set<String> seen = new HashSet<>();
    for (Map<String, Object> field : fields) {
      if (!seen.add(Nodes.str(field, "Name"))) {
        throw new GraphqlException(
            "Field " + name + "." + Nodes.str(field, "Name") + " can only be defined once.",
            Nodes.pos(field));
      }
    }
    if (!builtIn) {
      checkName(Nodes.pos(def), name);
    }
    Directives.check(schema, Nodes.list(def, "Directives"), kind, null);
  }

  private static void checkImplements(Schema schema, Map<String, Object> def, String intfName)
      throws GraphqlException {
    String name = Nodes.str(def, "Name");
    Pos pos = Nodes.pos(def);
    Map<String, Object> intf = schema.type(intfName);
    if (intf == null) {
      throw new GraphqlException("Undefined type " + Token.quote(intfName) + ".", pos);
    }
    if (!Nodes.str(intf, "Kind").equals("INTERFACE")) {
      throw new GraphqlException(
          Token.quote(name) + " is a non interface type " + intfName + ".", pos);
    }
    for (Map<String, Object> required : Nodes.list(intf, "Fields")) {
      String fieldName = Nodes.str(required, "Name");
      Map<String, Object> found = Nodes.byName(Nodes.list(def, "Fields"), fieldName);
      String prefix = "For " + name + " to implement " + intfName;
      if (found == null) {
        throw new GraphqlException(prefix + " it must have a field called " + fieldName + ".", pos);
      }
      if (!covariant(schema, Nodes.map(required, "Type"), Nodes.map(found, "Type"))) {
        throw new GraphqlException(
            prefix
                + " the field "
                + fieldName
                + " must have type "
                + Nodes.typeText(Nodes.map(required, "Type"))
                + ".",
            Nodes.pos(found));
      }
      for (Map<String, Object> arg : Nodes.list(required, "Arguments")) {
        Map<String, Object> foundArg =
            Nodes.byName(Nodes.list(found, "Arguments"), Nodes.str(arg, "Name"));
        if (foundArg == null) {
          throw new GraphqlException(
              prefix
                  + " the field "
                  + fieldName
                  + " must have the same arguments but it is missing "
                  + Nodes.str(arg, "Name")
                  + ".",
              Nodes.pos(found));
        }
        if (!Nodes.typeText(Nodes.map(arg, "Type"))
            .equals(Nodes.typeText(Nodes.map(foundArg, "Type")))) {
          throw new GraphqlException(
              prefix
                  + " the field "
                  + fieldName
                  + " must have the same arguments but "
                  + Nodes.str(arg, "Name")
                  + " has the wrong type.",
              Nodes.pos(found));
        }
      }
      for (Map<String, Object> extra : Nodes.list(found, "Arguments")) {
        if (Nodes.byName(Nodes.list(required, "Arguments"), Nodes.str(extra, "Name")) == null
            && Nodes.bool(Nodes.map(extra, "Type"), "NonNull")
            && extra.get("DefaultValue") == null) {
          throw new GraphqlException(
              prefix
                  + " any additional arguments on "
                  + fieldName
                  + " must be optional or have a default value but "
                  + Nodes.str(extra, "Name")
                  + " is required.",
              Nodes.pos(found));
        }
      }
    }
    Deque<String> ancestors = new ArrayDeque<>(Nodes.strings(intf, "Interfaces"));
    Set<String> seen = new HashSet<>();
    List<String> own = Nodes.strings(def, "Interfaces");
    while (!ancestors.isEmpty()) {
      String a = ancestors.poll();
      if (!seen.add(a)) {
        continue;
      }
      if (!own.contains(a)) {
        throw new GraphqlException(
            name + " must implement " + a + " because it is implemented by " + intfName + ".", pos);
      }
      Map<String, Object> at = schema.type(a);
      if (at != null) {
        ancestors.addAll(Nodes.strings(at, "Interfaces"));
      }
    }
  }

  /** Whether a field of type {@code actual} may stand for one of type {@code required}. */
  private static boolean covariant(
      Schema schema, Map<String, Object> required, Map<String, Object> actual) {
    if (required == null || actual == null) {
      return required == actual;
    }
    if (Nodes.bool(required, "NonNull") && !Nodes.bool(actual, "NonNull")) {
      return false;
    }
    boolean reqList =
        Nodes.map(required, "Elem") != null && Nodes.str(required, "NamedType").isEmpty();
    boolean actList = Nodes.map(actual, "Elem") != null && Nodes.str(actual, "NamedType").isEmpty();
    if (reqList || actList) {
      return reqList
          && actList
          && covariant(schema, Nodes.map(required, "Elem"), Nodes.map(actual, "Elem"));
    }
    String r = Nodes.str(required, "NamedType");
    String a = Nodes.str(actual, "NamedType");
    if (r.equals(a)) {
      return true;
    }
    Map<String, Object> rd = schema.type(r);
    return rd != null && schema.possibleTypes(rd).contains(a)
        || schema.type(a) != null && Nodes.strings(schema.type(a), "Interfaces").contains(r);
  }
}
