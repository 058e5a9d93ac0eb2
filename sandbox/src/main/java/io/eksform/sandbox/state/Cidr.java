package io.eksform.sandbox.state;

/** An IPv4 CIDR block as a first address and a prefix length, for containment and overlap. */
public record Cidr(long first, int prefix) {

  /** Parses {@code a.b.c.d/n}; null when the text is not an IPv4 CIDR block. */
  public static Cidr parse(String text) {
    String[] parts = text.split("/", -1);
    if (parts.length != 2) {
      return null;
    }
    String[] octets = parts[0].split("\\.", -1);
    if (octets.length != 4) {
      return null;
    }
    try {
      long address = 0;
      for (String octet : octets) {
        int value = Integer.parseInt(octet);
        if (value < 0 || value > 255) {
          return null;
        }
        address = address * 256 + value;
      }
      int prefix = Integer.parseInt(parts[1]);
      if (prefix < 0 || prefix > 32) {
        return null;
      }
      long size = 1L << (32 - prefix);
      return new Cidr(address - address % size, prefix);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The number of addresses in the block. */
  public long size() {
    return 1L << (32 - prefix);
  }

  /** Whether the other block lies within this one. */
  public boolean contains(Cidr other) {
    return other.first >= first && other.first + other.size() <= first + size();
  }

  /** Whether the two blocks share an address. */
  public boolean overlaps(Cidr other) {
    return first < other.first + other.size() && other.first < first + size();
  }
}
