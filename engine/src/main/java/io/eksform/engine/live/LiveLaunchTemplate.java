package io.eksform.engine.live;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An EC2 launch template a config names for a managed node group: its name, default version and the
 * versions a plan looks at, each with what decides how EKS may use it (an instance type, a custom
 * AMI, user data, an instance profile).
 */
public record LiveLaunchTemplate(
    String id, String name, long defaultVersion, Map<Long, Version> versions) {
  public LiveLaunchTemplate {
    versions = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(versions));
  }

  /** The version a config asks for: a number, or the default version when it names none. */
  public Optional<Version> version(Optional<String> asked) {
    if (asked.isEmpty()) {
      return Optional.ofNullable(versions.get(defaultVersion));
    }
    try {
      return Optional.ofNullable(versions.get(Long.parseLong(asked.get())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** One version of the template, reduced to what a managed node group cares about. */
  public record Version(
      long number,
      Optional<String> instanceType,
      Optional<String> imageId,
      boolean userData,
      boolean instanceProfile) {}
}
