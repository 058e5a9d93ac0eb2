package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** CreateTags and DeleteTags over every taggable EC2 resource the sandbox keeps. */
final class Tagging {
  private final Account account;

  Tagging(Account account) {
    this.account = account;
  }

  Reply create(SandboxRequest r) {
    List<String> ids = r.form().list("ResourceId");
    Map<String, String> add = r.form().pairs("Tag", "Key", "Value");
    check(ids);
    for (String id : ids) {
      retag(
          id,
          old -> {
            Map<String, String> out = new LinkedHashMap<>(old);
            out.putAll(add);
            return out;
          });
    }
    return Reply.xml(Ec2Lookup.done(r, "CreateTags").finish());
  }

  Reply delete(SandboxRequest r) {
    List<String> ids = r.form().list("ResourceId");
    check(ids);
    int n = r.form().count("Tag", "Key");
    for (String id : ids) {
      retag(
          id,
          old -> {
            Map<String, String> out = new LinkedHashMap<>(old);
            if (n == 0) {
              // Without Tag.N, every tag goes (but the ones AWS reserves).
              out.keySet().removeIf(k -> !k.startsWith("aws:"));
            }
            for (int i = 1; i <= n; i++) {
              String key = r.form().get("Tag." + i + ".Key", "");
              String value = r.form().get("Tag." + i + ".Value", null);
              if (value == null || value.equals(out.get(key))) {
                out.remove(key);
              }
            }
            return out;
          });
    }
    return Reply.xml(Ec2Lookup.done(r, "DeleteTags").finish());
  }

  private void check(List<String> ids) {
    if (ids.isEmpty()) {
      throw new AwsError(
          "MissingParameter", 400, "The request must contain the parameter resourceIdSet");
    }
    for (String id : ids) {
      if (!retag(id, UnaryOperator.identity())) {
        throw new AwsError("InvalidID", 400, "The ID '" + id + "' is not valid");
      }
    }
  }

  /** Replaces the tags of the resource with this id; false when there is none. */
  private boolean retag(String id, UnaryOperator<Map<String, String>> change) {
    return apply(account.vpcs(), id, v -> v.withTags(change.apply(v.tags())))
        || apply(account.subnets(), id, s -> s.withTags(change.apply(s.tags())))
        || apply(account.routeTables(), id, t -> t.withTags(change.apply(t.tags())))
        || apply(account.launchTemplates(), id, t -> t.withTags(change.apply(t.tags())))
        || apply(account.internetGateways(), id, g -> g.withTags(change.apply(g.tags())))
        || apply(account.natGateways(), id, n -> n.withTags(change.apply(n.tags())))
        || apply(account.securityGroups(), id, g -> g.withTags(change.apply(g.tags())))
        || apply(account.addresses(), id, a -> a.withTags(change.apply(a.tags())));
  }

  private static <T> boolean apply(Map<String, T> table, String id, Function<T, T> change) {
    T item = table.get(id);
    if (item == null) {
      return false;
    }
    table.put(id, change.apply(item));
    return true;
  }
}
