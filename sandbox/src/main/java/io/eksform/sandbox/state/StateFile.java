package io.eksform.sandbox.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account as a JSON file, so it survives restarts. Written atomically (temporary file, then
 * rename) after every call that changed something; {@code kubernetes} holds the Kubernetes API's
 * objects and {@code dynamodb} the DynamoDB tables, each owned by its API.
 */
public final class StateFile {
  private static final int FORMAT_VERSION = 1;
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private StateFile() {}

  /** The serialized shape of an account. */
  record Snapshot(
      int formatVersion,
      String accountId,
      Map<String, Cluster> clusters,
      Map<String, FargateProfile> fargateProfiles,
      Map<String, Nodegroup> nodegroups,
      Map<String, Addon> addons,
      Map<String, ClusterUpdate> updates,
      Map<String, Vpc> vpcs,
      Map<String, Subnet> subnets,
      Map<String, RouteTable> routeTables,
      Map<String, InternetGateway> internetGateways,
      Map<String, NatGateway> natGateways,
      Map<String, SecurityGroup> securityGroups,
      Map<String, LaunchTemplate> launchTemplates,
      Map<String, Role> roles,
      Map<String, ManagedPolicy> policies,
      Map<String, OidcProvider> oidcProviders,
      Map<String, Account.IdempotentReply> idempotency,
      JsonNode kubernetes,
      JsonNode dynamodb,
      String scenarioRegion,
      Map<String, Address> addresses,
      Map<String, AccessEntry> accessEntries) {}

  /**
   * A loaded state file: the account, the Kubernetes API's part and the DynamoDB part (each null
   * when absent).
   */
  public record Loaded(Account account, JsonNode kubernetes, JsonNode dynamodb) {}

  /** Writes the account (and the Kubernetes and DynamoDB parts, either may be null). */
  public static void save(Account a, JsonNode kubernetes, JsonNode dynamodb, Path file) {
    Snapshot s =
        new Snapshot(
            FORMAT_VERSION,
            a.id(),
            a.clusters(),
            a.fargateProfiles(),
            a.nodegroups(),
            a.addons(),
            a.updates(),
            a.vpcs(),
            a.subnets(),
            a.routeTables(),
            a.internetGateways(),
            a.natGateways(),
            a.securityGroups(),
            a.launchTemplates(),
            a.roles(),
            a.policies(),
            a.oidcProviders(),
            a.idempotency(),
            kubernetes,
            dynamodb,
            a.scenarioRegion(),
            a.addresses(),
            a.accessEntries());
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      JSON.writeValue(tmp.toFile(), s);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state file " + file, e);
    }
  }

  /** Reads a state file written by {@link #save}. */
  public static Loaded load(Path file) {
    Snapshot s;
    try {
      s = JSON.readValue(file.toFile(), Snapshot.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "the sandbox state file "
              + file
              + " is not valid ("
              + e.getOriginalMessage()
              + "); delete it to start from the scenario again",
          e);
    }
    if (s.formatVersion() != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "the sandbox state file "
              + file
              + " has format "
              + s.formatVersion()
              + ", this version reads format "
              + FORMAT_VERSION
              + "; delete it to start again");
    }
    Account a = new Account(s.accountId());
    putAll(a.clusters(), s.clusters());
    putAll(a.fargateProfiles(), s.fargateProfiles());
    putAll(a.nodegroups(), s.nodegroups());
    putAll(a.addons(), s.addons());
    putAll(a.updates(), s.updates());
    putAll(a.vpcs(), s.vpcs());
    putAll(a.subnets(), s.subnets());
    putAll(a.routeTables(), s.routeTables());
    putAll(a.internetGateways(), s.internetGateways());
    putAll(a.natGateways(), s.natGateways());
    putAll(a.securityGroups(), s.securityGroups());
    putAll(a.launchTemplates(), s.launchTemplates());
    putAll(a.roles(), s.roles());
    putAll(a.policies(), s.policies());
    putAll(a.oidcProviders(), s.oidcProviders());
    putAll(a.idempotency(), s.idempotency());
    putAll(a.addresses(), s.addresses());
    putAll(a.accessEntries(), s.accessEntries());
    a.scenarioRegion(s.scenarioRegion());
    return new Loaded(a, orNull(s.kubernetes()), orNull(s.dynamodb()));
  }

  private static JsonNode orNull(JsonNode part) {
    return part == null || part.isNull() ? null : part;
  }

  private static <V> void putAll(Map<String, V> into, Map<String, V> from) {
    if (from != null) {
      into.putAll(from);
    }
  }
}
