package io.eksform.engine.planfile;

import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.lint.Severity;
import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ConfigFingerprint;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.PlanTarget;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.ReplaceStrategy;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Reads a plan's JSON document back into a {@link Plan}, the inverse of {@link PlanJson}. Fields it
 * does not know are ignored (a later 1.x may add some); a missing or mistyped field is reported
 * with its path, so a hand-edited file says where it went wrong.
 */
final class PlanReader {
  private static final String REPLAN = "plan again with: eksform plan -f CONFIG --out FILE";

  private PlanReader() {}

  static Plan read(JsonNode root) throws NotAPlanException {
    if (!root.isObject()) {
      throw new NotAPlanException(
          "is not an eksform plan: it holds a JSON " + kind(root) + ", not an object",
          "give a file written by eksform plan --out FILE");
    }
    JsonNode version = root.get("formatVersion");
    if (version == null || !root.has("changes") || !root.has("target")) {
      throw new NotAPlanException(
          "is not an eksform plan: it has no "
              + (version == null ? "formatVersion" : root.has("changes") ? "target" : "changes"),
          "give a file written by eksform plan --out FILE");
    }
    if (!version.isString() || !version.asString().matches("1\\.[0-9]+")) {
      throw new NotAPlanException(
          "is a plan of format version "
              + version
              + ", and this eksform reads format version 1.x ("
              + Plan.FORMAT_VERSION
              + ")",
          "show it with the eksform release that wrote it, or " + REPLAN);
    }
    return new Plan(
        version.asString(),
        target(object(root, "target")),
        changes(root),
        fingerprints(object(root, "liveFingerprints")),
        provenance(object(root, "provenance")),
        problems(root),
        strings(root, "unmanaged"),
        notActedOn(root),
        adopted(root),
        destroy(root));
  }

  /** Absent in a plan of format 1.2 or older: such a plan never destroyed the cluster. */
  private static boolean destroy(JsonNode root) throws NotAPlanException {
    JsonNode node = root.get("destroy");
    if (node == null || node.isNull()) {
      return false;
    }
    if (!node.isBoolean()) {
      throw new NotAPlanException(
          "is not an eksform plan: its destroy is not true or false",
          "give a file written by" + " eksform plan --out FILE");
    }
    return node.asBoolean();
  }

  /** Absent in a plan of format 1.1 or older. */
  private static List<Adoption> adopted(JsonNode root) throws NotAPlanException {
    List<Adoption> out = new ArrayList<>();
    if (!root.has("adopted")) {
      return out;
    }
    JsonNode list = array(root, "adopted");
    for (int i = 0; i < list.size(); i++) {
      String at = "adopted[" + i + "]";
      JsonNode a = expectObject(list.get(i), at);
      out.add(new Adoption(ResourceAddress.parse(text(a, "address", at)), text(a, "madeBy", at)));
    }
    return out;
  }

  /** Absent in a plan of format 1.1 or older: such a plan named nothing it did not act on. */
  private static List<NotActedOn> notActedOn(JsonNode root) throws NotAPlanException {
    List<NotActedOn> out = new ArrayList<>();
    if (!root.has("notActedOn")) {
      return out;
    }
    JsonNode list = array(root, "notActedOn");
    for (int i = 0; i < list.size(); i++) {
      String at = "notActedOn[" + i + "]";
      JsonNode n = expectObject(list.get(i), at);
      Disposition disposition;
      try {
        disposition = Disposition.parse(text(n, "disposition", at));
      } catch (IllegalArgumentException e) {
        throw invalid(
            at + ".disposition is not one of planned, create-only, validated-only, not-managed");
      }
      JsonNode line = required(n, "line", at);
      if (!line.isIntegralNumber() || !line.canConvertToInt() || line.asInt() < 0) {
        throw invalid(at + ".line is not a line number");
      }
      out.add(
          new NotActedOn(text(n, "pointer", at), line.asInt(), disposition, text(n, "reason", at)));
    }
    return out;
  }

