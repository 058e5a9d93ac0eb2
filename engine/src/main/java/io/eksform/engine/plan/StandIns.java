package io.eksform.engine.plan;

import io.eksform.engine.desired.ManagedNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses among the live objects that stand for one desired Fargate profile or node group. A
 * create-before-destroy replacement leaves two for a while (the old one and its suffixed
 * successor), and one that was interrupted, or followed by another edit, can leave more: exactly
 * one of them is planned for the config's object, and every other one is deleted, so that one apply
 * converges.
 */
public final class StandIns {
  private StandIns() {}

  /** A live object that stands for the desired one, and its comparison with the config. */
  public record Candidate(String liveName, Change change) {
    boolean replaced() {
      return change.action() == Action.REPLACE;
    }
  }

  /**
   * The changes for the desired object at {@code address} ({@code configName} in the config) given
   * its {@code candidates}, the config's name first: the one planned for the config's object, then
   * a deletion of each leftover, after it.
   *
   * <p>The object of the config's name is kept (or replaced) when it exists: a leftover never takes
   * its address. Otherwise a stand-in that already is what the config asks for is kept; when a
   * replacement of another stand-in would create exactly that one, the replacement is planned
   * instead, so that apply waits for it to be ACTIVE before deleting the old one.
   */
  public static List<Change> plan(
      PlanContext ctx, ResourceAddress address, String configName, List<Candidate> candidates) {
    boolean createFirst =
        ctx.options.replaceStrategy().orElse(ReplaceStrategy.CREATE_BEFORE_DESTROY)
            == ReplaceStrategy.CREATE_BEFORE_DESTROY;
    List<Candidate> kept = candidates.stream().filter(c -> !c.replaced()).toList();
    Candidate main = main(configName, candidates, kept, createFirst);
    Optional<Candidate> adopted =
        main.replaced() && createFirst ? adopts(configName, main, kept) : Optional.empty();
    List<Change> out = new ArrayList<>();
    out.add(adopted.map(a -> finishing(main, a)).orElse(main.change()));
    for (Candidate c : candidates) {
      if (c != main && adopted.filter(a -> a == c).isEmpty()) {
        out.add(leftover(address, c, adopted.orElse(main)));
      }
    }
    return out;
  }

  private static Candidate main(
      String configName, List<Candidate> candidates, List<Candidate> kept, boolean createFirst) {
    Optional<Candidate> named =
        candidates.stream().filter(c -> c.liveName().equals(configName)).findFirst();
    if (named.isPresent()) {
      return named.get();
    }
    if (createFirst) {
      for (Candidate c : candidates) {
        if (c.replaced() && adopts(configName, c, kept).isPresent()) {
          return c;
        }
      }
    }
    return kept.isEmpty() ? candidates.get(0) : kept.get(0);
  }

  /** The kept stand-in a create-before-destroy replacement of {@code c} would create, if any. */
  private static Optional<Candidate> adopts(String configName, Candidate c, List<Candidate> kept) {
    String successor =
        ManagedNames.standInName(configName, c.liveName(), c.change().after().toString());
    return kept.stream().filter(k -> k.liveName().equals(successor)).findFirst();
  }

  /** The replacement of {@code main}, which finds its successor already made. */
  private static Change finishing(Candidate main, Candidate successor) {
    Change c = main.change();
    List<String> reasons = new ArrayList<>(c.reasons());
    reasons.add(
        "finishes an interrupted replacement: "
            + successor.liveName()
            + " already exists and is adopted before "
            + main.liveName()
            + " is deleted");
    return new Change(
        c.address(),
        c.action(),
        c.before(),
        c.after(),
        c.attributes(),
        reasons,
        c.dependsOn(),
        c.configPointer());
  }

  /** The deletion of a leftover, once the change of the object kept for the config's is done. */
  private static Change leftover(ResourceAddress address, Candidate c, Candidate keeper) {
    return new Change(
        ResourceAddress.of(address.type(), c.liveName()),
        Action.DELETE,
        c.change().before(),
        Json.NONE,
        List.of(),
        List.of(
            "left over from an earlier replacement of "
                + address
                + ": "
                + keeper.liveName()
                + " stands for it"),
        List.of(address),
        "");
  }
}
