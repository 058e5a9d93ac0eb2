package io.eksform.sandbox.scenario;

import static io.eksform.sandbox.scenario.Specs.json;
import static io.eksform.sandbox.scenario.Specs.list;
import static io.eksform.sandbox.scenario.Specs.map;

import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.Ids;
import io.eksform.sandbox.state.ManagedPolicy;
import io.eksform.sandbox.state.OidcProvider;
import io.eksform.sandbox.state.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Seeds customer managed policies, IAM roles and OIDC providers. */
final class IamSeeder {
  private IamSeeder() {}

  static void policy(Account account, ScenarioSpec.PolicySpec p, long now) {
    String path = p.path() == null ? "/" : p.path();
    String arn = "arn:aws:iam::" + account.id() + ":policy" + path + p.name();
    account
        .policies()
        .put(
            arn,
            new ManagedPolicy(
                p.name(),
                Ids.derivedIam("ANPA", arn),
                path,
                arn,
                json(p.document()),
                p.description(),
                Map.of(),
                now));
  }

  static void role(Account account, ScenarioSpec.RoleSpec r, long now) {
    String path = r.path() == null ? "/" : r.path();
    Map<String, String> inline = new LinkedHashMap<>();
    map(r.inlinePolicies()).forEach((k, v) -> inline.put(k, json(v)));
    account
        .roles()
        .put(
            r.name().toLowerCase(Locale.ROOT),
            new Role(
                r.name(),
                Ids.derivedIam("AROA", r.name()),
                path,
                "arn:aws:iam::" + account.id() + ":role" + path + r.name(),
                json(r.trustPolicy()),
                r.description(),
                3600,
                list(r.policies()),
                inline,
                map(r.tags()),
                now,
                null));
  }

  static void oidcProvider(Account account, ScenarioSpec.OidcSpec o, long now) {
    String url = o.url().replaceFirst("^https://", "");
    String arn = "arn:aws:iam::" + account.id() + ":oidc-provider/" + url;
    account
        .oidcProviders()
        .put(
            arn,
            new OidcProvider(
                arn,
                url,
                list(o.clientIds()),
                o.thumbprints() == null
                    ? List.of("9e99a48a9960b14926bb7f3b02e22da2b0ab7280")
                    : o.thumbprints(),
                map(o.tags()),
                now));
  }
}
