package io.eksform.engine.schema;

import com.networknt.schema.Error;
import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.config.Position;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.lint.Location;
import io.eksform.engine.lint.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Checks a ClusterConfig document against eksform's JSON Schema and turns each error of the
 * validator into a diagnostic in plain English, at the line and column of the offending node, with
 * a hint where one helps (a "did you mean" for unknown fields, quoting for numbers meant as text).
 */
public final class SchemaValidator {
  private final ClusterConfigSchema schema;

  public SchemaValidator(ClusterConfigSchema schema) {
    this.schema = schema;
  }

  /** Every schema finding of {@code doc}; header problems already reported are left out. */
  public List<Diagnostic> validate(ConfigDocument doc, boolean headerReported) {
    List<Error> errors = schema.compiled().validate(doc.tree());
    Map<String, Diagnostic> unique = new LinkedHashMap<>();
    for (Error error : errors) {
      String pointer = SchemaErrors.instancePointer(error);
      if (headerReported && (pointer.equals("/apiVersion") || pointer.equals("/kind"))) {
        continue;
      }
      Diagnostic d = translate(doc, error, pointer);
      if (d != null) {
        unique.putIfAbsent(d.ruleId() + "|" + d.location().pointer() + "|" + d.message(), d);
      }
    }
    List<Diagnostic> out = new ArrayList<>(dropVagueAlternatives(unique.values()));
    out.sort(
        Comparator.comparingInt((Diagnostic d) -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::ruleId));
    return out;
  }

