package io.eksform.sandbox.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Protobuf request bodies, built by hand as client-go marshals them. */
class ProtobufBodiesTest {
  /** Writes length-delimited and varint fields, as client-go's generated marshallers do. */
  private static final class Writer {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    Writer bytes(int field, byte[] value) {
      varint((long) field << 3 | 2);
      varint(value.length);
      out.writeBytes(value);
      return this;
    }

    Writer string(int field, String value) {
      return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    Writer bool(int field, boolean value) {
      varint((long) field << 3);
      varint(value ? 1 : 0);
      return this;
    }

    private void varint(long value) {
      while ((value & ~0x7FL) != 0) {
        out.write((int) (value & 0x7F) | 0x80);
        value >>>= 7;
      }
      out.write((int) value);
    }

    byte[] done() {
      return out.toByteArray();
    }
  }

  private static byte[] envelope(String kind, byte[] raw) {
    byte[] unknown =
        new Writer()
            .bytes(1, new Writer().string(1, "v1").string(2, kind).done())
            .bytes(2, raw)
            .string(4, "application/vnd.kubernetes.protobuf")
            .done();
    byte[] body = new byte[unknown.length + 4];
    body[0] = 'k';
    body[1] = '8';
    body[2] = 's';
    System.arraycopy(unknown, 0, body, 4, unknown.length);
    return body;
  }

  @Test
  void decodesAServiceAccount() throws ApiException {
    byte[] metadata =
        new Writer()
            .string(1, "envoy")
            .string(3, "prodcatalog-ns")
            .bytes(8, new byte[0])
            .bytes(11, new Writer().string(1, "app").string(2, "envoy").done())
            .bytes(
                12,
                new Writer()
                    .string(1, "eks.amazonaws.com/role-arn")
                    .string(2, "arn:aws:iam::1:role/r")
                    .done())
            .done();
    byte[] account =
        new Writer()
            .bytes(1, metadata)
            .bytes(3, new Writer().string(1, "registry").done())
            .bool(4, false)
            .done();
    JsonNode json =
        ProtobufBodies.decode(Kind.SERVICE_ACCOUNT, envelope("ServiceAccount", account));
    assertEquals(
        Json.MAPPER.readTree(
            "{\"apiVersion\":\"v1\",\"kind\":\"ServiceAccount\",\"metadata\":{\"name\":\"envoy\","
                + "\"namespace\":\"prodcatalog-ns\",\"labels\":{\"app\":\"envoy\"},\"annotations\":"
                + "{\"eks.amazonaws.com/role-arn\":\"arn:aws:iam::1:role/r\"}},"
                + "\"imagePullSecrets\":[{\"name\":\"registry\"}],\"automountServiceAccountToken\":false}"),
        json);
  }

  @Test
  void decodesANamespaceWithFinalizers() throws ApiException {
    byte[] namespace =
        new Writer()
            .bytes(1, new Writer().string(2, "run-").done())
            .bytes(2, new Writer().string(1, "kubernetes").done())
            .done();
    JsonNode json = ProtobufBodies.decode(Kind.NAMESPACE, envelope("Namespace", namespace));
    assertEquals("run-", json.path("metadata").path("generateName").stringValue());
    assertEquals("kubernetes", json.path("spec").path("finalizers").get(0).stringValue());
  }

  @Test
  void rejectsBodiesWithoutTheEnvelopeOrTruncated() {
    assertEquals(
        400,
        assertThrows(
                ApiException.class,
                () -> ProtobufBodies.decode(Kind.NAMESPACE, "{}".getBytes(StandardCharsets.UTF_8)))
            .code());
    byte[] body = envelope("Namespace", new Writer().string(1, "x").done());
    byte[] truncated = java.util.Arrays.copyOf(body, body.length - 1);
    assertEquals(
        400,
        assertThrows(ApiException.class, () -> ProtobufBodies.decode(Kind.NAMESPACE, truncated))
            .code());
  }
}
