package io.eksform.sandbox.kubernetes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Kubernetes' name rules (RFC 1123 labels and subdomains, qualified names, label values). */
final class Names {
  private static final String LABEL_FORMAT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String SUBDOMAIN_FORMAT = LABEL_FORMAT + "(\\." + LABEL_FORMAT + ")*";
  private static final String QUALIFIED_NAME_FORMAT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
  private static final String LABEL_VALUE_FORMAT = "(" + QUALIFIED_NAME_FORMAT + ")?";
  private static final Pattern LABEL = Pattern.compile(LABEL_FORMAT);
  private static final Pattern SUBDOMAIN = Pattern.compile(SUBDOMAIN_FORMAT);
  private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FORMAT);
  private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FORMAT);

  private Names() {}

  /** Problems with {@code value} as an RFC 1123 label (namespace names); empty when valid. */
  static List<String> dns1123Label(String value) {
    List<String> problems = new ArrayList<>();
    if (value.length() > 63) {
      problems.add(maxLength(63));
    }
    if (!LABEL.matcher(value).matches()) {
      problems.add(
          regexError(
              "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or"
                  + " '-', and must start and end with an alphanumeric character",
              LABEL_FORMAT,
              "my-name",
              "123-abc"));
    }
    return problems;
  }

  /** Problems with {@code value} as an RFC 1123 subdomain (service account names). */
  static List<String> dns1123Subdomain(String value) {
    List<String> problems = new ArrayList<>();
    if (value.length() > 253) {
      problems.add(maxLength(253));
    }
    if (!SUBDOMAIN.matcher(value).matches()) {
      problems.add(
          regexError(
              "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters,"
                  + " '-' or '.', and must start and end with an alphanumeric character",
              SUBDOMAIN_FORMAT,
              "example.com"));
    }
    return problems;
  }

  /** Problems with a label or annotation key: an optional subdomain prefix and a name part. */
  static List<String> qualifiedName(String value) {
    List<String> problems = new ArrayList<>();
    String name = value;
    int slash = value.indexOf('/');
    if (slash >= 0) {
      String prefix = value.substring(0, slash);
      name = value.substring(slash + 1);
      if (prefix.isEmpty()) {
        problems.add("prefix part must be non-empty");
      } else {
        for (String problem : dns1123Subdomain(prefix)) {
          problems.add("prefix part " + problem);
        }
      }
    }
    if (name.isEmpty()) {
      problems.add("name part must be non-empty");
    } else {
      if (name.length() > 63) {
        problems.add("name part " + maxLength(63));
      }
      if (!QUALIFIED_NAME.matcher(name).matches()) {
        problems.add(
            "name part "
                + regexError(
                    "must consist of alphanumeric characters, '-', '_' or '.', and must start and"
                        + " end with an alphanumeric character",
                    QUALIFIED_NAME_FORMAT,
                    "MyName",
                    "my.name",
                    "123-abc"));
      }
    }
    return problems;
  }

  /** Problems with a label value: at most 63 characters of a restricted alphabet. */
  static List<String> labelValue(String value) {
    List<String> problems = new ArrayList<>();
    if (value.length() > 63) {
      problems.add(maxLength(63));
    }
    if (!LABEL_VALUE.matcher(value).matches()) {
      problems.add(
          regexError(
              "a valid label must be an empty string or consist of alphanumeric characters, '-',"
                  + " '_' or '.', and must start and end with an alphanumeric character",
              LABEL_VALUE_FORMAT,
              "MyValue",
              "my_value",
              "12345"));
    }
    return problems;
  }

  private static String maxLength(int length) {
    return "must be no more than " + length + " characters";
  }

  /** Kubernetes' wording, double space before "or" included, so clients matching it still do. */
  private static String regexError(String message, String format, String... examples) {
    StringBuilder text = new StringBuilder(message).append(" (e.g. ");
    for (int i = 0; i < examples.length; i++) {
      if (i > 0) {
        text.append(" or ");
      }
      text.append('\'').append(examples[i]).append("', ");
    }
    return text.append("regex used for validation is '").append(format).append("')").toString();
  }
}
