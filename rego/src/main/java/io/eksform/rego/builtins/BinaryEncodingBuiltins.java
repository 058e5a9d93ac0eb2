package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.str;
import static io.eksform.rego.builtins.Operands.string;

import io.eksform.rego.value.BooleanValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * {@code base64.*}, {@code base64url.*} and {@code hex.*}. Decoded bytes become a string; bytes
 * that are not UTF-8 turn into U+FFFD.
 */
final class BinaryEncodingBuiltins {
  private static final String STD =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private BinaryEncodingBuiltins() {}

  static void register(BuiltinRegistry r) {
    r.add(
        "base64.encode",
        1,
        (c, a) -> str(Base64.getEncoder().encodeToString(bytes(string("base64.encode", a, 1)))));
    r.add(
        "base64.decode",
        1,
        (c, a) -> text(decode("base64.decode", string("base64.decode", a, 1), STD)));
    r.add("base64.is_valid", 1, BinaryEncodingBuiltins::isValid);
    r.add(
        "base64url.encode",
        1,
        (c, a) ->
            str(Base64.getUrlEncoder().encodeToString(bytes(string("base64url.encode", a, 1)))));
    r.add(
        "base64url.encode_no_pad",
        1,
        (c, a) ->
            str(
                Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(bytes(string("base64url.encode_no_pad", a, 1)))));
    r.add("base64url.decode", 1, BinaryEncodingBuiltins::urlDecode);
    r.add("hex.encode", 1, BinaryEncodingBuiltins::hexEncode);
    r.add("hex.decode", 1, BinaryEncodingBuiltins::hexDecode);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Value text(byte[] b) {
    return str(new String(b, StandardCharsets.UTF_8));
  }

  private static Value isValid(BuiltinContext c, List<Value> a) {
    if (!(a.get(0) instanceof StringValue s)) {
      return BooleanValue.FALSE;
    }
    try {
      decode("base64.is_valid", s.value(), STD);
      return BooleanValue.TRUE;
    } catch (BuiltinException e) {
      return BooleanValue.FALSE;
    }
  }

  private static Value urlDecode(BuiltinContext c, List<Value> a) throws BuiltinException {
    return text(urlBytes(string("base64url.decode", a, 1)));
  }

  /** The bytes of standard base64 text, with {@code base64.decode}'s errors. */
  static byte[] stdBytes(String s) throws BuiltinException {
    return decode("base64.decode", s, STD);
  }

  /** The bytes of base64url text, padded or not, with {@code base64url.decode}'s errors. */
  static byte[] urlBytes(String s) throws BuiltinException {
    if (!s.endsWith("=")) {
      switch (s.length() % 4) {
        case 0 -> {}
        case 2 -> s += "==";
        case 3 -> s += "=";
        default ->
            throw BuiltinException.builtin("base64url.decode", "illegal base64url string: " + s);
      }
    }
    return decode("base64url.decode", s, URL);
  }

  /**
   * Decodes padded base64 as Go's {@code DecodeString} does: line breaks are skipped, anything else
   * outside the alphabet, or a missing padding, is an error at that byte.
   */
  static byte[] decode(String name, String s, String alphabet) throws BuiltinException {
    byte[] in = bytes(s);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int[] quantum = new int[4];
    int n = 0;
    int i = 0;
    while (i < in.length) {
      int b = in[i] & 0xff;
      if (b == '\r' || b == '\n') {
        i++;
        continue;
      }
      if (b == '=') {
        if (n < 2) {
          throw illegal(name, i);
        }
        int need = 4 - n;
        int j = i;
        int seen = 0;
        while (j < in.length && seen < need) {
          int d = in[j] & 0xff;
          if (d == '\r' || d == '\n') {
            j++;
            continue;
          }
          if (d != '=') {
            throw illegal(name, j);
          }
          seen++;
          j++;
        }
        if (seen < need) {
          throw illegal(name, in.length);
        }
        while (j < in.length && (in[j] == '\r' || in[j] == '\n')) {
          j++;
        }
        if (j < in.length) {
          throw illegal(name, j);
        }
        flush(out, quantum, n);
        return out.toByteArray();
      }
      int idx = b < 128 ? alphabet.indexOf(b) : -1;
      if (idx < 0) {
        throw illegal(name, i);
      }
      quantum[n++] = idx;
      if (n == 4) {
        flush(out, quantum, 4);
        n = 0;
      }
      i++;
    }
    if (n != 0) {
      throw illegal(name, in.length - n);
    }
    return out.toByteArray();
  }

  private static void flush(java.io.ByteArrayOutputStream out, int[] q, int n) {
    int bits = (q[0] << 18) | (q[1] << 12) | (n > 2 ? q[2] << 6 : 0) | (n > 3 ? q[3] : 0);
    out.write(bits >> 16);
    if (n > 2) {
      out.write((bits >> 8) & 0xff);
    }
    if (n > 3) {
      out.write(bits & 0xff);
    }
  }

  private static BuiltinException illegal(String name, int at) {
    return BuiltinException.builtin(name, "illegal base64 data at input byte " + at);
  }

  private static Value hexEncode(BuiltinContext c, List<Value> a) throws BuiltinException {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes(string("hex.encode", a, 1))) {
      out.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
    }
    return str(out.toString());
  }

  private static Value hexDecode(BuiltinContext c, List<Value> a) throws BuiltinException {
    String s = string("hex.decode", a, 1);
    byte[] in = bytes(s);
    byte[] out = new byte[in.length / 2];
    for (int i = 0; i + 1 < in.length; i += 2) {
      int hi = hexDigit(in[i]);
      int lo = hexDigit(in[i + 1]);
      if (hi < 0) {
        throw invalidByte(in[i]);
      }
      if (lo < 0) {
        throw invalidByte(in[i + 1]);
      }
      out[i / 2] = (byte) ((hi << 4) | lo);
    }
    if (in.length % 2 == 1) {
      if (hexDigit(in[in.length - 1]) < 0) {
        throw invalidByte(in[in.length - 1]);
      }
      throw BuiltinException.builtin("hex.decode", "encoding/hex: odd length hex string");
    }
    return text(out);
  }

  private static int hexDigit(byte b) {
    return b >= 0 ? Character.digit(b, 16) : -1;
  }

  private static BuiltinException invalidByte(byte b) {
    int v = b & 0xff;
    String shown = v >= 0x20 && v < 0x7f ? " '" + (char) v + "'" : "";
    return BuiltinException.builtin(
        "hex.decode", String.format("encoding/hex: invalid byte: U+%04X%s", v, shown));
  }
}
