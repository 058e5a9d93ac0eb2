package io.eksform.sandbox.eks;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Cluster;
import io.eksform.sandbox.state.ClusterUpdate;
import io.eksform.sandbox.state.Lifecycle;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What every EKS operation needs: the account, the clock, renderers and lookups with AWS's errors.
 */
final class EksContext {
  final Account account;
  final Lifecycle lifecycle;
  final EksJson json;
  final ClusterEvents events;

  EksContext(Account account, Lifecycle lifecycle, EksJson json, ClusterEvents events) {
    this.account = account;
    this.lifecycle = lifecycle;
    this.json = json;
    this.events = events;
  }

  long now() {
    return lifecycle.now();
  }

  Cluster cluster(SandboxRequest request, String name) {
    Cluster c = account.clusters().get(Account.key(request.region(), name));
    if (c == null) {
      throw EksErrors.clusterNotFound(name);
    }
    return c;
  }

  String arn(SandboxRequest request, String resource) {
    return "arn:aws:eks:" + request.region() + ":" + account.id() + ":" + resource;
  }

  /** The cluster-level update still in progress, if any. */
  Optional<ClusterUpdate> clusterUpdateInProgress(Cluster c) {
    return account.updates().values().stream()
        .filter(u -> !u.finished())
        .filter(u -> u.clusterKey().equals(c.key()))
        .filter(u -> u.nodegroupName().isEmpty() && u.addonName().isEmpty())
        .findFirst();
  }

  /** How long a client request token is remembered, as AWS remembers them for a while only. */
  static final long TOKEN_LIFETIME_MILLIS = java.time.Duration.ofHours(24).toMillis();

  /** At most this many tokens are remembered; the oldest are forgotten first. */
  static final int MAX_TOKENS = 10_000;

  /**
   * Runs a create/update once per client request token: a retry with the same token and the same
   * parameters gets the first reply again; different parameters are an error. A token is remembered
   * for {@link #TOKEN_LIFETIME_MILLIS}; after that it starts a new request.
   */
  Reply idempotent(String operation, String resourceKey, Body body, Supplier<String> call) {
    String token = body.text("clientRequestToken");
    if (token == null || token.isEmpty()) {
      return Reply.json(call.get());
    }
    forgetOldTokens();
    String key = operation + "/" + resourceKey + "/" + token;
    Account.IdempotentReply seen = account.idempotency().get(key);
    String fingerprint = body.fingerprint();
    if (seen != null) {
      if (!seen.fingerprint().equals(fingerprint)) {
        throw EksErrors.invalidParameter(
            "The client request token " + token + " was already used with different parameters.");
      }
      return Reply.json(seen.body());
    }
    String reply = call.get();
    account.idempotency().put(key, new Account.IdempotentReply(fingerprint, reply, now()));
    return Reply.json(reply);
  }

  private void forgetOldTokens() {
    long oldest = now() - TOKEN_LIFETIME_MILLIS;
    var tokens = account.idempotency();
    tokens.values().removeIf(r -> r.givenAt() < oldest);
    if (tokens.size() >= MAX_TOKENS) {
      List<String> byAge =
          tokens.entrySet().stream()
              .sorted(java.util.Comparator.comparingLong(e -> e.getValue().givenAt()))
              .map(java.util.Map.Entry::getKey)
              .toList();
      byAge.subList(0, tokens.size() - MAX_TOKENS + 1).forEach(tokens::remove);
    }
  }
}
