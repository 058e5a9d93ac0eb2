package io.eksform.rego.builtins;

import java.util.Base64;

/**
 * One PEM block found in text, as Go's {@code pem.Decode} finds it: the first well-formed block,
 * with whatever follows the line of its END marker.
 */
record PemBlock(String type, byte[] bytes, String rest) {
  private static final String BEGIN = "-----BEGIN ";
  private static final String DASHES = "-----";

  /** The first well-formed block of {@code text}, or null when there is none. */
  static PemBlock first(String text) {
    int from = 0;
    while (true) {
      int begin = text.indexOf(BEGIN, from);
      if (begin < 0) {
        return null;
      }
      from = begin + BEGIN.length();
      if (begin > 0 && text.charAt(begin - 1) != '\n') {
        continue;
      }
      PemBlock b = at(text, begin);
      if (b != null) {
        return b;
      }
    }
  }

  private static PemBlock at(String text, int begin) {
    int lineEnd = text.indexOf('\n', begin);
    if (lineEnd < 0) {
      return null;
    }
    String typeLine = text.substring(begin + BEGIN.length(), lineEnd).stripTrailing();
    if (!typeLine.endsWith(DASHES)) {
      return null;
    }
    String type = typeLine.substring(0, typeLine.length() - DASHES.length());
    String end = "-----END " + type + DASHES;
    int endAt = text.indexOf(end, lineEnd);
    if (endAt < 0 || text.charAt(endAt - 1) != '\n') {
      return null;
    }
    String body = text.substring(lineEnd + 1, endAt - 1);
    if (body.contains(":")) {
      // RFC 1421 headers precede an empty line; the body is what follows it
      int blank = body.indexOf("\n\n");
      if (blank < 0) {
        return null;
      }
      body = body.substring(blank + 2);
    }
    int afterEnd = endAt + end.length();
    int nl = text.indexOf('\n', afterEnd);
    String tail = nl < 0 ? text.substring(afterEnd) : text.substring(afterEnd, nl);
    if (!tail.strip().isEmpty()) {
      return null;
    }
    String rest = nl < 0 ? "" : text.substring(nl + 1);
    try {
      return new PemBlock(type, Base64.getMimeDecoder().decode(body.replaceAll("\\s", "")), rest);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