  private static PlanTarget target(JsonNode node) throws NotAPlanException {
    return new PlanTarget(
        text(node, "cluster", "target"),
        text(node, "region", "target"),
        text(node, "accountId", "target"));
  }

  private static List<Change> changes(JsonNode root) throws NotAPlanException {
    List<Change> out = new ArrayList<>();
    JsonNode changes = array(root, "changes");
    for (int i = 0; i < changes.size(); i++) {
      String at = "changes[" + i + "]";
      JsonNode c = expectObject(changes.get(i), at);
      ResourceAddress address =
          ResourceAddress.of(text(c, "type", at), optionalText(c, "name", at).orElse(""));
      out.add(
          new Change(
              address,
              action(text(c, "action", at), at),
              value(c, "before", at),
              value(c, "after", at),
              attributes(array(c, "attributes", at), at),
              strings(c, "reasons", at),
              strings(c, "dependsOn", at).stream().map(ResourceAddress::parse).toList(),
              text(c, "configPointer", at),
              replacement(c, at)));
    }
    return out;
  }

  /** Absent or null in a 1.0 plan: apply then refuses the replacement and asks for a new plan. */
  private static Optional<Replacement> replacement(JsonNode change, String at)
      throws NotAPlanException {
    JsonNode r = change.get("replacement");
    if (r == null || r.isNull()) {
      return Optional.empty();
    }
    String where = at + ".replacement";
    expectObject(r, where);
    ReplaceStrategy strategy;
    try {
      strategy = ReplaceStrategy.parse(text(r, "strategy", where));
    } catch (IllegalArgumentException e) {
      throw invalid(where + ".strategy is not create-before-destroy or destroy-before-create");
    }
    JsonNode gap = r.get("namespacesLosingFargateScheduling");
    Optional<List<String>> namespaces =
        gap == null || gap.isNull()
            ? Optional.empty()
            : Optional.of(strings(r, "namespacesLosingFargateScheduling", where));
    return Optional.of(new Replacement(strategy, text(r, "why", where), namespaces));
  }

