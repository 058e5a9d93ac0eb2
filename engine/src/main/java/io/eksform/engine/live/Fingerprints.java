package io.eksform.engine.live;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Digests of what was read: the SHA-256 of a canonical JSON form (sorted keys) of each object, or
 * the word {@code absent} for something looked for and not found. Apply compares them with a new
 * reading to refuse a stale plan.
 */
public final class Fingerprints {
  public static final String ABSENT = "absent";

  private static final JsonMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private Fingerprints() {}

  public static String of(Object value) {
    if (value == null) {
      return ABSENT;
    }
    return sha256(CANONICAL.writeValueAsString(value));
  }

  public static String sha256(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
