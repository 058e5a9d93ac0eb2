package io.eksform.engine.apply;

/** Receives apply events; called from several threads, so implementations synchronise. */
@FunctionalInterface
public interface EventSink {
  void accept(ApplyEvent event);
}
