package io.eksform.sandbox.kubernetes;

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
        ObjectNode created =
            cluster.create(
                route.kind(),
                route.namespace(),
                Bodies.read(route.kind(), request),
                request.dryRun());
        return Reply.json(201, created);
      default:
        throw ApiException.methodNotAllowed();
    }
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
        return Reply.json(
            200,
            cluster.update(
                route.kind(),
                route.namespace(),
                route.name(),
                Bodies.read(route.kind(), request),
                request.dryRun()));
      case "PATCH":
        return Reply.json(
            200,
            cluster.patch(
                route.kind(),
                route.namespace(),
                route.name(),
                Patches.forRequest(request),
                request.dryRun()));
      case "DELETE":
        return Reply.json(
            200, cluster.delete(route.kind(), route.namespace(), route.name(), request.dryRun()));
      default:
        throw ApiException.methodNotAllowed();
    }
  }
}
