package io.eksform.rego.builtins;

import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.Value;
import java.nio.charset.StandardCharsets;

/** The three base64url sections of a compact JWS, and their decoding with OPA's error texts. */
record JwtToken(String header, String payload, String signature) {

  /** Splits a compact token; the errors are those OPA gives for a token without three sections. */
  static JwtToken split(String encoded) throws JwtException {
    if (!encoded.contains(".")) {
      throw new JwtException("encoded JWT had no period separators");
    }
    String[] parts = encoded.split("\\.", -1);
    if (parts.length != 3) {
      throw new JwtException("encoded JWT must have 3 sections, found " + parts.length);
    }
    return new JwtToken(parts[0], parts[1], parts[2]);
  }

  /** The text JWS signatures are computed over: the encoded header, a dot, the encoded payload. */
  byte[] signingInput() {
    return (header + "." + payload).getBytes(StandardCharsets.UTF_8);
  }

  /** The header as an object; a JWE (a header with {@code enc}) is refused as OPA refuses it. */
  ObjectValue decodedHeader() throws JwtException {
    String text;
    try {
      text = utf8(base64url(header));
    } catch (JwtException e) {
      throw new JwtException("JWT header had invalid encoding: " + e.getMessage());
    }
    ObjectValue o;
    try {
      o = jsonObject(text);
    } catch (JwtException e) {
      throw new JwtException("bad JWT header: " + e.getMessage());
    }
    if (o.get("enc") != null) {
      throw new JwtException("JWT is a JWE object, which is not supported");
    }
    return o;
  }

  /** The payload's decoded text, which is JSON unless the header says it is a nested token. */
  String decodedPayload() throws JwtException {
    try {
      return utf8(base64url(payload));
    } catch (JwtException e) {
      throw new JwtException("JWT payload had invalid encoding: " + e.getMessage());
    }
  }

  /** The raw signature bytes. */
  byte[] decodedSignature() throws JwtException {
    return base64url(signature);
  }

  static byte[] base64url(String s) throws JwtException {
    try {
      return BinaryEncodingBuiltins.urlBytes(s);
    } catch (BuiltinException e) {
      throw new JwtException(e.getMessage().substring("base64url.decode: ".length()));
    }
  }

  /** Parses JSON text that must be an object, as OPA's token built-ins do. */
  static ObjectValue jsonObject(String text) throws JwtException {
    Value v;
    try {
      v = EncodingBuiltins.parseJson("json.unmarshal", text);
    } catch (BuiltinException e) {
      throw new JwtException(
          "invalid JSON: " + e.getMessage().substring("json.unmarshal: ".length()));
    }
    if (!(v instanceof ObjectValue o)) {
      throw new JwtException("decoded JSON type was not an Object");
    }
    return o;
  }

  private static String utf8(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A token that cannot be decoded, or a key that cannot be read; the builtin adds its name. */
  static final class JwtException extends Exception {
    private static final long serialVersionUID = 1L;

    JwtException(String message) {
      super(message, null, false, false);
    }
  }
}
