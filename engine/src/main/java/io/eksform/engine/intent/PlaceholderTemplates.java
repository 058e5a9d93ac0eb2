package io.eksform.engine.intent;

import io.eksform.engine.desired.ClusterSpec;
import io.eksform.engine.desired.NodeGroupSpec;
import io.eksform.engine.live.LiveLaunchTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The EC2 launch templates an intent plan takes to exist: each one a version of the config names,
 * with every version any version of the config asks for. A template holds the instance type when no
 * node group that names it sets {@code instanceTypes}, and never a custom AMI: only AWS knows more.
 */
final class PlaceholderTemplates {
  private PlaceholderTemplates() {}

  static List<LiveLaunchTemplate> of(List<ClusterSpec> versions) {
    Map<String, TreeSet<Long>> numbers = new TreeMap<>();
    Map<String, Boolean> typed = new TreeMap<>();
    Map<String, Long> defaults = new TreeMap<>();
    for (ClusterSpec spec : versions) {
      for (NodeGroupSpec ng : spec.managedNodeGroups()) {
        if (ng.launchTemplate().isEmpty()) {
          continue;
        }
        NodeGroupSpec.LaunchTemplateRef t = ng.launchTemplate().get();
        TreeSet<Long> of = numbers.computeIfAbsent(t.id(), k -> new TreeSet<>());
        Optional<Long> asked = t.version().flatMap(PlaceholderTemplates::number);
        asked.ifPresent(of::add);
        // The first version that names the template decides its default: what it asked for.
        defaults.putIfAbsent(t.id(), asked.orElse(1L));
        typed.merge(t.id(), ng.instanceTypes().isEmpty(), Boolean::logicalAnd);
      }
    }
    List<LiveLaunchTemplate> out = new ArrayList<>();
    numbers.forEach(
        (id, wanted) -> {
          long byDefault = defaults.get(id);
          wanted.add(byDefault);
          Map<Long, LiveLaunchTemplate.Version> found = new TreeMap<>();
          for (long n : wanted) {
            found.put(
                n,
                new LiveLaunchTemplate.Version(
                    n,
                    typed.get(id) ? Optional.of("m5.large") : Optional.empty(),
                    Optional.empty(),
                    false,
                    false));
          }
          out.add(new LiveLaunchTemplate(id, "intent-" + id, byDefault, found));
        });
    return out;
  }

  private static Optional<Long> number(String version) {
    try {
      long n = Long.parseLong(version);
      return n >= 1 ? Optional.of(n) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
