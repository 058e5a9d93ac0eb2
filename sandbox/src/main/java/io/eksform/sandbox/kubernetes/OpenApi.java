package io.eksform.sandbox.kubernetes;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small OpenAPI v3 description of core/v1 as served here: the operations of every served kind,
 * with the {@code fieldValidation} parameter kubectl looks for before it lets the server validate,
 * and object schemas for Namespace, Pod and ServiceAccount.
 */
final class OpenApi {
  private static final String CORE_PATH = "/openapi/v3/api/v1";

  private OpenApi() {}

  /** {@code /openapi/v3}: where each group version's document is. */
  static ObjectNode index() {
    ObjectNode json = Json.object();
    json.putObject("paths")
        .putObject("api/v1")
        .put("serverRelativeURL", CORE_PATH + "?hash=sandbox");
    return json;
  }

  /** {@code /openapi/v3/api/v1}. */
  static ObjectNode coreV1() {
    ObjectNode json = Json.object();
    json.put("openapi", "3.0.0");
    json.putObject("info").put("title", "Kubernetes").put("version", "v1");
    ObjectNode paths = json.putObject("paths");
    for (Kind kind : Kind.values()) {
      String collection =
          kind.namespaced()
              ? "/api/v1/namespaces/{namespace}/" + kind.resource()
              : "/api/v1/" + kind.resource();
      ObjectNode collectionItem = paths.putObject(collection);
      operation(collectionItem, "get", kind, "list", false);
      operation(collectionItem, "post", kind, "post", true);
      ObjectNode item = paths.putObject(collection + "/{name}");
      operation(item, "get", kind, "get", false);
      operation(item, "put", kind, "put", true);
      operation(item, "patch", kind, "patch", true);
      operation(item, "delete", kind, "delete", false);
    }
    ObjectNode schemas = json.putObject("components").putObject("schemas");
    for (Kind kind : Kind.values()) {
      schemas.set("io.k8s.api.core.v1." + kind.kindName(), schema(kind));
    }
    return json;
  }

  private static void operation(
      ObjectNode pathItem, String method, Kind kind, String action, boolean writes) {
    ObjectNode operation = pathItem.putObject(method);
    operation.put("operationId", action + kind.kindName());
    operation.put("x-kubernetes-action", action);
    gvk(operation.putObject("x-kubernetes-group-version-kind"), kind);
    ArrayNode parameters = operation.putArray("parameters");
    if (writes) {
      for (String name : new String[] {"dryRun", "fieldManager", "fieldValidation"}) {
        ObjectNode parameter = parameters.addObject();
        parameter.put("name", name);
        parameter.put("in", "query");
        parameter.putObject("schema").put("type", "string");
        parameter.put("uniqueItems", true);
      }
    }
    ObjectNode ok = operation.putObject("responses").putObject("200");
    ok.put("description", "OK");
    ok.putObject("content")
        .putObject("application/json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/io.k8s.api.core.v1." + kind.kindName());
  }

  private static ObjectNode schema(Kind kind) {
    ObjectNode schema = Json.object();
    schema.put("type", "object");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("apiVersion").put("type", "string");
    properties.putObject("kind").put("type", "string");
    properties.putObject("metadata").put("type", "object");
    if (kind == Kind.NAMESPACE || kind == Kind.POD) {
      properties.putObject("spec").put("type", "object");
      properties.putObject("status").put("type", "object");
    } else {
      properties.putObject("secrets").put("type", "array").putObject("items").put("type", "object");
      properties
          .putObject("imagePullSecrets")
          .put("type", "array")
          .putObject("items")
          .put("type", "object");
      properties.putObject("automountServiceAccountToken").put("type", "boolean");
    }
    gvk(schema.putArray("x-kubernetes-group-version-kind").addObject(), kind);
    return schema;
  }

  private static void gvk(ObjectNode node, Kind kind) {
    node.put("group", "");
    node.put("version", "v1");
    node.put("kind", kind.kindName());
  }
}
