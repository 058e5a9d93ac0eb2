package io.eksform.sandbox.kubernetes;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Answers one request on a namespace or service account route by its HTTP method. */
final class ResourceHandler {
  private final ClusterObjects cluster;
  private final Route route;
  private final Request request;

  ResourceHandler(ClusterObjects cluster, Route route, Request request) {
    this.cluster = cluster;
    this.route = route;
    this.request = request;
  }

  Reply handle() throws ApiException {
    return route.collection() ? collection() : item();
  }

  private Reply collection() throws ApiException {
    switch (request.method()) {
      case "GET":
      case "HEAD":
        return Lists.answer(cluster, route, request);
      case "POST":
        if (route.kind().namespaced() && route.namespace().isEmpty()) {
          throw ApiException.methodNotAllowed();
        }
        UnknownFields unknown = UnknownFields.forRequest(request);
        ObjectNode created =
            cluster.create(
                route.kind(),
                route.namespace(),
                unknown.prune(route.kind(), asObject(Bodies.read(route.kind(), request))),
                request.dryRun());
        return Reply.json(201, created).withWarnings(unknown.warnings());
      case "DELETE":
        return deleteCollection();
      default:
        throw ApiException.methodNotAllowed();
    }
  }

  /**
   * {@code deletecollection}: service accounts of one namespace matching the selectors; answers the
   * list of what was deleted. Kubernetes offers no deletecollection for namespaces.
   */
  private Reply deleteCollection() throws ApiException {
    if (!route.kind().namespaced() || route.namespace().isEmpty()) {
      throw ApiException.methodNotAllowed();
    }
    LabelSelector labels = LabelSelector.parse(request.query().get("labelSelector"));
    FieldSelector fields = FieldSelector.parse(route.kind(), request.query().get("fieldSelector"));
    boolean dryRun = request.dryRun() || DeleteOptions.read(request).dryRun();
    ObjectNode list = Json.object();
    list.put("kind", route.kind().listKindName());
    list.put("apiVersion", "v1");
    ObjectNode metadata = list.putObject("metadata");
    var items = list.putArray("items");
    for (ObjectNode object :
        cluster
            .list(route.kind(), route.namespace(), o -> labels.matches(o) && fields.matches(o))
            .items()) {
      String name = Json.text(object.path("metadata"), "name");
      try {
        ObjectNode deleted =
            cluster.delete(route.kind(), route.namespace(), name, DeleteOptions.NONE, dryRun);
        deleted.remove("kind");
        deleted.remove("apiVersion");
        items.add(deleted);
      } catch (ApiException e) {
        if (e.code() != 404) {
          throw e;
        }
      }
    }
    metadata.put("resourceVersion", Long.toString(cluster.resourceVersion()));
    return Reply.json(200, list);
  }

  private Reply apply() throws ApiException {
    if (request.query().get("fieldManager").isEmpty()) {
      throw ApiException.invalid(
          "PatchOptions.meta.k8s.io",
          "",
          List.of(FieldError.required("fieldManager", "is required for apply patch")));
    }
    UnknownFields unknown = UnknownFields.forRequest(request);
    ClusterObjects.Applied applied =
        cluster.apply(
            route.kind(),
            route.namespace(),
            route.name(),
            unknown.prune(route.kind(), asObject(Json.parseYaml(request.body()))),
            request.dryRun());
    return Reply.json(applied.created() ? 201 : 200, applied.object())
        .withWarnings(unknown.warnings());
  }

  private ObjectNode asObject(JsonNode body) throws ApiException {
    if (body instanceof ObjectNode object) {
      return object;
    }
    throw ApiException.badRequest(
        "the request body must be a JSON object of kind " + route.kind().kindName());
  }

  private Reply get() throws ApiException {
    ObjectNode object = cluster.get(route.kind(), route.namespace(), route.name());
    if (!Tables.requested(request)) {
      return Reply.json(200, object);
    }
    ObjectNode list = Json.object();
    list.putObject("metadata");
    object.remove("kind");
    object.remove("apiVersion");
    list.putArray("items").add(object);
    return Reply.json(
        200,
        Tables.render(route.kind(), list, cluster.now(), request.query().get("includeObject")));
  }

  private Reply item() throws ApiException {
    switch (request.method()) {
      case "GET":
      case "HEAD":
        return get();
      case "PUT":
        UnknownFields unknown = UnknownFields.forRequest(request);
        ObjectNode updated =
            cluster.update(
                route.kind(),
                route.namespace(),
                route.name(),
                unknown.prune(route.kind(), asObject(Bodies.read(route.kind(), request))),
                request.dryRun());
        return Reply.json(200, updated).withWarnings(unknown.warnings());
      case "PATCH":
        if (Patches.isApply(request)) {
          return apply();
        }
        UnknownFields unknownInPatch = UnknownFields.forRequest(request);
        ClusterObjects.Change change = Patches.forRequest(request);
        ObjectNode patched =
            cluster.patch(
                route.kind(),
                route.namespace(),
                route.name(),
                current -> unknownInPatch.prune(route.kind(), change.apply(current)),
                request.dryRun());
        return Reply.json(200, patched).withWarnings(unknownInPatch.warnings());
      case "DELETE":
        DeleteOptions options = DeleteOptions.read(request);
        return Reply.json(
            200,
            cluster.delete(
                route.kind(),
                route.namespace(),
                route.name(),
                options,
                request.dryRun() || options.dryRun()));
      default:
        throw ApiException.methodNotAllowed();
    }
  }
}
