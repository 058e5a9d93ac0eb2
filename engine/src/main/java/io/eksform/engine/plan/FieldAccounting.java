package io.eksform.engine.plan;

import io.eksform.engine.config.JsonPointers;
import io.eksform.engine.desired.ConfigField;
import io.eksform.engine.ledger.Disposition;
import io.eksform.engine.ledger.FieldLedger;
import io.eksform.engine.ledger.LedgerEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accounts for every value of the config once the resource planners have run, through the field
 * ledger: a planned or create-only field is acted on; a validated-only one, or one eksform does not
 * manage yet, is named in the plan ({@link NotActedOn}). Where a field eksform does not manage
 * belongs to an object this plan creates or replaces, carrying on would build something other than
 * the config asks, so it is an error at the field's line. With {@code --strict}, every field not
 * managed yet is an error.
 */
public final class FieldAccounting {
  private final FieldLedger ledger;

  public FieldAccounting(FieldLedger ledger) {
    this.ledger = ledger;
  }

  public void account(PlanContext ctx) {
    Map<String, NotActedOn> notActedOn = new LinkedHashMap<>();
    Map<String, String> refused = new LinkedHashMap<>();
    for (ConfigField field : ctx.desired.fields().values()) {
      FieldLedger.Match match = ledger.match(field.pointer()).orElse(null);
      if (match == null) {
        String unit = field.pointer();
        notActedOn.putIfAbsent(
            unit,
            new NotActedOn(
                unit, line(ctx, unit), Disposition.NOT_MANAGED, "not in eksform's field ledger"));
        continue;
      }
      LedgerEntry entry = match.entry();
      String unit = match.unit();
      if (entry.isInert(field.value())) {
        continue;
      }
      switch (entry.disposition()) {
        case PLANNED, CREATE_ONLY -> {}
        case VALIDATED_ONLY -> {
          notActedOn.putIfAbsent(
              unit, new NotActedOn(unit, line(ctx, unit), entry.disposition(), entry.reason()));
        }
        case NOT_MANAGED -> {
          Optional<Change> owner = owner(ctx, entry.kind(), field.pointer());
          if (owner.isPresent()
              && (owner.get().action() == Action.CREATE
                  || owner.get().action() == Action.REPLACE)) {
            refused.putIfAbsent(unit, refusal(owner.get(), unit, entry));
          } else {
            notActedOn.putIfAbsent(
                unit, new NotActedOn(unit, line(ctx, unit), entry.disposition(), entry.reason()));
          }
        }
      }
    }
    refused.forEach(
        (unit, message) ->
            ctx.error(
                message,
                unit,
                "remove "
                    + JsonPointers.toPath(unit)
                    + " from the config, or make this change"
                    + " with eksctl"));
    ctx.notActedOn.addAll(notActedOn.values());
    if (ctx.options.strict()) {
      for (NotActedOn n : notActedOn.values()) {
        if (n.disposition() == Disposition.NOT_MANAGED) {
          ctx.error(
              n.path() + " is not acted on: " + n.reason() + " (--strict)",
              n.pointer(),
              "remove it from the config, or plan without --strict to list it as not acted on");
        }
      }
    }
  }

  private static String refusal(Change owner, String unit, LedgerEntry entry) {
    String verb = owner.action() == Action.CREATE ? "create" : "replace";
    return owner.address()
        + " would be "
        + (verb.equals("create") ? "created" : "replaced")
        + " without "
        + JsonPointers.toPath(unit)
        + ": "
        + entry.reason()
        + ", so eksform cannot "
        + verb
        + " it as the config asks";
  }

  /**
   * The change of the object a field belongs to: the change of the field's kind whose config
   * pointer holds the field (a node group's own entry), else the one change of a kind that exists
   * once per cluster (the cluster, its pod execution role).
   */
  private static Optional<Change> owner(PlanContext ctx, String kind, String pointer) {
    List<Change> ofKind =
        ctx.changes.stream().filter(c -> c.address().type().equals(kind)).toList();
    Optional<Change> holding =
        ofKind.stream()
            .filter(c -> !c.configPointer().isEmpty())
            .filter(
                c ->
                    pointer.equals(c.configPointer())
                        || pointer.startsWith(c.configPointer() + "/"))
            .findFirst();
    if (holding.isPresent()) {
      return holding;
    }
    return ofKind.size() == 1 && ofKind.get(0).address().name().isEmpty()
        ? Optional.of(ofKind.get(0))
        : Optional.empty();
  }

  private static int line(PlanContext ctx, String pointer) {
    var position = ctx.desired.fields().position(pointer);
    return position.known() ? position.line() : 0;
  }
}
