package io.eksform.engine.config;

import java.util.ArrayList;
import java.util.List;

/** Builds and splits RFC 6901 JSON Pointers ({@code /fargateProfiles/0/selectors}). */
public final class JsonPointers {
  private JsonPointers() {}

  /** Appends one reference token, escaping {@code ~} and {@code /}. */
  public static String child(String pointer, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return pointer + "/" + token;
    }
    return pointer + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** The pointer one level up; the root's parent is the root. */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The unescaped reference tokens of a pointer. */
  public static List<String> tokens(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    boolean escaped = pointer.indexOf('~') >= 0;
    int start = 1;
    while (true) {
      int slash = pointer.indexOf('/', start);
      String raw = slash < 0 ? pointer.substring(start) : pointer.substring(start, slash);
      out.add(escaped ? raw.replace("~1", "/").replace("~0", "~") : raw);
      if (slash < 0) {
        return out;
      }
      start = slash + 1;
    }
  }

  /** The last reference token, or "" for the root. */
  public static String last(String pointer) {
    List<String> t = tokens(pointer);
    return t.isEmpty() ? "" : t.get(t.size() - 1);
  }

  /** A readable path such as {@code fargateProfiles[0].selectors}, for messages. */
  public static String toPath(String pointer) {
    StringBuilder out = new StringBuilder();
    for (String token : tokens(pointer)) {
      if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
        out.append('[').append(token).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(token);
      }
    }
    return out.length() == 0 ? "(document)" : out.toString();
  }
}
