package io.eksform.engine.apply;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.desired.ManagedNames;
import io.eksform.engine.plan.ResourceAddress;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a step works with: the clients, the cluster, the settings, where events go, and the id of
 * this apply run.
 */
public final class StepContext {
  private final AwsClients aws;
  private final String cluster;
  private final Supplier<KubernetesClient> kube;
  private final FargateLock fargateLock;
  private final ApplySettings settings;
  private final EventSink sink;
  private final ResourceAddress address;
  private final Instant started;
  private final String runId;

  StepContext(
      AwsClients aws,
      String cluster,
      Supplier<KubernetesClient> kube,
      FargateLock fargateLock,
      ApplySettings settings,
      EventSink sink,
      ResourceAddress address,
      Instant started,
      String runId) {
    this.aws = aws;
    this.cluster = cluster;
    this.kube = kube;
    this.fargateLock = fargateLock;
    this.settings = settings;
    this.sink = sink;
    this.address = address;
    this.started = started;
    this.runId = runId;
  }

  public AwsClients aws() {
    return aws;
  }

  public String cluster() {
    return cluster;
  }

  public KubernetesClient kube() {
    return kube.get();
  }

  public FargateLock fargateLock() {
    return fargateLock;
  }

  public ApplySettings settings() {
    return settings;
  }

  public ResourceAddress address() {
    return address;
  }

  /** Unique to this apply run: the retries of one run's calls share it, another run's do not. */
  public String runId() {
    return runId;
  }

  /** The tags of an object this change creates, naming the change's address. */
  public Map<String, String> ownershipTags() {
    return ManagedNames.ownershipTags(cluster, address.toString());
  }

  /** Reports that the step waits and tries again (a busy cluster, a throttled call). */
  public void retried(String verb, String why) {
    sink.accept(
        new ApplyEvent(
            ApplyEvent.Kind.RETRIED,
            address.toString(),
            verb,
            why,
            Duration.between(started, Instant.now())));
  }

  /** Reports that the step has not begun its work yet: it waits its turn for {@code why}. */
  public void queued(String why) {
    sink.accept(
        new ApplyEvent(
            ApplyEvent.Kind.WAITING,
            address.toString(),
            "",
            why,
            Duration.between(started, Instant.now())));
  }

  /** Sleeps, turning an interrupt into a failure of the step. */
  public static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StepFailedException("interrupted while waiting");
    }
  }
}
