package io.eksform.sandbox.kubernetes;

import java.util.Optional;

/** A resource type this API server serves, with its REST and JSON names. */
enum Kind {
  NAMESPACE("namespaces", "Namespace", false),
  POD("pods", "Pod", true),
  SERVICE_ACCOUNT("serviceaccounts", "ServiceAccount", true);

  private final String resource;
  private final String kindName;
  private final boolean namespaced;

  Kind(String resource, String kindName, boolean namespaced) {
    this.resource = resource;
    this.kindName = kindName;
    this.namespaced = namespaced;
  }

  /** The plural lower-case name used in URLs and in NotFound/AlreadyExists messages. */
  String resource() {
    return resource;
  }

  /** The {@code kind} field of an object of this type. */
  String kindName() {
    return kindName;
  }

  String listKindName() {
    return kindName + "List";
  }

  boolean namespaced() {
    return namespaced;
  }

  static Optional<Kind> fromResource(String resource) {
    for (Kind kind : values()) {
      if (kind.resource.equals(resource)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
