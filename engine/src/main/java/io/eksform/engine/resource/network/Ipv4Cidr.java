package io.eksform.engine.resource.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An IPv4 block such as {@code 192.168.0.0/16}: its first address and prefix length. */
record Ipv4Cidr(long base, int prefix) {
  Ipv4Cidr {
    if (prefix < 0 || prefix > 32) {
      throw new IllegalArgumentException("prefix " + prefix);
    }
    base = base & mask(prefix);
  }

  /** The block written as {@code a.b.c.d/n}; empty when the text is not one. */
  static Optional<Ipv4Cidr> parse(String text) {
    String[] parts = text.trim().split("/", -1);
    if (parts.length != 2 || !parts[1].matches("\\d{1,2}")) {
      return Optional.empty();
    }
    String[] octets = parts[0].split("\\.", -1);
    if (octets.length != 4) {
      return Optional.empty();
    }
    long ip = 0;
    for (String o : octets) {
      if (!o.matches("\\d{1,3}") || Integer.parseInt(o) > 255) {
        return Optional.empty();
      }
      ip = (ip << 8) | Integer.parseInt(o);
    }
    int prefix = Integer.parseInt(parts[1]);
    if (prefix > 32 || (ip & ~mask(prefix) & 0xFFFFFFFFL) != 0) {
      return Optional.empty();
    }
    return Optional.of(new Ipv4Cidr(ip, prefix));
  }

  /** How many addresses the block holds. */
  long size() {
    return 1L << (32 - prefix);
  }

  /**
   * The block cut into {@code 2^bits} equal blocks, in address order: {@code bits} more bits of
   * prefix each.
   */
  List<Ipv4Cidr> split(int bits) {
    List<Ipv4Cidr> out = new ArrayList<>();
    int p = prefix + bits;
    for (long i = 0; i < (1L << bits); i++) {
      out.add(new Ipv4Cidr(base + (i << (32 - p)), p));
    }
    return out;
  }

  boolean contains(Ipv4Cidr other) {
    return other.prefix >= prefix && (other.base & mask(prefix)) == base;
  }

  boolean overlaps(Ipv4Cidr other) {
    return contains(other) || other.contains(this);
  }

  private static long mask(int prefix) {
    return prefix == 0 ? 0 : (0xFFFFFFFFL << (32 - prefix)) & 0xFFFFFFFFL;
  }

  @Override
  public String toString() {
    return ((base >> 24) & 255)
        + "."
        + ((base >> 16) & 255)
        + "."
        + ((base >> 8) & 255)
        + "."
        + (base & 255)
        + "/"
        + prefix;
  }
}
