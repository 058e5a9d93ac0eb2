package io.eksform.sandbox;

import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/** The shape of an SDK response: the dotted paths of every member that is present. */
final class Shapes {
  private Shapes() {}

  static TreeSet<String> of(SdkPojo pojo) {
    TreeSet<String> out = new TreeSet<>();
    walk(pojo, "", out);
    return out;
  }

  private static void walk(SdkPojo pojo, String prefix, TreeSet<String> out) {
    for (SdkField<?> field : pojo.sdkFields()) {
      Object value = field.getValueOrDefault(pojo);
      if (value == null
          || value instanceof SdkAutoConstructList
          || value instanceof SdkAutoConstructMap) {
        continue;
      }
      String path = prefix + field.memberName();
      out.add(path);
      if (value instanceof SdkPojo nested) {
        walk(nested, path + ".", out);
      } else if (value instanceof Collection<?> list && !list.isEmpty()) {
        Object first = list.iterator().next();
        if (first instanceof SdkPojo nested) {
          walk(nested, path + "[].", out);
        }
      } else if (value instanceof Map<?, ?> map && !map.isEmpty()) {
        Object first = map.values().iterator().next();
        if (first instanceof SdkPojo nested) {
          walk(nested, path + "{}.", out);
        }
      }
    }
  }
}