  /** A "matches none of the forms" finding says little when a precise one covers the same node. */
  private static List<Diagnostic> dropVagueAlternatives(java.util.Collection<Diagnostic> all) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : all) {
      if (d.message().endsWith("does not match any of the accepted forms")) {
        String p = d.location().pointer();
        boolean covered =
            all.stream()
                .anyMatch(
                    o ->
                        o != d
                            && !o.message().endsWith("does not match any of the accepted forms")
                            && (o.location().pointer().equals(p)
                                || o.location().pointer().startsWith(p + "/")));
        if (covered) {
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  private Diagnostic translate(ConfigDocument doc, Error error, String pointer) {
    String keyword = error.getKeyword() == null ? "" : error.getKeyword();
    JsonNode owner = SchemaErrors.keywordOwner(schema.root(), error);
    JsonNode value = doc.tree().at(pointer);
    if (value.isString() && doc.numberTexts().containsKey(pointer)) {
      // A number the loader refused (out of range) is kept as its text and already reported.
      return null;
    }
    String path = JsonPointers.toPath(pointer);
    switch (keyword) {
      case "additionalProperties":
        return unknownField(doc, error, pointer, owner);
      case "required":
        return at(
            doc,
            "schema/required",
            pointer,
            false,
            (pointer.isEmpty() ? "document" : path)
                + " is missing the required field '"
                + error.getProperty()
                + "'",
            null);
      case "type":
        return typeError(doc, pointer, path, value, owner.path("type"));
      case "enum":
        return enumError(doc, pointer, path, value, owner.path("enum"));
      case "const":
        return at(
            doc,
            "schema/enum",
            pointer,
            false,
            path + " must be " + owner.path("const").toString(),
            null);
      case "pattern":
        return at(
            doc,
            "schema/pattern",
            pointer,
            false,
            path + " " + quoted(value) + " does not have the expected form",
            "expected a value matching " + owner.path("pattern").asString());
      case "format":
        return at(
            doc,
            "schema/format",
            pointer,
            false,
            path + " " + quoted(value) + " is not a valid " + owner.path("format").asString(),
            null);
      case "maximum":
      case "minimum":
        return rangeError(doc, pointer, path, value, owner.path(keyword));
      case "oneOf":
      case "anyOf":
        return at(
            doc,
            "schema/constraint",
            pointer,
            false,
            path + " does not match any of the accepted forms",
            owner.path("description").isString() ? owner.path("description").asString() : null);
      default:
        return at(doc, "schema/constraint", pointer, false, path + ": " + plain(error), null);
    }
  }

  private Diagnostic unknownField(ConfigDocument doc, Error error, String pointer, JsonNode owner) {
    String name = error.getProperty();
    String child = JsonPointers.child(pointer, name);
    TreeSet<String> known = new TreeSet<>();
    owner.path("properties").propertyNames().forEach(known::add);
    String where = pointer.isEmpty() ? "at the top level" : "in " + JsonPointers.toPath(pointer);
    Optional<String> suggestion = Suggestions.closest(name, known);
    String hint =
        suggestion
            .map(s -> "did you mean '" + s + "'?")
            .orElse(known.isEmpty() ? null : "known fields here: " + String.join(", ", known));
    return at(
        doc,
        "schema/unknown-field",
        child,
        true,
        "unknown field '" + name + "' " + where + "; eksctl rejects unknown fields",
        hint);
  }

  private Diagnostic typeError(
      ConfigDocument doc, String pointer, String path, JsonNode value, JsonNode type) {
    String expected = SchemaErrors.expectedWords(type);
    if (value.isNull() && JsonPointers.last(pointer).chars().allMatch(Character::isDigit)) {
      return at(
          doc,
          "schema/type",
          pointer,
          false,
          path + " is not set (an empty list entry)",
          "remove the empty '-' line or fill in the entry");
    }
    String message = path + " must be " + expected + ", not " + SchemaErrors.typeWord(value);
    String hint = null;
    String written = doc.numberTexts().get(pointer);
    if (value.isNumber() && expected.contains("string")) {
      String text = written != null ? written : value.toString();
      message += " (YAML reads " + text + " as the number " + numberText(value) + ")";
      hint = "quote it: \"" + text + "\"";
    } else if (value.isBoolean() && expected.contains("string")) {
      hint = "quote it: \"" + value.asString() + "\"";
    } else if (value.isString() && (expected.contains("integer") || expected.contains("number"))) {
      hint = numberHint(value.asString(), expected.contains("integer"));
    }
    return at(doc, "schema/type", pointer, false, message, hint);
  }

  private static Diagnostic rangeError(
      ConfigDocument doc, String pointer, String path, JsonNode value, JsonNode limit) {
    String written = doc.numberTexts().getOrDefault(pointer, value.toString());
    boolean above = value.isNumber() && value.decimalValue().compareTo(limit.decimalValue()) > 0;
    if (!Int32Bounds.isBound(limit)) {
      String side = above ? "above the maximum " : "below the minimum ";
      return at(
          doc, "schema/range", pointer, false, path + " is " + written + ", " + side + limit, null);
    }
    String message =
        path
            + " is "
            + written
            + ", "
            + (above ? "more" : "less")
            + " than a 32-bit count can hold ("
            + (above ? "at most " : "at least ")
            + limit
            + "); eksform and AWS cannot carry it";
    return at(
        doc,
        "schema/range",
        pointer,
        false,
        message,
        "use a number between " + Int32Bounds.MIN + " and " + Int32Bounds.MAX);
  }

  private Diagnostic enumError(
      ConfigDocument doc, String pointer, String path, JsonNode value, JsonNode allowed) {
    List<String> options = new ArrayList<>();
    allowed.forEach(v -> options.add(v.isString() ? v.asString() : v.toString()));
    options.remove("null");
    String shown =
        options.size() > 12
            ? String.join(", ", options.subList(0, 12)) + ", ..."
            : String.join(", ", options);
    String hint =
        value.isString()
            ? Suggestions.closest(value.asString(), options)
                .map(s -> "did you mean '" + s + "'?")
                .orElse(null)
            : null;
    return at(
        doc,
        "schema/enum",
        pointer,
        false,
        path + " is " + quoted(value) + ", which is not one of: " + shown,
        hint);
  }

  /**
   * A YAML plain scalar that reads as a number is never a string, so a numeric string was quoted;
   * anything else is words where a number belongs, and the hint must not speak of quotes.
   */
  private static String numberHint(String text, boolean integer) {
    String trimmed = text.strip();
    boolean numeric =
        integer ? trimmed.matches("[-+]?\\d+") : trimmed.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)");
    if (numeric) {
      return "remove the quotes around " + trimmed;
    }
    return "write "
        + (integer ? "a whole number" : "a number")
        + " in digits, e.g. 2, not '"
        + text
        + "'";
  }

  private static String numberText(JsonNode value) {
    return value.isIntegralNumber()
        ? value.toString()
        : value.decimalValue().stripTrailingZeros().toPlainString();
  }

  private static String quoted(JsonNode value) {
    return value.isString() ? "'" + value.asString() + "'" : value.toString();
  }

  private static String plain(Error error) {
    String m = error.getMessage() == null ? "" : error.getMessage();
    int colon = m.indexOf(": ");
    return colon >= 0 && m.startsWith("/") || m.startsWith("$") ? m.substring(colon + 2) : m;
  }

  private static Diagnostic at(
      ConfigDocument doc, String rule, String pointer, boolean atKey, String message, String hint) {
    // A block mapping or list starts on the line after its key, so findings about a container
    // point at the key that names it, where the reader looks for it.
    boolean container = doc.tree().at(pointer).isContainer();
    Position pos =
        atKey || container
            ? doc.sourceMap().keyPosition(pointer)
            : doc.sourceMap().valuePosition(pointer);
    Diagnostic d =
        Diagnostic.of(
            rule,
            Severity.ERROR,
            message,
            new Location(doc.file(), pos.line(), pos.column(), pointer));
    return hint == null ? d : d.withHint(hint);
  }
}
