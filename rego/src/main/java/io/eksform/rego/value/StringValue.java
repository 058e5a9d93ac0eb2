package io.eksform.rego.value;

/** A Rego string; strings order by Unicode code point (UTF-8 byte order), not by UTF-16 unit. */
public record StringValue(String value) implements Value {
  public StringValue {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static StringValue of(String value) {
    return new StringValue(value);
  }

  @Override
  public int typeRank() {
    return 3;
  }

  @Override
  public String typeName() {
    return "string";
  }

  @Override
  public int compareSameType(Value other) {
    return compareCodePoints(value, ((StringValue) other).value);
  }

  /** Compares by code point, which equals comparing the UTF-8 encodings byte by byte. */
  public static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  @Override
  public String toString() {
    return ValuePrinter.quote(value);
  }
}
