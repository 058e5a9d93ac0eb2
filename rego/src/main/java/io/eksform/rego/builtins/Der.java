package io.eksform.rego.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal DER reader and writer: the few ASN.1 structures certificates and keys need. */
record Der(int tag, byte[] content, byte[] encoded) {
  static final int INTEGER = 0x02;
  static final int BIT_STRING = 0x03;
  static final int OCTET_STRING = 0x04;
  static final int NULL = 0x05;
  static final int OID = 0x06;
  static final int SEQUENCE = 0x30;

  /** Malformed DER. */
  static final class DerException extends Exception {
    private static final long serialVersionUID = 1L;

    DerException(String message) {
      super(message, null, false, false);
    }
  }

  /** The one element {@code b} holds, which must fill it. */
  static Der parse(byte[] b) throws DerException {
    List<Der> all = sequence(b);
    if (all.size() != 1) {
      throw new DerException("trailing data");
    }
    return all.get(0);
  }

  /** The elements one after another in {@code b}. */
  static List<Der> sequence(byte[] b) throws DerException {
    List<Der> out = new ArrayList<>();
    int i = 0;
    while (i < b.length) {
      int start = i;
      if (b.length - i < 2) {
        throw new DerException("data truncated");
      }
      int tag = b[i++] & 0xff;
      if ((tag & 0x1f) == 0x1f) {
        throw new DerException("high-tag-number form not supported");
      }
      int len = b[i++] & 0xff;
      if (len >= 0x80) {
        int n = len & 0x7f;
        if (n == 0 || n > 4 || b.length - i < n) {
          throw new DerException("invalid length");
        }
        len = 0;
        for (int k = 0; k < n; k++) {
          len = (len << 8) | (b[i++] & 0xff);
        }
        if (len < 0) {
          throw new DerException("invalid length");
        }
      }
      if (b.length - i < len) {
        throw new DerException("data truncated");
      }
      out.add(
          new Der(tag, Arrays.copyOfRange(b, i, i + len), Arrays.copyOfRange(b, start, i + len)));
      i += len;
    }
    return out;
  }

  /** The children of a constructed element. */
  List<Der> children() throws DerException {
    return sequence(content);
  }

  /** An OBJECT IDENTIFIER's arcs. */
  List<Long> oid() {
    List<Long> arcs = new ArrayList<>();
    long v = 0;
    for (int i = 0; i < content.length; i++) {
      v = (v << 7) | (content[i] & 0x7f);
      if ((content[i] & 0x80) == 0) {
        if (arcs.isEmpty()) {
          long first = v < 80 ? v / 40 : 2;
          arcs.add(first);
          arcs.add(v - first * 40);
        } else {
          arcs.add(v);
        }
        v = 0;
      }
    }
    return arcs;
  }

  /** The dotted form of an OBJECT IDENTIFIER. */
  String oidString() {
    StringBuilder s = new StringBuilder();
    for (long arc : oid()) {
      s.append(s.length() == 0 ? "" : ".").append(arc);
    }
    return s.toString();
  }

  /** The text of one of ASN.1's string types. */
  String text() {
    return switch (tag) {
      case 0x1e -> new String(content, StandardCharsets.UTF_16BE);
      case 0x1c -> new String(content, java.nio.charset.Charset.forName("UTF-32BE"));
      case 0x14 -> new String(content, StandardCharsets.ISO_8859_1);
      default -> new String(content, StandardCharsets.UTF_8);
    };
  }

  /** One element with the given tag and content. */
  static byte[] encode(int tag, byte[]... parts) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      body.writeBytes(p);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int len = body.size();
    if (len < 0x80) {
      out.write(len);
    } else {
      int n = len > 0xffffff ? 4 : len > 0xffff ? 3 : len > 0xff ? 2 : 1;
      out.write(0x80 | n);
      for (int k = n - 1; k >= 0; k--) {
        out.write(len >> (8 * k));
      }
    }
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }
}
