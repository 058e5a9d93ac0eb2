package io.eksform.rego.jsonschema;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.NullValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import io.eksform.rego.value.ValuePrinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A checked JSON Schema over Rego values. {@link #of} refuses a malformed schema; {@link #validate}
 * lists every error of a document, depth first, as OPA's validator finds them.
 */
public final class JsonSchema {
  private static final List<String> TYPES =
      List.of("array", "boolean", "integer", "number", "null", "object", "string");

  private final Value root;

  private JsonSchema(Value root) {
    this.root = root;
  }

  /** Checks {@code schema} (an object or a boolean) and returns it ready to validate with. */
  public static JsonSchema of(Value schema) throws SchemaException {
    check(schema);
    return new JsonSchema(schema);
  }

  /** Every error of {@code document} against this schema; empty when it matches. */
  public List<SchemaError> validate(Value document) {
    List<SchemaError> out = new ArrayList<>();
    validate(root, document, "(root)", out);
    return out;
  }

  // ---- schema checks ---------------------------------------------------------------------------

  private static void check(Value schema) throws SchemaException {
    if (schema instanceof BooleanValue) {
      return;
    }
    if (!(schema instanceof ObjectValue o)) {
      throw new SchemaException("Invalid type. Expected: object, given: " + kind(schema));
    }
    Value type = o.get("type");
    if (type != null) {
      List<Value> names = type instanceof ArrayValue a ? a.elements() : List.of(type);
      for (Value n : names) {
        if (!(n instanceof StringValue s) || !TYPES.contains(s.value())) {
          throw new SchemaException(
              "has a primitive type that is NOT VALID -- given: /"
                  + (n instanceof StringValue s ? s.value() : ValuePrinter.json(n))
                  + "/ Expected valid values are:["
                  + String.join(" ", TYPES)
                  + "]");
        }
      }
    }
    for (String key : List.of("properties", "patternProperties", "definitions", "$defs")) {
      Value v = o.get(key);
      if (v != null) {
        if (!(v instanceof ObjectValue m)) {
          throw new SchemaException(key + " must be of type object");
        }
        for (Value sub : m.entries().values()) {
          check(sub);
        }
      }
    }
    for (String key : List.of("allOf", "anyOf", "oneOf")) {
      Value v = o.get(key);
      if (v != null) {
        if (!(v instanceof ArrayValue a)) {
          throw new SchemaException(key + " must be of type array");
        }
        for (Value sub : a.elements()) {
          check(sub);
        }
      }
    }
    for (String key : List.of("not", "additionalProperties", "items", "additionalItems")) {
      Value v = o.get(key);
      if (v instanceof ArrayValue a && key.equals("items")) {
        for (Value sub : a.elements()) {
          check(sub);
        }
      } else if (v != null) {
        check(v);
      }
    }
    Value required = o.get("required");
    if (required != null && !(required instanceof ArrayValue)) {
      throw new SchemaException("required must be of type array");
    }
    Value pattern = o.get("pattern");
    if (pattern instanceof StringValue p) {
      try {
        Pattern.compile(p.value());
      } catch (PatternSyntaxException e) {
        throw new SchemaException("Invalid regex pattern '" + p.value() + "'");
      }
    }
  }

  // ---- validation ------------------------------------------------------------------------------

  private void validate(Value schema, Value doc, String field, List<SchemaError> out) {
    if (schema instanceof BooleanValue b) {
      if (!b.value()) {
        out.add(new SchemaError(field, "false", "False always fails validation"));
      }
      return;
    }
    ObjectValue s = (ObjectValue) schema;
    Value ref = s.get("$ref");
    if (ref instanceof StringValue r) {
      Value target = resolve(r.value());
      if (target != null) {
        validate(target, doc, field, out);
        return;
      }
    }
    Value type = s.get("type");
    if (type != null) {
      List<String> allowed = new ArrayList<>();
      for (Value t : type instanceof ArrayValue a ? a.elements() : List.of(type)) {
        allowed.add(((StringValue) t).value());
      }
      String given = kind(doc);
      boolean ok =
          allowed.contains(given) || (given.equals("integer") && allowed.contains("number"));
      if (!ok) {
        out.add(
            new SchemaError(
                field,
                "invalid_type",
                "Invalid type. Expected: " + String.join(",", allowed) + ", given: " + given));
        return;
      }
    }
    combinators(s, doc, field, out);
    Value en = s.get("enum");
    if (en instanceof ArrayValue a && !a.elements().contains(doc)) {
      String list = a.elements().stream().map(ValuePrinter::json).collect(Collectors.joining(","));
      out.add(new SchemaError(field, "enum", field + " must be one of the following: " + list));
    }
    Value cn = s.get("const");
    if (cn != null && !cn.equals(doc)) {
      out.add(new SchemaError(field, "const", field + " does not match: " + ValuePrinter.json(cn)));
    }
    if (doc instanceof ObjectValue o) {
      object(s, o, field, out);
    } else if (doc instanceof ArrayValue || doc instanceof SetValue) {
      array(s, elements(doc), field, out);
    } else if (doc instanceof StringValue str) {
      string(s, str.value(), field, out);
    } else if (doc instanceof NumberValue n) {
      number(s, n.value(), field, out);
    }
  }

  private void combinators(ObjectValue s, Value doc, String field, List<SchemaError> out) {
    if (s.get("allOf") instanceof ArrayValue all) {
      boolean failed = false;
      for (Value sub : all.elements()) {
        List<SchemaError> errs = new ArrayList<>();
        validate(sub, doc, field, errs);
        failed |= !errs.isEmpty();
        out.addAll(errs);
      }
      if (failed) {
        out.add(new SchemaError(field, "number_all_of", "Must validate all the schemas (allOf)"));
      }
    }
    if (s.get("anyOf") instanceof ArrayValue any) {
      if (any.elements().stream().noneMatch(sub -> matches(sub, doc, field))) {
        out.add(
            new SchemaError(field, "number_any_of", "Must validate at least one schema (anyOf)"));
      }
    }
    if (s.get("oneOf") instanceof ArrayValue one) {
      long n = one.elements().stream().filter(sub -> matches(sub, doc, field)).count();
      if (n != 1) {
        out.add(
            new SchemaError(
                field, "number_one_of", "Must validate one and only one schema (oneOf)"));
      }
    }
    Value not = s.get("not");
    if (not != null && matches(not, doc, field)) {
      out.add(new SchemaError(field, "number_not", "Must not validate the schema (not)"));
    }
  }

  private boolean matches(Value schema, Value doc, String field) {
    List<SchemaError> errs = new ArrayList<>();
    validate(schema, doc, field, errs);
    return errs.isEmpty();
  }

  private void object(ObjectValue s, ObjectValue o, String field, List<SchemaError> out) {
    if (s.get("required") instanceof ArrayValue req) {
      for (Value r : req.elements()) {
        if (r instanceof StringValue name && o.get(name) == null) {
          out.add(new SchemaError(field, "required", name.value() + " is required"));
        }
      }
    }
    bound(
        s,
        "minProperties",
        o.size(),
        true,
        field,
        "array_min_properties",
        "Must have at least %s properties",
        out);
    bound(
        s,
        "maxProperties",
        o.size(),
        false,
        field,
        "array_max_properties",
        "Must have at most %s properties",
        out);
    ObjectValue props = s.get("properties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
    ObjectValue patterns =
        s.get("patternProperties") instanceof ObjectValue p ? p : ObjectValue.EMPTY;
    Value additional = s.get("additionalProperties");
    for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
      String key = e.getKey() instanceof StringValue k ? k.value() : ValuePrinter.json(e.getKey());
      String child = child(field, key);
      boolean known = false;
      Value prop = props.get(e.getKey());
      if (prop != null) {
        known = true;
        validate(prop, e.getValue(), child, out);
      }
      for (Map.Entry<Value, Value> p : patterns.entries().entrySet()) {
        if (Pattern.compile(((StringValue) p.getKey()).value()).matcher(key).find()) {
          known = true;
          validate(p.getValue(), e.getValue(), child, out);
        }
      }
      if (!known && additional != null) {
        if (additional instanceof BooleanValue b && !b.value()) {
          out.add(
              new SchemaError(
                  field,
                  "additional_property_not_allowed",
                  "Additional property " + key + " is not allowed"));
        } else if (additional instanceof ObjectValue) {
          validate(additional, e.getValue(), child, out);
        }
      }
    }
  }

  private void array(ObjectValue s, List<Value> items, String field, List<SchemaError> out) {
    bound(
        s,
        "minItems",
        items.size(),
        true,
        field,
        "array_min_items",
        "Array must have at least %s items",
        out);
    bound(
        s,
        "maxItems",
        items.size(),
        false,
        field,
        "array_max_items",
        "Array must have at most %s items",
        out);
    if (s.get("uniqueItems") instanceof BooleanValue u && u.value()) {
      outer:
      for (int i = 0; i < items.size(); i++) {
        for (int j = i + 1; j < items.size(); j++) {
          if (items.get(i).equals(items.get(j))) {
            out.add(
                new SchemaError(
                    field, "unique", "array items[" + i + "," + j + "] must be unique"));
            break outer;
          }
        }
      }
    }
    Value itemSchema = s.get("items");
    if (itemSchema instanceof ArrayValue tuple) {
      for (int i = 0; i < items.size(); i++) {
        if (i < tuple.size()) {
          validate(tuple.get(i), items.get(i), child(field, String.valueOf(i)), out);
        } else if (s.get("additionalItems") instanceof BooleanValue b && !b.value()) {
          out.add(
              new SchemaError(
                  field, "array_no_additional_items", "No additional items allowed on array"));
          break;
        } else if (s.get("additionalItems") instanceof ObjectValue extra) {
          validate(extra, items.get(i), child(field, String.valueOf(i)), out);
        }
      }
    } else if (itemSchema != null) {
      for (int i = 0; i < items.size(); i++) {
        validate(itemSchema, items.get(i), child(field, String.valueOf(i)), out);
      }
    }
  }

  private void string(ObjectValue s, String text, String field, List<SchemaError> out) {
    int length = text.codePointCount(0, text.length());
    bound(
        s,
        "minLength",
        length,
        true,
        field,
        "string_gte",
        "String length must be greater than or equal to %s",
        out);
    bound(
        s,
        "maxLength",
        length,
        false,
        field,
        "string_lte",
        "String length must be less than or equal to %s",
        out);
    if (s.get("pattern") instanceof StringValue p
        && !Pattern.compile(p.value()).matcher(text).find()) {
      out.add(new SchemaError(field, "pattern", "Does not match pattern '" + p.value() + "'"));
    }
  }

  private void number(ObjectValue s, BigDecimal n, String field, List<SchemaError> out) {
    if (s.get("multipleOf") instanceof NumberValue m && m.value().signum() != 0) {
      if (n.remainder(m.value()).signum() != 0) {
        out.add(
            new SchemaError(
                field, "multiple_of", "Must be a multiple of " + ValuePrinter.number(m.value())));
      }
    }
    limit(s, "minimum", "exclusiveMinimum", n, true, field, out);
    limit(s, "maximum", "exclusiveMaximum", n, false, field, out);
  }

  private static void limit(
      ObjectValue s,
      String key,
      String exclusiveKey,
      BigDecimal n,
      boolean lower,
      String field,
      List<SchemaError> out) {
    Value exclusive = s.get(exclusiveKey);
    // draft 4 writes the flag beside the limit; draft 6 on makes the limit itself exclusive
    boolean flag = exclusive instanceof BooleanValue b && b.value();
    if (s.get(key) instanceof NumberValue m) {
      int c = n.compareTo(m.value());
      String v = ValuePrinter.number(m.value());
      if (flag ? (lower ? c <= 0 : c >= 0) : (lower ? c < 0 : c > 0)) {
        out.add(
            flag
                ? new SchemaError(
                    field,
                    lower ? "number_gt" : "number_lt",
                    (lower ? "Must be greater than " : "Must be less than ") + v)
                : new SchemaError(
                    field,
                    lower ? "number_gte" : "number_lte",
                    (lower ? "Must be greater than or equal to " : "Must be less than or equal to ")
                        + v));
      }
    }
    if (exclusive instanceof NumberValue m) {
      int c = n.compareTo(m.value());
      if (lower ? c <= 0 : c >= 0) {
        out.add(
            new SchemaError(
                field,
                lower ? "number_gt" : "number_lt",
                (lower ? "Must be greater than " : "Must be less than ")
                    + ValuePrinter.number(m.value())));
      }
    }
  }

  private static void bound(
      ObjectValue s,
      String key,
      int actual,
      boolean lower,
      String field,
      String type,
      String text,
      List<SchemaError> out) {
    if (s.get(key) instanceof NumberValue m) {
      int c = BigDecimal.valueOf(actual).compareTo(m.value());
      if (lower ? c < 0 : c > 0) {
        out.add(new SchemaError(field, type, String.format(text, ValuePrinter.number(m.value()))));
      }
    }
  }

  /** A local reference, {@code #} or a JSON pointer such as {@code #/definitions/name}. */
  private Value resolve(String ref) {
    if (!ref.startsWith("#")) {
      return null;
    }
    Value at = root;
    for (String part : ref.substring(1).split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      String key = part.replace("~1", "/").replace("~0", "~");
      if (at instanceof ObjectValue o) {
        at = o.get(key);
      } else if (at instanceof ArrayValue a && key.matches("\\d+")) {
        int i = Integer.parseInt(key);
        at = i < a.size() ? a.get(i) : null;
      } else {
        return null;
      }
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  private static String child(String field, String key) {
    return field.equals("(root)") ? key : field + "." + key;
  }

  private static List<Value> elements(Value v) {
    return v instanceof ArrayValue a ? a.elements() : new ArrayList<>(((SetValue) v).elements());
  }

  /**
   * The JSON type name of a value; whole numbers are {@code integer}, as the validator sees them.
   */
  static String kind(Value v) {
    if (v instanceof NullValue) {
      return "null";
    }
    if (v instanceof BooleanValue) {
      return "boolean";
    }
    if (v instanceof NumberValue n) {
      return n.isInteger() ? "integer" : "number";
    }
    if (v instanceof StringValue) {
      return "string";
    }
    if (v instanceof ArrayValue || v instanceof SetValue) {
      return "array";
    }
    return "object";
  }
}
