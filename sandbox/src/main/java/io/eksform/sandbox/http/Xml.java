package io.eksform.sandbox.http;

import java.util.ArrayDeque;
import java.util.Deque;

/** A tiny streaming XML writer: elements, escaped text, nothing else. */
public final class Xml {
  private final StringBuilder out = new StringBuilder(512);
  private final Deque<String> open = new ArrayDeque<>();

  private Xml() {}

  /** Starts a document whose root element has the given namespace. */
  public static Xml document(String root, String namespace) {
    Xml xml = new Xml();
    xml.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.out.append('<').append(root).append(" xmlns=\"").append(escape(namespace)).append("\">");
    xml.open.push(root);
    return xml;
  }

  /** Opens a child element. */
  public Xml open(String name) {
    out.append('<').append(name).append('>');
    open.push(name);
    return this;
  }

  /** Closes the innermost open element. */
  public Xml close() {
    out.append("</").append(open.pop()).append('>');
    return this;
  }

  /** Writes {@code <name>text</name>}; skips the element when text is null. */
  public Xml leaf(String name, Object text) {
    if (text == null) {
      return this;
    }
    out.append('<').append(name).append('>');
    out.append(escape(String.valueOf(text)));
    out.append("</").append(name).append('>');
    return this;
  }

  /** Closes every open element and returns the text. */
  public String finish() {
    while (!open.isEmpty()) {
      close();
    }
    return out.toString();
  }

  /** Escapes text for element content and attribute values. */
  public static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep =
          switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&apos;";
            default -> null;
          };
      if (rep != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }
}
