package io.eksform.engine.report.lint;

import java.nio.charset.StandardCharsets;

/**
 * A file name as SARIF wants it: a URI reference with forward slashes and percent-escapes, relative
 * to {@code %SRCROOT%} unless the user named the file by an absolute path.
 */
record ArtifactUri(String uri, boolean relative) {

  static ArtifactUri of(String file) {
    String path = file.replace('\\', '/');
    boolean windowsDrive = path.length() > 1 && path.charAt(1) == ':';
    if (path.startsWith("/") || windowsDrive) {
      String absolute = windowsDrive ? "/" + path : path;
      return new ArtifactUri("file://" + escape(absolute, true), false);
    }
    while (path.startsWith("./")) {
      path = path.substring(2);
    }
    return new ArtifactUri(escape(path, false), true);
  }

  /**
   * Percent-escapes every byte that is not unreserved, a sub-delimiter, '@' or '/'; a ':' stays
   * only in absolute paths (a drive letter), since in a relative one it would read as a scheme.
   */
  private static String escape(String path, boolean keepColon) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~!$&'()*+,;=@/".indexOf(c) >= 0)) {
        out.append((char) c);
      } else if (c == ':' && keepColon) {
        out.append(':');
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
