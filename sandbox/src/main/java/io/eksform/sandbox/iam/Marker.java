package io.eksform.sandbox.iam;

import io.eksform.sandbox.http.FormParams;
import io.eksform.sandbox.http.Xml;
import java.util.List;

/** IAM pagination: {@code MaxItems} 1..1000 (default 100), {@code Marker}, {@code IsTruncated}. */
final class Marker {
  private Marker() {}

  /** A page of items; {@code next} is the marker of the following page, or null. */
  record Page<T>(List<T> items, String next) {
    void writeTruncation(Xml xml) {
      xml.leaf("IsTruncated", next != null);
      if (next != null) {
        xml.leaf("Marker", next);
      }
    }
  }

  static <T> Page<T> page(List<T> all, FormParams form) {
    int max = 100;
    String maxText = form.get("MaxItems", null);
    if (maxText != null) {
      try {
        max = Integer.parseInt(maxText);
      } catch (NumberFormatException e) {
        max = 0;
      }
      if (max < 1 || max > 1000) {
        throw IamErrors.validation("maxItems", "Member must have value between 1 and 1000");
      }
    }
    int from = 0;
    String marker = form.get("Marker", null);
    if (marker != null && !marker.isEmpty()) {
      try {
        from = Integer.parseInt(marker.substring(marker.indexOf('-') + 1));
      } catch (NumberFormatException | IndexOutOfBoundsException e) {
        throw IamErrors.invalidInput("Invalid Marker " + marker);
      }
    }
    from = Math.min(from, all.size());
    int to = Math.min(all.size(), from + max);
    return new Page<>(List.copyOf(all.subList(from, to)), to < all.size() ? "m-" + to : null);
  }
}
