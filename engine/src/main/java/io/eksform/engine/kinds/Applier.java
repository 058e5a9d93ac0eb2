package io.eksform.engine.kinds;

import io.eksform.engine.apply.ApplyResult;
import io.eksform.engine.apply.ApplySettings;
import io.eksform.engine.apply.EventSink;
import io.eksform.engine.apply.Runner;
import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.plan.Plan;

/**
 * Carries out a plan against the live account (the only writer to AWS): the {@link Runner} of
 * {@code apply}, with each change's steps from the kind of its address.
 */
public final class Applier {
  private final Runner runner;

  public Applier(AwsClients aws, ApplySettings settings, EventSink sink) {
    this.runner = new Runner(aws, settings, sink, new StepFactory()::steps);
  }

  public ApplyResult apply(Plan plan) {
    return runner.apply(plan);
  }
}
