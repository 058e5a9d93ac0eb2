package io.eksform.sandbox.dynamodb;

import io.eksform.sandbox.http.Reply;
import io.eksform.sandbox.http.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON 1.0 wire format: request bodies in, replies out with the {@code x-amz-crc32} checksum
 * DynamoDB adds (SDKs that see it verify it).
 */
final class DynamoJson {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String CONTENT_TYPE = "application/x-amz-json-1.0";

  private DynamoJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** The request body as an object; malformed JSON is a SerializationException, as AWS says. */
  static ObjectNode body(SandboxRequest request) {
    String text = request.bodyText();
    if (text.isBlank()) {
      return object();
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JacksonException e) {
      throw DynamoErrors.serialization("Start of structure or map found where not expected.");
    }
    if (!(node instanceof ObjectNode object)) {
      throw DynamoErrors.serialization("Start of structure or map found where not expected.");
    }
    return object;
  }

  /** A text member; absent or JSON null reads as null, another type is a SerializationException. */
  static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isString()) {
      throw DynamoErrors.serialization("NUMBER_VALUE cannot be converted to String");
    }
    return v.stringValue();
  }

  /** An object member, or null when absent. */
  static ObjectNode objectMember(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!(v instanceof ObjectNode object)) {
      throw DynamoErrors.serialization("Unexpected value type in payload for member " + name);
    }
    return object;
  }

  static Reply reply(int status, ObjectNode body, Map<String, String> extraHeaders) {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(bytes);
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("x-amz-crc32", Long.toString(crc.getValue()));
    return new Reply(status, CONTENT_TYPE, bytes, headers);
  }

  static Reply ok(ObjectNode body) {
    return reply(200, body, Map.of());
  }
}
