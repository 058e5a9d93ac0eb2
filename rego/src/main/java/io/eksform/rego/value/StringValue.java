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

  /**
   * Compares by code point, which equals comparing the UTF-8 encodings byte by byte. UTF-16 code
   * unit order agrees with it except between surrogates and the units E000-FFFF, so only there the
   * two units are moved into code point order (surrogates last).
   */
  public static int compareCodePoints(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return inCodePointOrder(x) - inCodePointOrder(y);
      }
    }
    return a.length() - b.length();
  }

  private static int inCodePointOrder(char c) {
    if (c < 0xD800) {
      return c;
    }
    return c < 0xE000 ? c + 0x2000 : c - 0x800;
  }

  @Override
  public String toString() {
    return ValuePrinter.quote(value);
  }
}
