package io.eksform.sandbox.kubernetes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watch requests ({@code ?watch=true}): a stream of JSON events, one per line, ADDED for what
 * exists when no resourceVersion is given, then each change, until {@code timeoutSeconds} (default
 * 60, at most 600) or the client goes away. With {@code allowWatchBookmarks=true} an idle watch
 * gets a BOOKMARK every few seconds, which is also how a closed connection is noticed. A WebSocket
 * upgrade is not performed: such a request gets the HTTP answer, a watch that ends at once.
 */
final class Watches {
  // Shorter than Kubernetes' 30 to 60 minutes: a watch holds a server thread until it ends or a
  // write fails, and clients re-watch when a watch ends, so short watches cost them nothing.
  private static final long DEFAULT_TIMEOUT_SECONDS = 60;
  private static final long MAX_TIMEOUT_SECONDS = 600;
  private static final long BOOKMARK_MILLIS = 5_000;

  private Watches() {}

  static boolean requested(Request request) {
    String watch = request.query().get("watch");
    return watch.equals("true") || watch.equals("1");
  }

  static void stream(HttpExchange exchange, ClusterObjects cluster, Route route, Request request)
      throws ApiException, IOException {
    QueryParameters query = request.query();
    LabelSelector labels = LabelSelector.parse(query.get("labelSelector"));
    FieldSelector fields = FieldSelector.parse(route.kind(), query.get("fieldSelector"));
    String name = route.name();
    // The JDK server cannot switch to WebSocket, so it answers such a request as plain HTTP and
    // ends the watch at once; clients (fabric8) then watch over HTTP, as behind such proxies.
    boolean upgrade = "websocket".equalsIgnoreCase(request.header("Upgrade"));
    long timeoutMillis = upgrade ? 0 : 1000 * timeoutSeconds(query.get("timeoutSeconds"));
    boolean bookmarks = query.get("allowWatchBookmarks").equals("true");
    String requested = query.get("resourceVersion");
    long cursor;
    ClusterObjects.Listing initial = null;
    if (requested.isEmpty() || requested.equals("0")) {
      initial = cluster.list(route.kind(), route.namespace(), object -> true);
      cursor = initial.resourceVersion();
    } else {
      try {
        cursor = Long.parseUnsignedLong(requested);
      } catch (NumberFormatException e) {
        throw ApiException.badRequest(
            "invalid resource version \"" + requested + "\": not a number");
      }
    }
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache, private");
    exchange.sendResponseHeaders(200, 0);
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
    try (OutputStream out = exchange.getResponseBody()) {
      if (initial != null) {
        for (ObjectNode object : initial.items()) {
          if (matches(object, name, labels, fields)) {
            write(out, "ADDED", object);
          }
        }
        out.flush();
      }
      while (true) {
        long remaining = (deadline - System.nanoTime()) / 1_000_000;
        if (remaining <= 0) {
          break;
        }
        ChangeLog.Batch batch;
        try {
          batch =
              cluster.changesAfter(
                  route.kind(),
                  cursor,
                  bookmarks ? Math.min(remaining, BOOKMARK_MILLIS) : remaining);
        } catch (ApiException e) {
          write(out, "ERROR", e.toStatus());
          break;
        }
        cursor = batch.through();
        for (ChangeLog.Event event : batch.events()) {
          boolean inNamespace =
              route.namespace().isEmpty()
                  || route
                      .namespace()
                      .equals(Json.text(event.object().path("metadata"), "namespace"));
          if (inNamespace && matches(event.object(), name, labels, fields)) {
            write(out, event.type(), event.object());
          }
        }
        if (batch.events().isEmpty() && bookmarks) {
          write(out, "BOOKMARK", bookmark(route.kind(), cursor));
        }
        out.flush();
      }
    } catch (IOException e) {
      // the client closed the stream, which ends a watch
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private static boolean matches(
      ObjectNode object, String name, LabelSelector labels, FieldSelector fields) {
    return (name.isEmpty() || name.equals(Json.text(object.path("metadata"), "name")))
        && labels.matches(object)
        && fields.matches(object);
  }

  private static ObjectNode bookmark(Kind kind, long resourceVersion) {
    ObjectNode object = Json.object();
    object.put("kind", kind.kindName());
    object.put("apiVersion", "v1");
    object.putObject("metadata").put("resourceVersion", Long.toString(resourceVersion));
    return object;
  }

  private static void write(OutputStream out, String type, ObjectNode object) throws IOException {
    ObjectNode event = Json.object();
    event.put("type", type);
    event.set("object", object);
    out.write(Json.bytes(event));
    out.write('\n');
  }

  private static long timeoutSeconds(String text) throws ApiException {
    if (text.isEmpty()) {
      return DEFAULT_TIMEOUT_SECONDS;
    }
    try {
      return Math.max(0, Math.min(MAX_TIMEOUT_SECONDS, Long.parseLong(text)));
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("invalid timeoutSeconds \"" + text + "\": not a number");
    }
  }
}
