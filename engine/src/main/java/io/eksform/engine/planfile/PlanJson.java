package io.eksform.engine.planfile;

import io.eksform.engine.plan.Action;
import io.eksform.engine.plan.Adoption;
import io.eksform.engine.plan.AttributeChange;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.ConfigFingerprint;
import io.eksform.engine.plan.NotActedOn;
import io.eksform.engine.plan.Plan;
import io.eksform.engine.plan.PlanProblem;
import io.eksform.engine.plan.Provenance;
import io.eksform.engine.plan.Replacement;
import io.eksform.engine.plan.ResourceAddress;
import java.util.Collection;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's versioned wire form, described by {@code io/eksform/schemas/plan.v1.schema.json}: what
 * {@code --format json} prints and what a saved plan file holds. Keys of records come in a fixed
 * order, keys of maps sorted, so the same plan always gives the same bytes. Within format version 1
 * fields are only ever added.
 */
public final class PlanJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanJson() {}

  /** The plan as its JSON document, including the {@code summary} counts. */
  public static ObjectNode toJson(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", plan.formatVersion());
    root.put("destroy", plan.destroy());
    ObjectNode target = root.putObject("target");
    target.put("cluster", plan.target().cluster());
    target.put("region", plan.target().region());
    target.put("accountId", plan.target().accountId());
    ObjectNode summary = root.putObject("summary");
    summary.put("create", plan.count(Action.CREATE));
    summary.put("update", plan.count(Action.UPDATE));
    summary.put("replace", plan.count(Action.REPLACE));
    summary.put("delete", plan.count(Action.DELETE));
    summary.put("noOp", plan.count(Action.NO_OP));
    ArrayNode changes = root.putArray("changes");
    plan.changes().forEach(c -> changes.add(change(c)));
    ArrayNode problems = root.putArray("problems");
    plan.problems().forEach(p -> problems.add(problem(p)));
    root.set("unmanaged", strings(plan.unmanaged()));
    ArrayNode notActedOn = root.putArray("notActedOn");
    plan.notActedOn().forEach(n -> notActedOn.add(notActedOn(n)));
    ArrayNode adopted = root.putArray("adopted");
    for (Adoption a : plan.adopted()) {
      ObjectNode node = adopted.addObject();
      node.put("address", a.address().toString());
      node.put("madeBy", a.madeBy());
    }
    ObjectNode fingerprints = root.putObject("liveFingerprints");
    plan.liveFingerprints().forEach(fingerprints::put);
    root.set("provenance", provenance(plan.provenance()));
    return root;
  }

  /** The plan as the text of its JSON document, ending with a newline. */
  public static String text(Plan plan) {
    return PlanJsonText.write(toJson(plan));
  }

  private static ObjectNode change(Change c) {
    ObjectNode node = NODES.objectNode();
    node.put("address", c.address().toString());
    node.put("type", c.address().type());
    node.set("name", optional(Optional.of(c.address().name()).filter(n -> !n.isEmpty())));
    node.put("action", c.action().word());
    node.set("before", orNull(c.before()));
    node.set("after", orNull(c.after()));
    ArrayNode attributes = node.putArray("attributes");
    for (AttributeChange a : c.attributes()) {
      ObjectNode attribute = attributes.addObject();
      attribute.put("path", a.path());
      attribute.set("before", orNull(a.before()));
      attribute.set("after", orNull(a.after()));
      attribute.put("forcesReplacement", a.forcesReplacement());
      attribute.put("knownAfterApply", a.knownAfterApply());
    }
    node.set("reasons", strings(c.reasons()));
    node.set("dependsOn", strings(c.dependsOn().stream().map(ResourceAddress::toString).toList()));
    node.put("configPointer", c.configPointer());
    node.set(
        "replacement",
        c.replacement().<JsonNode>map(PlanJson::replacement).orElse(NODES.nullNode()));
    return node;
  }

  private static ObjectNode replacement(Replacement r) {
    ObjectNode node = NODES.objectNode();
    node.put("strategy", r.strategy().word());
    node.put("why", r.why());
    node.set(
        "namespacesLosingFargateScheduling",
        r.namespacesLosingFargate().<JsonNode>map(PlanJson::strings).orElse(NODES.nullNode()));
    return node;
  }

  private static ObjectNode problem(PlanProblem p) {
    ObjectNode node = NODES.objectNode();
    node.put("severity", p.severity().word());
    node.put("message", p.message());
    node.put("configPointer", p.configPointer());
    node.set("hint", optional(p.hint()));
    return node;
  }

  private static ObjectNode notActedOn(NotActedOn n) {
    ObjectNode node = NODES.objectNode();
    node.put("pointer", n.pointer());
    node.put("path", n.path());
    node.put("line", n.line());
    node.put("disposition", n.disposition().word());
    node.put("reason", n.reason());
    return node;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode node = NODES.objectNode();
    node.put("toolVersion", p.toolVersion());
    node.put("configFile", p.configFile());
    node.put("configDigest", p.configDigest());
    node.put("policyDigest", p.policyDigest());
    node.set("gitCommit", optional(p.gitCommit()));
    node.set("config", p.config().<JsonNode>map(PlanJson::fingerprint).orElse(NODES.nullNode()));
    return node;
  }

  private static ObjectNode fingerprint(ConfigFingerprint f) {
    ObjectNode node = NODES.objectNode();
    node.put("digest", f.digest());
    ObjectNode leaves = node.putObject("leaves");
    f.leaves().forEach(leaves::put);
    return node;
  }

  private static ArrayNode strings(Collection<String> values) {
    ArrayNode out = NODES.arrayNode();
    values.forEach(out::add);
    return out;
  }

  private static JsonNode optional(Optional<String> value) {
    return value.<JsonNode>map(NODES::stringNode).orElse(NODES.nullNode());
  }

  private static JsonNode orNull(JsonNode value) {
    return value == null || value.isMissingNode() ? NODES.nullNode() : value.deepCopy();
  }
}