  private static List<AttributeChange> attributes(JsonNode list, String at)
      throws NotAPlanException {
    List<AttributeChange> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String where = at + ".attributes[" + i + "]";
      JsonNode a = expectObject(list.get(i), where);
      out.add(
          new AttributeChange(
              text(a, "path", where),
              value(a, "before", where),
              value(a, "after", where),
              bool(a, "forcesReplacement", where),
              bool(a, "knownAfterApply", where)));
    }
    return out;
  }

  private static List<PlanProblem> problems(JsonNode root) throws NotAPlanException {
    List<PlanProblem> out = new ArrayList<>();
    JsonNode list = array(root, "problems");
    for (int i = 0; i < list.size(); i++) {
      String at = "problems[" + i + "]";
      JsonNode p = expectObject(list.get(i), at);
      Severity severity;
      try {
        severity = Severity.parse(text(p, "severity", at));
      } catch (IllegalArgumentException e) {
        throw invalid(at + ".severity is not one of error, warning, info");
      }
      out.add(
          new PlanProblem(
              severity,
              text(p, "message", at),
              text(p, "configPointer", at),
              optionalText(p, "hint", at)));
    }
    return out;
  }

  private static TreeMap<String, String> fingerprints(JsonNode node) throws NotAPlanException {
    TreeMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!e.getValue().isString()) {
        throw invalid("liveFingerprints." + e.getKey() + " is not a string");
      }
      out.put(e.getKey(), e.getValue().asString());
    }
    return out;
  }

  private static Provenance provenance(JsonNode node) throws NotAPlanException {
    String at = "provenance";
    return new Provenance(
        text(node, "toolVersion", at),
        text(node, "configFile", at),
        text(node, "configDigest", at),
        text(node, "policyDigest", at),
        optionalText(node, "gitCommit", at),
        config(node));
  }

  /** Absent or null in a plan of format 1.1 or before. */
  private static Optional<ConfigFingerprint> config(JsonNode provenance) throws NotAPlanException {
    JsonNode c = provenance.get("config");
    if (c == null || c.isNull()) {
      return Optional.empty();
    }
    String at = "provenance.config";
    expectObject(c, at);
    JsonNode leaves = object(c, "leaves", at);
    TreeMap<String, String> out = new TreeMap<>();
    for (Map.Entry<String, JsonNode> e : leaves.properties()) {
      if (!e.getValue().isString()) {
        throw invalid(at + ".leaves." + e.getKey() + " is not a string");
      }
      out.put(e.getKey(), e.getValue().asString());
    }
    return Optional.of(new ConfigFingerprint(text(c, "digest", at), out));
  }

  private static Action action(String word, String at) throws NotAPlanException {
    try {
      return Action.parse(word);
    } catch (IllegalArgumentException e) {
      throw invalid(
          at + ".action is '" + word + "', not one of create, update, replace, delete, no-op");
    }
  }

  private static JsonNode object(JsonNode node, String field) throws NotAPlanException {
    return object(node, field, "");
  }

  private static JsonNode object(JsonNode node, String field, String at) throws NotAPlanException {
    return expectObject(required(node, field, at), path(at, field));
  }

  private static JsonNode expectObject(JsonNode node, String at) throws NotAPlanException {
    if (!node.isObject()) {
      throw invalid(at + " is a " + kind(node) + ", not an object");
    }
    return node;
  }

  private static JsonNode array(JsonNode node, String field) throws NotAPlanException {
    return array(node, field, "");
  }

  private static JsonNode array(JsonNode node, String field, String at) throws NotAPlanException {
    JsonNode value = required(node, field, at);
    if (!value.isArray()) {
      throw invalid(path(at, field) + " is a " + kind(value) + ", not an array");
    }
    return value;
  }

  private static List<String> strings(JsonNode node, String field) throws NotAPlanException {
    return strings(node, field, "");
  }

  private static List<String> strings(JsonNode node, String field, String at)
      throws NotAPlanException {
    JsonNode list = array(node, field, at);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isString()) {
        throw invalid(path(at, field) + "[" + i + "] is not a string");
      }
      out.add(list.get(i).asString());
    }
    return out;
  }

  private static String text(JsonNode node, String field, String at) throws NotAPlanException {
    JsonNode value = required(node, field, at);
    if (!value.isString()) {
      throw invalid(path(at, field) + " is a " + kind(value) + ", not a string");
    }
    return value.asString();
  }

  private static Optional<String> optionalText(JsonNode node, String field, String at)
      throws NotAPlanException {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isString()) {
      throw invalid(path(at, field) + " is a " + kind(value) + ", not a string or null");
    }
    return Optional.of(value.asString());
  }

  private static boolean bool(JsonNode node, String field, String at) throws NotAPlanException {
    JsonNode value = required(node, field, at);
    if (!value.isBoolean()) {
      throw invalid(path(at, field) + " is a " + kind(value) + ", not true or false");
    }
    return value.asBoolean();
  }

  private static JsonNode value(JsonNode node, String field, String at) throws NotAPlanException {
    return required(node, field, at).deepCopy();
  }

  private static JsonNode required(JsonNode node, String field, String at)
      throws NotAPlanException {
    JsonNode value = node.get(field);
    if (value == null) {
      throw invalid(path(at, field) + " is missing");
    }
    return value;
  }

  private static String path(String at, String field) {
    return at.isEmpty() ? field : at + "." + field;
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case STRING, BINARY -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL, MISSING -> "null";
    };
  }

  private static NotAPlanException invalid(String what) {
    return new NotAPlanException(
        "is not a valid eksform plan: " + what,
        "the file may have been edited or cut short; " + REPLAN);
  }
}
