package io.eksform.sandbox.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A parsed {@code labelSelector}: comma-separated requirements, each {@code key}, {@code !key},
 * {@code key=v}, {@code key==v}, {@code key!=v}, {@code key in (a,b)}, {@code key notin (a,b)},
 * {@code key>n} or {@code key<n}; an object matches when it meets all of them.
 */
final class LabelSelector {
  private static final String KEY = "([^\\s!=<>(),]+)";
  private static final String VALUE = "([^\\s!=<>(),]*)";
  private static final Pattern EXISTS = Pattern.compile("\\s*(!?)\\s*" + KEY + "\\s*");
  private static final Pattern EQUALS =
      Pattern.compile("\\s*" + KEY + "\\s*(==|=|!=)\\s*" + VALUE + "\\s*");
  private static final Pattern SET =
      Pattern.compile("\\s*" + KEY + "\\s+(in|notin)\\s*\\(([^()]*)\\)\\s*");
  private static final Pattern COMPARE =
      Pattern.compile("\\s*" + KEY + "\\s*(<|>)\\s*(-?[0-9]+)\\s*");

  /** One requirement: a key, an operator and the values it compares with. */
  private record Requirement(String key, String operator, Set<String> values) {
    boolean matches(JsonNode labels) {
      JsonNode value = labels.get(key);
      boolean present = value != null && value.isString();
      String text = present ? value.stringValue() : "";
      switch (operator) {
        case "exists":
          return present;
        case "!":
          return !present;
        case "=":
        case "in":
          return present && values.contains(text);
        case "!=":
        case "notin":
          return !present || !values.contains(text);
        default:
          return present && compare(text);
      }
    }

    private boolean compare(String text) {
      long bound = Long.parseLong(values.iterator().next());
      try {
        long actual = Long.parseLong(text);
        return operator.equals("<") ? actual < bound : actual > bound;
      } catch (NumberFormatException e) {
        return false;
      }
    }
  }

  private final List<Requirement> requirements;

  private LabelSelector(List<Requirement> requirements) {
    this.requirements = List.copyOf(requirements);
  }

  static LabelSelector parse(String text) throws ApiException {
    List<Requirement> requirements = new ArrayList<>();
    for (String part : splitTopLevel(text)) {
      if (part.isBlank()) {
        if (text.isBlank()) {
          continue;
        }
        throw invalid(text, "found ',', expected: !, identifier, or 'end of string'");
      }
      requirements.add(requirement(text, part));
    }
    return new LabelSelector(requirements);
  }

  boolean matches(JsonNode object) {
    JsonNode labels = object.path("metadata").path("labels");
    for (Requirement requirement : requirements) {
      if (!requirement.matches(labels)) {
        return false;
      }
    }
    return true;
  }

  private static Requirement requirement(String whole, String part) throws ApiException {
    Matcher matcher = SET.matcher(part);
    if (matcher.matches()) {
      List<String> values = new ArrayList<>();
      for (String value : matcher.group(3).split(",", -1)) {
        values.add(value.trim());
      }
      return checked(whole, matcher.group(1), matcher.group(2), values);
    }
    matcher = EQUALS.matcher(part);
    if (matcher.matches()) {
      String operator = matcher.group(2).equals("!=") ? "!=" : "=";
      return checked(whole, matcher.group(1), operator, List.of(matcher.group(3)));
    }
    matcher = COMPARE.matcher(part);
    if (matcher.matches()) {
      return checked(whole, matcher.group(1), matcher.group(2), List.of(matcher.group(3)));
    }
    matcher = EXISTS.matcher(part);
    if (matcher.matches()) {
      String operator = matcher.group(1).isEmpty() ? "exists" : "!";
      return checked(whole, matcher.group(2), operator, List.of());
    }
    throw invalid(whole, "cannot parse requirement \"" + part.trim() + "\"");
  }

  private static Requirement checked(String whole, String key, String operator, List<String> values)
      throws ApiException {
    List<String> problems = Names.qualifiedName(key);
    if (!problems.isEmpty()) {
      throw invalid(whole, "key \"" + key + "\": " + problems.get(0));
    }
    for (String value : values) {
      if (operator.equals("<") || operator.equals(">")) {
        continue;
      }
      List<String> valueProblems = Names.labelValue(value);
      if (!valueProblems.isEmpty()) {
        throw invalid(
            whole,
            "values[0][" + key + "]: Invalid value: \"" + value + "\": " + valueProblems.get(0));
      }
    }
    return new Requirement(key, operator, Set.copyOf(values));
  }

  /** Splits on the commas outside parentheses, keeping empty parts so stray commas are seen. */
  private static List<String> splitTopLevel(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static ApiException invalid(String selector, String why) {
    return ApiException.badRequest(
        "unable to parse requirement: labelSelector \"" + selector + "\": " + why);
  }
}
