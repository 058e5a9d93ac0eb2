package io.eksform.sandbox.ec2;

import io.eksform.sandbox.http.AwsError;
import io.eksform.sandbox.http.FormParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One EC2 Describe filter: a name and values, with {@code *} and {@code ?} wildcards. */
record Filter(String name, List<Pattern> values) {

  static List<Filter> parse(FormParams form, Set<String> known) {
    List<Filter> out = new ArrayList<>();
    int n = form.count("Filter", "Name");
    for (int i = 1; i <= n; i++) {
      String name = form.get("Filter." + i + ".Name", "");
      if (!known.contains(name) && !name.startsWith("tag:")) {
        throw new AwsError("InvalidParameterValue", 400, "The filter '" + name + "' is invalid");
      }
      List<Pattern> patterns = new ArrayList<>();
      for (String v : form.list("Filter." + i + ".Value")) {
        patterns.add(glob(v));
      }
      out.add(new Filter(name, patterns));
    }
    return out;
  }

  private static Pattern glob(String value) {
    StringBuilder re = new StringBuilder();
    for (char c : value.toCharArray()) {
      if (c == '*') {
        re.append(".*");
      } else if (c == '?') {
        re.append('.');
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }

  /** Whether any of the resource's values for this filter matches any filter value. */
  boolean matches(Map<String, List<String>> attributes, Map<String, String> tags) {
    List<String> actual;
    if (name.startsWith("tag:")) {
      String v = tags.get(name.substring(4));
      actual = v == null ? List.of() : List.of(v);
    } else if (name.equals("tag-key")) {
      actual = List.copyOf(tags.keySet());
    } else {
      actual = attributes.getOrDefault(name, List.of());
    }
    for (String a : actual) {
      for (Pattern p : values) {
        if (p.matcher(a).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean all(
      List<Filter> filters, Map<String, List<String>> attributes, Map<String, String> tags) {
    for (Filter f : filters) {
      if (!f.matches(attributes, tags)) {
        return false;
      }
    }
    return true;
  }
}
