package io.eksform.engine.live;

import io.eksform.engine.aws.AwsClients;
import io.eksform.engine.aws.AwsErrors;
import io.eksform.engine.desired.ManagedNames;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** Reads the cluster's IAM OIDC provider and the IAM roles eksform manages or refers to. */
final class IamReader {
  private final AwsClients aws;

  IamReader(AwsClients aws) {
    this.aws = aws;
  }

  /** The provider for {@code issuerHostPath} in {@code account}, if it exists. */
  Optional<LiveOidcProvider> oidcProvider(String account, String issuerHostPath) {
    String arn = "arn:aws:iam::" + account + ":oidc-provider/" + issuerHostPath;
    try {
      var p =
          AwsErrors.call(
              "iam:GetOpenIDConnectProvider",
              aws.target(),
              () -> aws.iam().getOpenIDConnectProvider(r -> r.openIDConnectProviderArn(arn)));
      return Optional.of(new LiveOidcProvider(arn, p.url(), p.clientIDList(), tags(p.tags())));
    } catch (NoSuchEntityException e) {
      return Optional.empty();
    }
  }

  /**
   * The role named {@code name} with its policies and tags, if it exists. Its managed and inline
   * policies are listed in parallel on {@code pool}; nothing here blocks a pool thread.
   */
  CompletableFuture<Optional<LiveRole>> role(String name, Executor pool) {
    return CompletableFuture.supplyAsync(() -> getRole(name), pool)
        .thenCompose(found -> withPolicies(found, pool));
  }

  /**
   * As {@link #role}, but only when the role's tags say eksform created it for {@code cluster}: its
   * policies are read only then.
   */
  CompletableFuture<Optional<LiveRole>> roleCreatedFor(String cluster, String name, Executor pool) {
    return CompletableFuture.supplyAsync(() -> getRole(name), pool)
        .thenApply(
            found -> found.filter(r -> ManagedNames.createdByEksform(tags(r.tags()), cluster)))
        .thenCompose(found -> withPolicies(found, pool));
  }

  /**
   * The role named {@code name} with its tags and trust, its policies not listed: for a role whose
   * maker alone matters (the live cluster's role, deleted with the cluster when made for it).
   */
  CompletableFuture<Optional<LiveRole>> roleWithoutPolicies(String name, Executor pool) {
    return CompletableFuture.supplyAsync(
        () ->
            getRole(name)
                .map(
                    role ->
                        new LiveRole(
                            role.roleName(),
                            role.arn(),
                            decode(role.assumeRolePolicyDocument()),
                            List.of(),
                            Map.of(),
                            tags(role.tags()),
                            Optional.empty())),
        pool);
  }

  private CompletableFuture<Optional<LiveRole>> withPolicies(Optional<Role> found, Executor pool) {
    if (found.isEmpty()) {
      return CompletableFuture.completedFuture(Optional.<LiveRole>empty());
    }
    Role role = found.get();
    String name = role.roleName();
    var attached = CompletableFuture.supplyAsync(() -> attachedPolicies(name), pool);
    var inline = CompletableFuture.supplyAsync(() -> inlinePolicies(name), pool);
    return attached.thenCombine(
        inline,
        (a, i) ->
            Optional.of(
                new LiveRole(
                    role.roleName(),
                    role.arn(),
                    decode(role.assumeRolePolicyDocument()),
                    a,
                    i,
                    tags(role.tags()),
                    role.permissionsBoundary() == null
                        ? Optional.empty()
                        : Optional.ofNullable(
                            role.permissionsBoundary().permissionsBoundaryArn()))));
  }

  private Optional<Role> getRole(String name) {
    try {
      return Optional.of(
          AwsErrors.call(
              "iam:GetRole", aws.target(), () -> aws.iam().getRole(r -> r.roleName(name)).role()));
    } catch (NoSuchEntityException e) {
      return Optional.empty();
    }
  }

  private Map<String, String> inlinePolicies(String name) {
    Map<String, String> inline = new TreeMap<>();
    List<String> names =
        AwsErrors.call(
            "iam:ListRolePolicies",
            aws.target(),
            () -> {
              List<String> out = new ArrayList<>();
              aws.iam()
                  .listRolePoliciesPaginator(r -> r.roleName(name))
                  .policyNames()
                  .forEach(out::add);
              return out;
            });
    for (String policy : names) {
      String doc =
          AwsErrors.call(
              "iam:GetRolePolicy",
              aws.target(),
              () ->
                  aws.iam()
                      .getRolePolicy(r -> r.roleName(name).policyName(policy))
                      .policyDocument());
      inline.put(policy, decode(doc));
    }
    return inline;
  }

  private List<String> attachedPolicies(String name) {
    return AwsErrors.call(
        "iam:ListAttachedRolePolicies",
        aws.target(),
        () -> {
          List<String> attached = new ArrayList<>();
          aws.iam()
              .listAttachedRolePoliciesPaginator(r -> r.roleName(name))
              .attachedPolicies()
              .forEach(p -> attached.add(p.policyArn()));
          return attached;
        });
  }

  /** Names of the roles under {@code path} whose name starts with {@code prefix}. */
  List<String> roleNames(String path, String prefix) {
    return AwsErrors.call(
        "iam:ListRoles",
        aws.target(),
        () -> {
          List<String> out = new ArrayList<>();
          aws.iam()
              .listRolesPaginator(r -> r.pathPrefix(path))
              .roles()
              .forEach(
                  r -> {
                    if (r.roleName().startsWith(prefix)) {
                      out.add(r.roleName());
                    }
                  });
          return out;
        });
  }

  /** IAM returns policy documents URL-encoded; the SDK does not decode them. */
  static String decode(String document) {
    if (document == null) {
      return "";
    }
    return document.startsWith("%") || document.contains("%22")
        ? URLDecoder.decode(document, StandardCharsets.UTF_8)
        : document;
  }

  private static Map<String, String> tags(List<Tag> tags) {
    Map<String, String> out = new TreeMap<>();
    if (tags != null) {
      tags.forEach(t -> out.put(t.key(), t.value()));
    }
    return out;
  }
}
