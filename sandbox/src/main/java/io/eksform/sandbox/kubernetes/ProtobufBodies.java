package io.eksform.sandbox.kubernetes;

import java.util.Arrays;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decodes the {@code application/vnd.kubernetes.protobuf} bodies client-go's typed clients send
 * (kubectl create does) into the JSON form of a Namespace or ServiceAccount. Fields the server sets
 * itself (timestamps, managed fields) are skipped.
 */
final class ProtobufBodies {
  private static final byte[] MAGIC = {'k', '8', 's', 0};

  private ProtobufBodies() {}

  static ObjectNode decode(Kind kind, byte[] body) throws ApiException {
    if (kind == Kind.POD) {
      // A pod spec in protobuf is a large message the sandbox does not decode; clients that
      // create pods here send JSON or YAML (fabric8 and kubectl apply do).
      throw ApiException.unsupportedMediaType(
          "application/vnd.kubernetes.protobuf", "application/json, application/yaml");
    }
    if (body.length < MAGIC.length
        || !Arrays.equals(body, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
      throw ApiException.badRequest(
          "the protobuf body does not start with the Kubernetes envelope");
    }
    ProtoReader envelope = new ProtoReader(Arrays.copyOfRange(body, MAGIC.length, body.length));
    ObjectNode object = Json.object();
    byte[] raw = new byte[0];
    while (envelope.hasMore()) {
      switch (envelope.field()) {
        case 1:
          ProtoReader typeMeta = new ProtoReader(envelope.bytes());
          while (typeMeta.hasMore()) {
            int field = typeMeta.field();
            if (field == 1) {
              object.put("apiVersion", typeMeta.string());
            } else if (field == 2) {
              object.put("kind", typeMeta.string());
            } else {
              typeMeta.skip();
            }
          }
          break;
        case 2:
          raw = envelope.bytes();
          break;
        default:
          envelope.skip();
      }
    }
    ProtoReader reader = new ProtoReader(raw);
    while (reader.hasMore()) {
      int field = reader.field();
      if (field == 1) {
        object.set("metadata", metadata(reader.bytes()));
      } else if (kind == Kind.NAMESPACE) {
        namespaceField(object, reader, field);
      } else {
        serviceAccountField(object, reader, field);
      }
    }
    return object;
  }

  private static void namespaceField(ObjectNode object, ProtoReader reader, int field)
      throws ApiException {
    if (field == 2) {
      ProtoReader spec = new ProtoReader(reader.bytes());
      ObjectNode json = Json.child(object, "spec");
      while (spec.hasMore()) {
        if (spec.field() == 1) {
          arrayOf(json, "finalizers").add(spec.string());
        } else {
          spec.skip();
        }
      }
    } else {
      reader.skip();
    }
  }

  private static void serviceAccountField(ObjectNode object, ProtoReader reader, int field)
      throws ApiException {
    switch (field) {
      case 2:
        arrayOf(object, "secrets").add(objectReference(reader.bytes()));
        break;
      case 3:
        ProtoReader reference = new ProtoReader(reader.bytes());
        ObjectNode local = arrayOf(object, "imagePullSecrets").addObject();
        while (reference.hasMore()) {
          if (reference.field() == 1) {
            local.put("name", reference.string());
          } else {
            reference.skip();
          }
        }
        break;
      case 4:
        object.put("automountServiceAccountToken", reader.varint() != 0);
        break;
      default:
        reader.skip();
    }
  }

  private static ObjectNode metadata(byte[] bytes) throws ApiException {
    ProtoReader reader = new ProtoReader(bytes);
    ObjectNode metadata = Json.object();
    while (reader.hasMore()) {
      int field = reader.field();
      switch (field) {
        case 1:
          putNonEmpty(metadata, "name", reader.string());
          break;
        case 2:
          putNonEmpty(metadata, "generateName", reader.string());
          break;
        case 3:
          putNonEmpty(metadata, "namespace", reader.string());
          break;
        case 5:
          putNonEmpty(metadata, "uid", reader.string());
          break;
        case 6:
          putNonEmpty(metadata, "resourceVersion", reader.string());
          break;
        case 11:
        case 12:
          mapEntry(Json.child(metadata, field == 11 ? "labels" : "annotations"), reader.bytes());
          break;
        case 14:
          arrayOf(metadata, "finalizers").add(reader.string());
          break;
        default:
          reader.skip();
      }
    }
    return metadata;
  }

  private static void mapEntry(ObjectNode map, byte[] bytes) throws ApiException {
    ProtoReader entry = new ProtoReader(bytes);
    String key = "";
    String value = "";
    while (entry.hasMore()) {
      int field = entry.field();
      if (field == 1) {
        key = entry.string();
      } else if (field == 2) {
        value = entry.string();
      } else {
        entry.skip();
      }
    }
    map.put(key, value);
  }

  private static ObjectNode objectReference(byte[] bytes) throws ApiException {
    String[] names = {
      "", "kind", "namespace", "name", "uid", "apiVersion", "resourceVersion", "fieldPath"
    };
    ProtoReader reader = new ProtoReader(bytes);
    ObjectNode reference = Json.object();
    while (reader.hasMore()) {
      int field = reader.field();
      if (field >= 1 && field < names.length) {
        putNonEmpty(reference, names[field], reader.string());
      } else {
        reader.skip();
      }
    }
    return reference;
  }

  private static ArrayNode arrayOf(ObjectNode parent, String field) {
    return parent.get(field) instanceof ArrayNode array ? array : parent.putArray(field);
  }

  private static void putNonEmpty(ObjectNode object, String field, String value) {
    if (!value.isEmpty()) {
      object.put(field, value);
    }
  }
}
