package io.eksform.rego.parse;

import io.eksform.rego.ast.Annotation;
import io.eksform.rego.ast.Location;
import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.JsonValues;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the {@code # METADATA} comment blocks of a module, as OPA does: a run of comments on
 * consecutive lines whose first says {@code METADATA} holds YAML, and belongs to the package or
 * rule that follows it.
 */
final class Annotations {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private Annotations() {}

  /**
   * The annotations of a module whose {@code package} keyword is on {@code packageRow} and whose
   * rules start on {@code ruleRows}, in order.
   */
  static List<Annotation> read(
      List<Lexer.Comment> comments, int packageRow, List<Integer> ruleRows, String file) {
    List<Annotation> out = new ArrayList<>();
    // only comments that start a line count, as in OPA; an indented block is an ordinary comment
    comments = comments.stream().filter(c -> c.col() == 1).toList();
    int i = 0;
    while (i < comments.size()) {
      int j = i + 1;
      while (j < comments.size() && comments.get(j).row() == comments.get(j - 1).row() + 1) {
        j++;
      }
      if (comments.get(i).text().strip().equals("METADATA")) {
        Annotation a = annotation(comments.subList(i, j), packageRow, ruleRows, file);
        if (a != null) {
          out.add(a);
        }
      }
      i = j;
    }
    return out;
  }

  private static Annotation annotation(
      List<Lexer.Comment> block, int packageRow, List<Integer> ruleRows, String file) {
    Location at = new Location(file, block.get(0).row(), 1);
    int last = block.get(block.size() - 1).row();
    int rule = -1;
    if (packageRow <= last) {
      rule = -2;
      for (int k = 0; k < ruleRows.size(); k++) {
        if (ruleRows.get(k) > last) {
          rule = k;
          break;
        }
      }
    }
    if (rule == -2) {
      return null; // nothing follows the block: OPA keeps it nowhere either
    }
    StringBuilder yaml = new StringBuilder();
    for (Lexer.Comment c : block.subList(1, block.size())) {
      yaml.append(c.text()).append('\n');
    }
    TreeMap<Value, Value> fields = new TreeMap<>();
    if (!yaml.toString().isBlank()) {
      JsonNode node;
      try {
        node = YAML.readTree(yaml.toString());
      } catch (JacksonException e) {
        throw new RegoParseException(at, "yaml: " + e.getOriginalMessage());
      }
      if (node != null && !node.isMissingNode() && !node.isNull()) {
        if (!(JsonValues.fromJson(node) instanceof ObjectValue o)) {
          throw new RegoParseException(at, "yaml: the METADATA block must be a mapping");
        }
        fields.putAll(o.entries());
      }
    }
    String scope = rule < 0 ? "package" : "rule";
    Value given = fields.get(StringValue.of("scope"));
    if (given != null) {
      String s = given instanceof StringValue sv ? sv.value() : String.valueOf(given);
      List<String> allowed =
          rule < 0 ? List.of("package", "subpackages") : List.of("rule", "document");
      if (!allowed.contains(s)) {
        throw new RegoParseException(
            at,
            "invalid annotation scope '"
                + s
                + "': use one of "
                + String.join(", ", allowed)
                + (rule < 0 ? " on a package" : " on a rule"));
      }
      scope = s;
    }
    fields.put(StringValue.of("scope"), StringValue.of(scope));
    normalize(fields, "authors", Annotations::author);
    normalize(fields, "related_resources", Annotations::relatedResource);
    return new Annotation(scope, rule, ObjectValue.wrap(fields), at);
  }

  private static void normalize(
      Map<Value, Value> fields, String key, java.util.function.UnaryOperator<Value> each) {
    Value v = fields.get(StringValue.of(key));
    if (v == null) {
      return;
    }
    List<Value> items = v instanceof ArrayValue a ? a.elements() : List.of(v);
    List<Value> out = new ArrayList<>();
    for (Value item : items) {
      out.add(each.apply(item));
    }
    fields.put(StringValue.of(key), new ArrayValue(out));
  }

  /** {@code Name <email>}, a bare name or a bare {@code <email>} becomes {name, email}. */
  private static Value author(Value v) {
    if (!(v instanceof StringValue s)) {
      return v;
    }
    String text = s.value().strip();
    String name = text;
    String email = null;
    int lt = text.lastIndexOf('<');
    if (lt >= 0 && text.endsWith(">")) {
      email = text.substring(lt + 1, text.length() - 1).strip();
      name = text.substring(0, lt).strip();
    }
    TreeMap<Value, Value> out = new TreeMap<>();
    if (!name.isEmpty()) {
      out.put(StringValue.of("name"), StringValue.of(name));
    }
    if (email != null && !email.isEmpty()) {
      out.put(StringValue.of("email"), StringValue.of(email));
    }
    return ObjectValue.wrap(out);
  }

  private static Value relatedResource(Value v) {
    if (v instanceof StringValue s) {
      return ObjectValue.wrap(new TreeMap<>(Map.of(StringValue.of("ref"), s)));
    }
    return v;
  }
}
