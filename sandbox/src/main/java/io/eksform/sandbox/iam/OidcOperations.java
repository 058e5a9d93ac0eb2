package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import io.eksform.sandbox.state.Account;
import io.eksform.sandbox.state.OidcProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** OpenID Connect providers: keyed by URL without scheme (and without an explicit :443). */
final class OidcOperations {
  /** IAM fetches the IdP's thumbprint itself when none is given; the sandbox never goes online. */
  static final String SYNTHETIC_THUMBPRINT = "9e99a48a9960b14926bb7f3b02e22da2b0ab7280";

  private final Account account;
  private final Clock clock;

  OidcOperations(Account account, Clock clock) {
    this.account = account;
    this.clock = clock;
  }

  /** {@code https://host:443/path} becomes {@code host/path}. */
  static String normalize(String url) {
    String rest = url.substring("https://".length());
    int slash = rest.indexOf('/');
    String host = slash < 0 ? rest : rest.substring(0, slash);
    String path = slash < 0 ? "" : rest.substring(slash);
    if (host.endsWith(":443")) {
      host = host.substring(0, host.length() - 4);
    }
    return host + path;
  }

  private OidcProvider provider(String arn) {
    if (!arn.startsWith("arn:aws:iam::")) {
      throw IamErrors.invalidInput("ARN " + arn + " is not valid.");
    }
    OidcProvider p = account.oidcProviders().get(arn);
    if (p == null) {
      throw IamErrors.noSuchEntity("OpenIDConnect Provider not found for arn " + arn);
    }
    return p;
  }

  Reply create(SandboxRequest r) {
    FormParams f = r.form();
    String url = RoleOperations.required(f, "Url");
    if (!url.startsWith("https://") || url.length() > 255) {
      throw IamErrors.invalidInput("Invalid Url " + url + ": it must start with https://");
    }
    List<String> clientIds = f.members("ClientIDList");
    if (clientIds.size() > 100) {
      throw IamErrors.limitExceeded(
          "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100");
    }
    for (String id : clientIds) {
      if (id.isEmpty() || id.length() > 255) {
        throw IamErrors.validation("clientIDList", "Member must have length between 1 and 255");
      }
    }
    List<String> thumbprints = f.members("ThumbprintList");
    checkThumbprints(thumbprints);
    String normalized = normalize(url);
    String arn = "arn:aws:iam::" + account.id() + ":oidc-provider/" + normalized;
    if (account.oidcProviders().containsKey(arn)) {
      throw IamErrors.alreadyExists("Provider with url " + url + " already exists.");
    }
    Map<String, String> tags = new LinkedHashMap<>(f.pairs("Tags.member", "Key", "Value"));
    OidcProvider p =
        new OidcProvider(
            arn,
            normalized,
            clientIds,
            thumbprints.isEmpty() ? List.of(SYNTHETIC_THUMBPRINT) : thumbprints,
            tags,
            clock.millis());
    account.oidcProviders().put(arn, p);
    return IamXml.result(
        r,
        "CreateOpenIDConnectProvider",
        x -> {
          x.leaf("OpenIDConnectProviderArn", arn);
          if (!tags.isEmpty()) {
            IamXml.tags(x, tags);
          }
        });
  }

  private static void checkThumbprints(List<String> thumbprints) {
    if (thumbprints.size() > 5) {
      throw IamErrors.invalidInput("Thumbprint list must contain fewer than 5 entries.");
    }
    for (String t : thumbprints) {
      if (t.length() != 40) {
        throw IamErrors.validation(
            "thumbprintList",
            "Member must have length less than or equal to 40 and greater than or equal to 40");
      }
    }
  }

  Reply get(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    return IamXml.result(
        r,
        "GetOpenIDConnectProvider",
        x -> {
          x.leaf("Url", p.url()).open("ClientIDList");
          p.clientIds().forEach(id -> x.leaf("member", id));
          x.close().open("ThumbprintList");
          p.thumbprints().forEach(t -> x.leaf("member", t));
          x.close().leaf("CreateDate", IamXml.time(p.createdAt()));
          IamXml.tags(x, p.tags());
        });
  }

  Reply list(SandboxRequest r) {
    return IamXml.result(
        r,
        "ListOpenIDConnectProviders",
        x -> {
          x.open("OpenIDConnectProviderList");
          for (OidcProvider p : account.oidcProviders().values()) {
            x.open("member").leaf("Arn", p.arn()).close();
          }
          x.close();
        });
  }

  Reply delete(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    account.oidcProviders().remove(p.arn());
    return IamXml.empty(r, "DeleteOpenIDConnectProvider");
  }

  Reply tag(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    Map<String, String> merged = new LinkedHashMap<>(p.tags());
    merged.putAll(r.form().pairs("Tags.member", "Key", "Value"));
    account.oidcProviders().put(p.arn(), p.withTags(merged));
    return IamXml.empty(r, "TagOpenIDConnectProvider");
  }

  Reply addClientId(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    String id = RoleOperations.required(r.form(), "ClientID");
    List<String> ids = new ArrayList<>(p.clientIds());
    if (!ids.contains(id)) {
      if (ids.size() >= 100) {
        throw IamErrors.limitExceeded(
            "Cannot exceed quota for ClientIdsPerOpenIdConnectProvider: 100");
      }
      ids.add(id);
    }
    account.oidcProviders().put(p.arn(), p.withClientIds(ids));
    return IamXml.empty(r, "AddClientIDToOpenIDConnectProvider");
  }

  Reply removeClientId(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    String id = RoleOperations.required(r.form(), "ClientID");
    List<String> ids = new ArrayList<>(p.clientIds());
    ids.remove(id);
    account.oidcProviders().put(p.arn(), p.withClientIds(ids));
    return IamXml.empty(r, "RemoveClientIDFromOpenIDConnectProvider");
  }

  Reply updateThumbprints(SandboxRequest r) {
    OidcProvider p = provider(RoleOperations.required(r.form(), "OpenIDConnectProviderArn"));
    List<String> thumbprints = r.form().members("ThumbprintList");
    checkThumbprints(thumbprints);
    account.oidcProviders().put(p.arn(), p.withThumbprints(thumbprints));
    return IamXml.empty(r, "UpdateOpenIDConnectProviderThumbprint");
  }
}
