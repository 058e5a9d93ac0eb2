package io.eksform.sandbox.kubernetes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A reader of the protocol buffers wire format: varints and length-delimited fields. */
final class ProtoReader {
  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] data;
  private int position;
  private int wireType;

  ProtoReader(byte[] data) {
    this.data = data;
  }

  boolean hasMore() {
    return position < data.length;
  }

  /** Reads the next field's key and returns its field number; the wire type is kept for skip. */
  int field() throws ApiException {
    long key = varint();
    wireType = (int) (key & 7);
    return (int) (key >>> 3);
  }

  long varint() throws ApiException {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (position >= data.length) {
        throw malformed();
      }
      byte b = data[position++];
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw malformed();
  }

  byte[] bytes() throws ApiException {
    long length = varint();
    if (length < 0 || length > data.length - position) {
      throw malformed();
    }
    byte[] value = Arrays.copyOfRange(data, position, position + (int) length);
    position += (int) length;
    return value;
  }

  String string() throws ApiException {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  /** Skips the value of the field just read. */
  void skip() throws ApiException {
    switch (wireType) {
      case VARINT:
        varint();
        break;
      case FIXED64:
        advance(8);
        break;
      case LENGTH_DELIMITED:
        bytes();
        break;
      case FIXED32:
        advance(4);
        break;
      default:
        throw malformed();
    }
  }

  private void advance(int count) throws ApiException {
    if (count > data.length - position) {
      throw malformed();
    }
    position += count;
  }

  private static ApiException malformed() {
    return ApiException.badRequest("the request body is not a valid protobuf message");
  }
}
