package io.eksform.sandbox.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An EC2 launch template: its identity, tags, default version number and every version. */
public record LaunchTemplate(
    String region,
    String id,
    String name,
    long createdAt,
    String createdBy,
    long defaultVersion,
    List<LaunchTemplateVersion> versions,
    Map<String, String> tags) {

  /** Normalizes collections to immutable copies. */
  public LaunchTemplate {
    versions = List.copyOf(versions);
    tags = Map.copyOf(tags);
  }

  /** The newest version (templates always have at least one). */
  public LaunchTemplateVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /** The version marked as default. */
  public LaunchTemplateVersion defaultOne() {
    return version(defaultVersion).orElse(latest());
  }

  /** A version by number. */
  public Optional<LaunchTemplateVersion> version(long number) {
    return versions.stream().filter(v -> v.number() == number).findFirst();
  }

  /**
   * A version as EC2 and EKS name it: a number, {@code $Latest} or {@code $Default}; empty when no
   * such version exists.
   */
  public Optional<LaunchTemplateVersion> resolve(String version) {
    if (version.equals("$Latest")) {
      return Optional.of(latest());
    }
    if (version.equals("$Default")) {
      return Optional.of(defaultOne());
    }
    try {
      return version(Long.parseLong(version));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A copy with one more version. */
  public LaunchTemplate withVersion(LaunchTemplateVersion version) {
    List<LaunchTemplateVersion> all = new ArrayList<>(versions);
    all.add(version);
    return new LaunchTemplate(region, id, name, createdAt, createdBy, defaultVersion, all, tags);
  }

  /** A copy with another default version. */
  public LaunchTemplate withDefault(long number) {
    return new LaunchTemplate(region, id, name, createdAt, createdBy, number, versions, tags);
  }

  /** A copy with other tags. */
  public LaunchTemplate withTags(Map<String, String> newTags) {
    return new LaunchTemplate(
        region, id, name, createdAt, createdBy, defaultVersion, versions, newTags);
  }
}
