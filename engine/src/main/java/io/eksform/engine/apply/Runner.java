package io.eksform.engine.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.plan.Change;
import io.eksform.engine.plan.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Carries out a plan: each change once its dependencies are done, by the steps {@code steps} gives
 * for it, up to {@code parallelism} at a time, Fargate profile creates and deletes one at a time
 * per cluster. A failed change fails only the changes that wait for it; the others run to the end.
 */
public final class Runner {
  private final AwsClients aws;
  private final ApplySettings settings;
  private final EventSink sink;
  private final Function<Change, List<Step>> steps;

  public Runner(
      AwsClients aws, ApplySettings settings, EventSink sink, Function<Change, List<Step>> steps) {
    this.aws = aws;
    this.settings = settings;
    this.sink = sink;
    this.steps = steps;
  }

  private record Outcome(String address, String error) {}

  public ApplyResult apply(Plan plan) {
    ChangeGraph graph = new ChangeGraph(plan);
    String runId = UUID.randomUUID().toString();
    FargateLock fargateLock = new FargateLock();
    Map<String, Instant> running = new ConcurrentHashMap<>();
    List<String> done = new ArrayList<>();
    Map<String, String> failed = new TreeMap<>();
    Set<String> skipped = new HashSet<>();
    Set<String> waiting = new java.util.LinkedHashSet<>(graph.addresses());
    ExecutorService pool = Executors.newFixedThreadPool(settings.parallelism(), daemon("apply"));
    ScheduledExecutorService ticker =
        Executors.newSingleThreadScheduledExecutor(daemon("apply-progress"));
    long tick = Math.max(1, settings.progressInterval().toMillis());
    ticker.scheduleAtFixedRate(
        () -> running.forEach((a, start) -> emit(ApplyEvent.Kind.WAITING, graph, a, "", start)),
        tick,
        tick,
        TimeUnit.MILLISECONDS);
    try (KubeConnection kube = new KubeConnection(aws, plan.target().cluster())) {
      var completion = new ExecutorCompletionService<Outcome>(pool);
      int inFlight = 0;
      while (true) {
        for (String a : List.copyOf(waiting)) {
          if (done.containsAll(graph.needs(a))) {
            waiting.remove(a);
            Instant start = Instant.now();
            running.put(a, start);
            emit(ApplyEvent.Kind.STARTED, graph, a, "", start);
            Change change = graph.change(a);
            StepContext ctx =
                new StepContext(
                    aws,
                    plan.target().cluster(),
                    kube,
                    fargateLock,
                    settings,
                    sink,
                    change.address(),
                    start,
                    runId);
            completion.submit(() -> new Outcome(a, run(change, ctx)));
            inFlight++;
          }
        }
        if (inFlight == 0) {
          break;
        }
        Outcome o = take(completion);
        inFlight--;
        Instant start = running.remove(o.address());
        if (o.error() == null) {
          done.add(o.address());
          emit(ApplyEvent.Kind.SUCCEEDED, graph, o.address(), "", start);
        } else {
          failed.put(o.address(), o.error());
          emit(ApplyEvent.Kind.FAILED, graph, o.address(), o.error(), start);
          for (String d : graph.dependentsOf(o.address())) {
            if (waiting.remove(d)) {
              skipped.add(d);
              emit(
                  ApplyEvent.Kind.SKIPPED,
                  graph,
                  d,
                  "not started: it needs " + o.address() + ", which failed",
                  Instant.now());
            }
          }
        }
      }
    } finally {
      ticker.shutdownNow();
      pool.shutdownNow();
    }
    List<String> notStarted =
        graph.addresses().stream().filter(a -> skipped.contains(a) || waiting.contains(a)).toList();
    return ApplyResult.of(done, failed, notStarted);
  }

  /**
   * Makes the steps of one change and runs them in order; null when all succeeded, else why it
   * failed. A change whose steps cannot be made (a saved plan with a field missing) fails alone.
   */
  private String run(Change change, StepContext ctx) {
    try {
      for (Step s : steps.apply(change)) {
        s.run(ctx);
      }
      return null;
    } catch (RuntimeException e) {
      return Failures.describe(e);
    }
  }

  private static Outcome take(ExecutorCompletionService<Outcome> completion) {
    try {
      return completion.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("apply was interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a step escaped its error handling", e.getCause());
    }
  }

  private void emit(
      ApplyEvent.Kind kind, ChangeGraph graph, String address, String message, Instant start) {
    String verb = graph.change(address).action().word();
    sink.accept(
        new ApplyEvent(kind, address, verb, message, Duration.between(start, Instant.now())));
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, "eksform-" + name);
      t.setDaemon(true);
      return t;
    };
  }
}
