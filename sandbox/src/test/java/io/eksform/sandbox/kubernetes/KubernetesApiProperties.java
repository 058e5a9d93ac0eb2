package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;

/**
 * Random sequences of creates, patches and deletes over HTTP keep Kubernetes' invariants: what a
 * list returns is exactly what can be read one by one, what was deleted answers 404, and every
 * write carries a larger resourceVersion than any before it.
 */
class KubernetesApiProperties {
  private static final String CLUSTER = "c";
  private static final List<String> NAMESPACES = List.of("alpha", "beta", "gamma");
  private static final List<String> ACCOUNTS = List.of("envoy", "frontend");

  /** What a step does: its verb, the kind it touches, and the names it uses. */
  record Step(String verb, boolean serviceAccount, String namespace, String name, String value) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return step().list().ofMaxSize(25);
  }

  private static Arbitrary<Step> step() {
    return Combinators.combine(
            Arbitraries.of("create", "merge-patch", "json-patch", "strategic-patch", "delete"),
            Arbitraries.of(true, false),
            Arbitraries.of(NAMESPACES),
            Arbitraries.of(ACCOUNTS),
            Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6))
        .as(Step::new);
  }

  @Property(tries = 40)
  void listsMatchReadsAndVersionsOnlyGrow(@ForAll("steps") List<Step> steps) throws Exception {
    try (TestServer server = TestServer.withCluster(CLUSTER)) {
      HttpCalls http = new HttpCalls(server.endpoint(CLUSTER));
      long highest = Long.parseLong(listVersion(http, "/api/v1/namespaces"));
      Set<String> deleted = new TreeSet<>();
      for (Step step : steps) {
        HttpCalls.Answer answer =
            http.send(method(step), path(step), contentType(step), body(step));
        assertTrue(
            List.of(200, 201, 404, 409).contains(answer.code()),
            step + " answered " + answer.code() + ": " + answer.body());
        if (answer.code() == 200 || answer.code() == 201) {
          long version =
              Long.parseLong(answer.body().path("metadata").path("resourceVersion").stringValue());
          assertTrue(
              version > highest, step + " wrote resourceVersion " + version + " <= " + highest);
          highest = version;
          String key =
              step.serviceAccount() ? step.namespace() + "/" + step.name() : step.namespace();
          if (step.verb().equals("delete")) {
            deleted.add(key);
          } else {
            deleted.remove(key);
          }
        }
        highest = checkListsMatchReads(http, highest, deleted);
      }
    }
  }

  /** Checks the invariants and returns the list's resourceVersion, the highest seen so far. */
  private static long checkListsMatchReads(HttpCalls http, long highest, Set<String> deleted)
      throws Exception {
    HttpCalls.Answer namespaces = http.get("/api/v1/namespaces");
    long listed =
        Long.parseLong(namespaces.body().path("metadata").path("resourceVersion").stringValue());
    assertTrue(listed >= highest, "list resourceVersion " + listed + " < " + highest);
    Set<String> listedNamespaces = new TreeSet<>();
    for (JsonNode item : namespaces.body().path("items").values()) {
      String name = item.path("metadata").path("name").stringValue();
      listedNamespaces.add(name);
      assertEquals(item, withoutType(http.get("/api/v1/namespaces/" + name).body()));
    }
    for (String name : NAMESPACES) {
      if (!listedNamespaces.contains(name)) {
        assertEquals(404, http.get("/api/v1/namespaces/" + name).code());
      }
    }
    List<String> listedAccounts = new ArrayList<>();
    for (JsonNode item : http.get("/api/v1/serviceaccounts").body().path("items").values()) {
      String namespace = item.path("metadata").path("namespace").stringValue();
      String name = item.path("metadata").path("name").stringValue();
      listedAccounts.add(namespace + "/" + name);
      assertTrue(
          listedNamespaces.contains(namespace), "account in a listed namespace: " + namespace);
      assertEquals(item, withoutType(http.get(accountPath(namespace, name)).body()));
    }
    for (String namespace : NAMESPACES) {
      for (String name : ACCOUNTS) {
        if (!listedAccounts.contains(namespace + "/" + name)) {
          assertEquals(404, http.get(accountPath(namespace, name)).code());
        }
      }
      if (listedNamespaces.contains(namespace)) {
        assertTrue(
            listedAccounts.contains(namespace + "/default"), "default account of " + namespace);
      }
    }
    for (String key : deleted) {
      String path =
          key.contains("/")
              ? accountPath(key.substring(0, key.indexOf('/')), key.substring(key.indexOf('/') + 1))
              : "/api/v1/namespaces/" + key;
      assertEquals(404, http.get(path).code(), "deleted " + key);
    }
    return listed;
  }

  private static JsonNode withoutType(JsonNode object) {
    return ((tools.jackson.databind.node.ObjectNode) object)
        .deepCopy()
        .without(List.of("kind", "apiVersion"));
  }

  private static String accountPath(String namespace, String name) {
    return "/api/v1/namespaces/" + namespace + "/serviceaccounts/" + name;
  }

  private static String method(Step step) {
    switch (step.verb()) {
      case "create":
        return "POST";
      case "delete":
        return "DELETE";
      default:
        return "PATCH";
    }
  }

  private static String path(Step step) {
    String base =
        step.serviceAccount()
            ? "/api/v1/namespaces/" + step.namespace() + "/serviceaccounts"
            : "/api/v1/namespaces";
    if (step.verb().equals("create")) {
      return base;
    }
    return base + "/" + (step.serviceAccount() ? step.name() : step.namespace());
  }

  private static String contentType(Step step) {
    switch (step.verb()) {
      case "create":
        return "application/json";
      case "json-patch":
        return "application/json-patch+json";
      case "strategic-patch":
        return "application/strategic-merge-patch+json";
      case "merge-patch":
        return "application/merge-patch+json";
      default:
        return "";
    }
  }

  private static String body(Step step) {
    switch (step.verb()) {
      case "create":
        String name = step.serviceAccount() ? step.name() : step.namespace();
        return "{\"metadata\":{\"name\":\""
            + name
            + "\",\"labels\":{\"v\":\""
            + step.value()
            + "\"}}}";
      case "json-patch":
        return "[{\"op\":\"add\",\"path\":\"/metadata/annotations\",\"value\":{\"v\":\""
            + step.value()
            + "\"}}]";
      case "merge-patch":
      case "strategic-patch":
        return "{\"metadata\":{\"labels\":{\"v\":\"" + step.value() + "\"}}}";
      default:
        return "";
    }
  }

  private static String listVersion(HttpCalls http, String path) throws Exception {
    return http.get(path).body().path("metadata").path("resourceVersion").stringValue();
  }
}
