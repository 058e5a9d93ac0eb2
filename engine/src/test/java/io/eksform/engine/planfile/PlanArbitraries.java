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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random plans for properties: any action, addresses of known and unknown types, JSON values nested
 * a few levels deep, and text with quotes, backslashes, markup and control characters.
 */
public final class PlanArbitraries {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlanArbitraries() {}

  /** Text as configs and AWS give it: printable, accented, CJK, and the awkward characters. */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .ascii()
        .withCharRange('\u00a0', '\u017f')
        .withCharRange('\u4e00', '\u4e0f')
        .withChars("\u001b\n\t\u0085\u2028\"\\<>|`#&*_[]~")
        .ofMaxLength(24);
  }

  static Arbitrary<String> word() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars("_")
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  public static Arbitrary<ResourceAddress> address() {
    Arbitrary<String> type =
        Arbitraries.oneOf(
            Arbitraries.of(
                ResourceAddress.CLUSTER,
                ResourceAddress.OIDC_PROVIDER,
                ResourceAddress.NAMESPACE,
                ResourceAddress.SERVICE_ACCOUNT,
                ResourceAddress.FARGATE_PROFILE,
                ResourceAddress.NODEGROUP,
                ResourceAddress.ADDON),
            word());
    Arbitrary<String> name =
        Arbitraries.oneOf(Arbitraries.just(""), text().filter(s -> !s.isEmpty()));
    return Combinators.combine(type, name).as(ResourceAddress::of);
  }

  /** A JSON value: scalars, and arrays and objects of them up to {@code depth} levels. */
  public static Arbitrary<JsonNode> json(int depth) {
    Arbitrary<JsonNode> scalar =
        Arbitraries.oneOf(
            text().map(s -> (JsonNode) NODES.stringNode(s)),
            Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
            Arbitraries.longs()
                .between(Integer.MAX_VALUE + 1L, Long.MAX_VALUE)
                .map(l -> (JsonNode) NODES.numberNode(l)),
            Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
            Arbitraries.just((JsonNode) NODES.nullNode()));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<JsonNode> array =
        json(depth - 1)
            .list()
            .ofMaxSize(3)
            .map(
                items -> {
                  ArrayNode out = NODES.arrayNode();
                  items.forEach(out::add);
                  return (JsonNode) out;
                });
    Arbitrary<JsonNode> object =
        Arbitraries.maps(text(), json(depth - 1))
            .ofMaxSize(3)
            .map(
                entries -> {
                  ObjectNode out = NODES.objectNode();
                  entries.forEach(out::set);
                  return (JsonNode) out;
                });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalar),
        net.jqwik.api.Tuple.of(1, array),
        net.jqwik.api.Tuple.of(2, object));
  }

  static Arbitrary<AttributeChange> attribute() {
    return Combinators.combine(
            text().filter(s -> !s.isEmpty()),
            json(1),
            json(1),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false))
        .as(AttributeChange::new);
  }

  public static Arbitrary<Change> change() {
    return Builders.withBuilder(() -> new Object[9])
        .use(address())
        .in((a, v) -> set(a, 0, v))
        .use(Arbitraries.of(Action.class))
        .in((a, v) -> set(a, 1, v))
        .use(json(2))
        .in((a, v) -> set(a, 2, v))
        .use(json(2))
        .in((a, v) -> set(a, 3, v))
        .use(attribute().list().ofMaxSize(3))
        .in((a, v) -> set(a, 4, v))
        .use(text().list().ofMaxSize(2))
        .in((a, v) -> set(a, 5, v))
        .use(address().list().ofMaxSize(2))
        .in((a, v) -> set(a, 6, v))
        .use(text())
        .in((a, v) -> set(a, 7, v))
        .use(replacement().optional())
        .in((a, v) -> set(a, 8, v))
        .build(PlanArbitraries::change);
  }

  /** A replacement's strategy, why, and namespaces losing Fargate (absent for other objects). */
  static Arbitrary<Replacement> replacement() {
    return Combinators.combine(
            Arbitraries.of(ReplaceStrategy.class),
            text().filter(s -> !s.isEmpty()),
            text().list().ofMaxSize(3).optional())
        .as(Replacement::new);
  }

  @SuppressWarnings("unchecked")
  private static Change change(Object[] a) {
    return new Change(
        (ResourceAddress) a[0],
        (Action) a[1],
        (JsonNode) a[2],
        (JsonNode) a[3],
        (List<AttributeChange>) a[4],
        (List<String>) a[5],
        (List<ResourceAddress>) a[6],
        (String) a[7],
        (Optional<Replacement>) a[8]);
  }

  private static Object[] set(Object[] values, int i, Object value) {
    values[i] = value;
    return values;
  }

  static Arbitrary<PlanProblem> problem() {
    return Combinators.combine(
            Arbitraries.of(Severity.class),
            text().filter(s -> !s.isEmpty()),
            text(),
            text().optional())
        .as(PlanProblem::new);
  }

  public static Arbitrary<Plan> plan() {
    Arbitrary<PlanTarget> target = Combinators.combine(text(), text(), text()).as(PlanTarget::new);
    Arbitrary<ConfigFingerprint> config =
        Combinators.combine(text(), Arbitraries.maps(text(), text()).ofMaxSize(3))
            .as((digest, leaves) -> new ConfigFingerprint(digest, new TreeMap<>(leaves)));
    Arbitrary<Provenance> provenance =
        Combinators.combine(text(), text(), text(), text(), text().optional(), config.optional())
            .as(Provenance::new);
    Arbitrary<Map<String, String>> fingerprints = Arbitraries.maps(text(), text()).ofMaxSize(3);
    return Combinators.combine(
            target,
            change().list().ofMaxSize(6),
            fingerprints,
            provenance,
            problem().list().ofMaxSize(2),
            text().list().ofMaxSize(2),
            notActedOn().list().ofMaxSize(3),
            adoption().list().ofMaxSize(2))
        .as(
            (t, changes, prints, p, problems, unmanaged, notActedOn, adopted) ->
                new Plan(
                    Plan.FORMAT_VERSION,
                    t,
                    changes,
                    new java.util.TreeMap<>(prints),
                    p,
                    problems,
                    unmanaged,
                    notActedOn,
                    adopted));
  }

  static Arbitrary<NotActedOn> notActedOn() {
    return Combinators.combine(
            text().map(t -> "/" + t),
            Arbitraries.integers().between(0, 5000),
            Arbitraries.of(Disposition.VALIDATED_ONLY, Disposition.NOT_MANAGED),
            text())
        .as(NotActedOn::new);
  }

  static Arbitrary<Adoption> adoption() {
    return Combinators.combine(address(), Arbitraries.of("eksctl", "another tool"))
        .as(Adoption::new);
  }
}
