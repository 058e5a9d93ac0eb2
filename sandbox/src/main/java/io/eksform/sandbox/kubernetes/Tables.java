package io.eksform.sandbox.kubernetes;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server-side printing: the {@code meta.k8s.io/v1 Table} that {@code kubectl get} asks for, with
 * the columns Kubernetes prints for namespaces, pods and service accounts.
 */
final class Tables {
  private Tables() {}

  static boolean requested(Request request) {
    return request.header("Accept").contains("as=Table");
  }

  /** A table of the items of {@code list}, keeping its list metadata. */
  static ObjectNode render(Kind kind, ObjectNode list, Instant now, String includeObject) {
    ObjectNode table = Json.object();
    table.put("kind", "Table");
    table.put("apiVersion", "meta.k8s.io/v1");
    table.set("metadata", list.path("metadata").deepCopy());
    ArrayNode columns = table.putArray("columnDefinitions");
    column(columns, "Name", "name", "Name must be unique within a namespace.");
    switch (kind) {
      case NAMESPACE -> column(columns, "Status", "", "The status of the namespace");
      case POD -> {
        column(columns, "Ready", "", "The number of containers ready, of all of the pod's");
        column(columns, "Status", "", "The aggregate status of the containers in this pod.");
        column(columns, "Restarts", "", "The number of times the containers have restarted.");
      }
      case SERVICE_ACCOUNT ->
          column(columns, "Secrets", "", "The number of secrets the service account references");
    }
    column(columns, "Age", "", "CreationTimestamp is the time the object was created.");
    ArrayNode rows = table.putArray("rows");
    for (JsonNode item : list.path("items").values()) {
      ObjectNode row = rows.addObject();
      ArrayNode cells = row.putArray("cells");
      cells.add(Json.text(item.path("metadata"), "name"));
      switch (kind) {
        case NAMESPACE -> cells.add(Json.text(item.path("status"), "phase"));
        case POD -> {
          cells.add("0/" + item.path("spec").path("containers").size());
          cells.add(Json.text(item.path("status"), "phase"));
          cells.add(0);
        }
        case SERVICE_ACCOUNT -> cells.add(item.path("secrets").size());
      }
      cells.add(age(Json.text(item.path("metadata"), "creationTimestamp"), now));
      if (includeObject.equals("Object")) {
        ObjectNode object = (ObjectNode) item.deepCopy();
        object.put("kind", kind.kindName());
        object.put("apiVersion", "v1");
        row.set("object", object);
      } else if (!includeObject.equals("None")) {
        ObjectNode partial = row.putObject("object");
        partial.put("kind", "PartialObjectMetadata");
        partial.put("apiVersion", "meta.k8s.io/v1");
        partial.set("metadata", item.path("metadata").deepCopy());
      }
    }
    return table;
  }

  private static void column(ArrayNode columns, String name, String format, String description) {
    ObjectNode column = columns.addObject();
    column.put("name", name);
    column.put("type", "string");
    column.put("format", format);
    column.put("description", description);
    column.put("priority", 0);
  }

  /** Kubernetes' short human duration: "45s", "3m12s", "5h", "2d4h", "1y30d". */
  static String age(String timestamp, Instant now) {
    Instant created;
    try {
      created = Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      return "<unknown>";
    }
    long seconds = Duration.between(created, now).getSeconds();
    if (seconds < -1) {
      return "<invalid>";
    }
    if (seconds < 0) {
      return "0s";
    }
    if (seconds < 120) {
      return seconds + "s";
    }
    long minutes = seconds / 60;
    if (minutes < 10) {
      return seconds % 60 == 0 ? minutes + "m" : minutes + "m" + seconds % 60 + "s";
    }
    if (minutes < 180) {
      return minutes + "m";
    }
    long hours = minutes / 60;
    if (hours < 8) {
      return minutes % 60 == 0 ? hours + "h" : hours + "h" + minutes % 60 + "m";
    }
    if (hours < 48) {
      return hours + "h";
    }
    if (hours < 24 * 8) {
      return hours % 24 == 0 ? hours / 24 + "d" : hours / 24 + "d" + hours % 24 + "h";
    }
    if (hours < 24 * 365 * 2) {
      return hours / 24 + "d";
    }
    long days = hours / 24;
    if (hours < 24 * 365 * 8) {
      return days % 365 == 0 ? days / 365 + "y" : days / 365 + "y" + days % 365 + "d";
    }
    return days / 365 + "y";
  }
}
