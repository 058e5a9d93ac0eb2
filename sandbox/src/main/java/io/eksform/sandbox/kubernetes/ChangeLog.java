package io.eksform.sandbox.kubernetes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * The latest changes of one cluster, for watches: like etcd's compacted history, only the last
 * {@link #CAPACITY} are kept, and a watch from an older resourceVersion is told it is too old. Not
 * thread-safe: {@link ClusterObjects} guards it.
 */
final class ChangeLog {
  static final int CAPACITY = 1000;

  /** One change: ADDED, MODIFIED or DELETED, with the object as it was after the change. */
  record Event(String type, Kind kind, ObjectNode object, long resourceVersion) {}

  /** Changes of one kind, complete through resourceVersion {@code through}. */
  record Batch(List<Event> events, long through) {
    Batch {
      events = List.copyOf(events);
    }
  }

  private final Deque<Event> events = new ArrayDeque<>();
  private long compactedThrough;

  ChangeLog(long startVersion) {
    this.compactedThrough = startVersion;
  }

  void add(Event event) {
    events.addLast(event);
    if (events.size() > CAPACITY) {
      compactedThrough = events.removeFirst().resourceVersion();
    }
  }

  /** Changes after {@code resourceVersion}; empty when some of them were already dropped. */
  Optional<List<Event>> after(long resourceVersion) {
    if (resourceVersion < compactedThrough) {
      return Optional.empty();
    }
    List<Event> newer = new ArrayList<>();
    for (Event event : events) {
      if (event.resourceVersion() > resourceVersion) {
        newer.add(event);
      }
    }
    return Optional.of(newer);
  }
}
