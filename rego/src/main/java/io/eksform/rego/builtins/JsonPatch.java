package io.eksform.rego.builtins;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.SetValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * JSON Patch (RFC 6902) over immutable values. Any failure (bad operation, missing path, failed
 * test) makes the whole patch undefined, as in OPA.
 */
final class JsonPatch {
  private static final Set<String> OPS = Set.of("add", "remove", "replace", "move", "copy", "test");

  /** A failed operation; the builtin turns it into "undefined". */
  private static final class Failed extends Exception {
    private static final long serialVersionUID = 1L;

    Failed() {
      super(null, null, false, false);
    }
  }

  private JsonPatch() {}

  /** The patched document, or null when any operation fails. */
  static Value apply(Value doc, ArrayValue ops) {
    try {
      Value current = doc;
      for (Value op : ops.elements()) {
        current = step(current, op);
      }
      return current;
    } catch (Failed e) {
      return null;
    }
  }

  private static Value attr(ObjectValue op, String name) throws Failed {
    Value v = op.get(name);
    if (v == null) {
      throw new Failed();
    }
    return v;
  }

  private static List<Value> path(Value v) throws Failed {
    List<Value> p = JsonPaths.parse(v);
    if (p == null) {
      throw new Failed();
    }
    return p;
  }

  private static Value step(Value doc, Value opValue) throws Failed {
    if (!(opValue instanceof ObjectValue op) || !(attr(op, "op") instanceof StringValue kind)) {
      throw new Failed();
    }
    String name = kind.value();
    if (!OPS.contains(name)) {
      throw new Failed();
    }
    List<Value> path = path(attr(op, "path"));
    switch (name) {
      case "add" -> {
        return insert(doc, path, 0, attr(op, "value"));
      }
      case "remove" -> {
        return delete(doc, path, 0);
      }
      case "replace" -> {
        Value value = attr(op, "value");
        return path.isEmpty() ? value : insert(delete(doc, path, 0), path, 0, value);
      }
      case "move" -> {
        List<Value> from = path(attr(op, "from"));
        Value chunk = get(doc, from);
        return insert(delete(doc, from, 0), path, 0, chunk);
      }
      case "copy" -> {
        List<Value> from = path(attr(op, "from"));
        return insert(doc, path, 0, get(doc, from));
      }
      default -> {
        Value value = attr(op, "value");
        if (!get(doc, path).equals(value)) {
          throw new Failed();
        }
        return doc;
      }
    }
  }

  /** An array index segment: a number, or digits without leading zeros. */
  private static int index(Value seg, int size, boolean forInsert) throws Failed {
    int i;
    if (seg instanceof NumberValue n && n.intValue().isPresent()) {
      i = n.intValue().getAsInt();
    } else if (seg instanceof StringValue s) {
      String t = s.value();
      if (forInsert && t.equals("-")) {
        return size;
      }
      if (t.isEmpty()
          || !t.chars().allMatch(Character::isDigit)
          || (t.length() > 1 && t.charAt(0) == '0')
          || t.length() > 9) {
        throw new Failed();
      }
      i = Integer.parseInt(t);
    } else {
      throw new Failed();
    }
    if (i < 0 || i > size || (!forInsert && i == size)) {
      throw new Failed();
    }
    return i;
  }

  private static Value get(Value doc, List<Value> path) throws Failed {
    Value current = doc;
    for (Value seg : path) {
      if (current instanceof ObjectValue o) {
        current = o.get(seg);
      } else if (current instanceof ArrayValue a) {
        current = a.get(index(seg, a.size(), false));
      } else if (current instanceof SetValue s) {
        current = s.contains(seg) ? seg : null;
      } else {
        current = null;
      }
      if (current == null) {
        throw new Failed();
      }
    }
    return current;
  }

  private static Value insert(Value doc, List<Value> path, int at, Value value) throws Failed {
    if (at == path.size()) {
      return value;
    }
    Value seg = path.get(at);
    boolean last = at == path.size() - 1;
    if (doc instanceof ObjectValue o) {
      Value child = o.get(seg);
      if (!last && child == null) {
        throw new Failed();
      }
      TreeMap<Value, Value> out = new TreeMap<>(o.entries());
      out.put(seg, last ? value : insert(child, path, at + 1, value));
      return ObjectValue.wrap(out);
    }
    if (doc instanceof ArrayValue a) {
      List<Value> out = new ArrayList<>(a.elements());
      if (last) {
        out.add(index(seg, a.size(), true), value);
      } else {
        int i = index(seg, a.size(), false);
        out.set(i, insert(a.get(i), path, at + 1, value));
      }
      return new ArrayValue(out);
    }
    if (doc instanceof SetValue s) {
      TreeSet<Value> out = new TreeSet<>(s.elements());
      if (last) {
        if (!seg.equals(value)) {
          throw new Failed();
        }
        out.add(value);
      } else {
        if (!out.remove(seg)) {
          throw new Failed();
        }
        out.add(insert(seg, path, at + 1, value));
      }
      return SetValue.wrap(out);
    }
    throw new Failed();
  }

  private static Value delete(Value doc, List<Value> path, int at) throws Failed {
    if (path.isEmpty()) {
      throw new Failed();
    }
    Value seg = path.get(at);
    boolean last = at == path.size() - 1;
    if (doc instanceof ObjectValue o) {
      Value child = o.get(seg);
      if (child == null) {
        throw new Failed();
      }
      TreeMap<Value, Value> out = new TreeMap<>(o.entries());
      if (last) {
        out.remove(seg);
      } else {
        out.put(seg, delete(child, path, at + 1));
      }
      return ObjectValue.wrap(out);
    }
    if (doc instanceof ArrayValue a) {
      int i = index(seg, a.size(), false);
      List<Value> out = new ArrayList<>(a.elements());
      if (last) {
        out.remove(i);
      } else {
        out.set(i, delete(a.get(i), path, at + 1));
      }
      return new ArrayValue(out);
    }
    if (doc instanceof SetValue s && s.contains(seg)) {
      TreeSet<Value> out = new TreeSet<>(s.elements());
      out.remove(seg);
      if (!last) {
        out.add(delete(seg, path, at + 1));
      }
      return SetValue.wrap(out);
    }
    throw new Failed();
  }
}
