package io.eksform.engine.resource.addon;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders EKS add-on versions such as {@code v1.18.1-eksbuild.1}: by their numbers from left to
 * right, the build number last.
 */
final class AddonVersions {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private AddonVersions() {}

  /** True when {@code wanted} is a lower version than {@code live}. */
  static boolean older(String wanted, String live) {
    return compare(wanted, live) < 0;
  }

  static int compare(String a, String b) {
    List<Long> x = numbers(a);
    List<Long> y = numbers(b);
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      int c = Long.compare(x.get(i), y.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static List<Long> numbers(String version) {
    List<Long> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(version == null ? "" : version);
    while (m.find()) {
      String digits = m.group();
      out.add(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits));
    }
    return out;
  }
}
