package io.eksform.engine.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule ids eksform reports by itself (YAML, file, config and schema checks), with their titles
 * and documentation pages; the loader reports under these ids and renderers describe them.
 */
public final class Rules {
  /** Where the rule pages live; a rule's page is this base plus its id plus {@code .md}. */
  public static final String DOCS_BASE = "https://github.com/eksform/eksform/blob/main/docs/rules/";

  public static final String YAML_SYNTAX = "yaml/syntax";
  public static final String YAML_DUPLICATE_KEY = "yaml/duplicate-key";
  public static final String YAML_ALIAS_LIMIT = "yaml/alias-limit";
  public static final String FILE_BINARY = "file/binary";
  public static final String FILE_ENCODING = "file/encoding";
  public static final String FILE_TOO_LARGE = "file/too-large";
  public static final String FILE_EMPTY = "file/empty";
  public static final String FILE_UNREADABLE = "file/unreadable";
  public static final String CONFIG_API_VERSION = "config/api-version";
  public static final String CONFIG_KIND = "config/kind";
  public static final String CONFIG_NOT_CLUSTER_CONFIG = "config/not-cluster-config";
  public static final String CONFIG_UNEXPANDED_VARIABLE = "config/unexpanded-variable";
  public static final String CONFIG_UNSET_VARIABLE = "config/unset-variable";
  public static final String SCHEMA_UNKNOWN_FIELD = "schema/unknown-field";
  public static final String SCHEMA_TYPE = "schema/type";
  public static final String SCHEMA_REQUIRED = "schema/required";
  public static final String SCHEMA_ENUM = "schema/enum";
  public static final String SCHEMA_PATTERN = "schema/pattern";
  public static final String SCHEMA_FORMAT = "schema/format";
  public static final String SCHEMA_CONSTRAINT = "schema/constraint";
  public static final String SCHEMA_RANGE = "schema/range";
  public static final String INPUT_NO_CONFIGS = "input/no-configs";
  public static final String INPUT_SKIPPED = "input/skipped";

  private static final RuleCatalog BUILT_IN = RuleCatalog.of(definitions());

  private Rules() {}

  /** The catalogue of every rule above. */
  public static RuleCatalog builtIn() {
    return BUILT_IN;
  }

  /** The documentation page of a rule id. */
  public static String helpUri(String ruleId) {
    return DOCS_BASE + ruleId + ".md";
  }

  private static List<Rule> definitions() {
    List<Rule> r = new ArrayList<>();
    Severity e = Severity.ERROR;
    add(r, YAML_SYNTAX, "YAML syntax error", "The file is not well-formed YAML or JSON.", e);
    add(
        r,
        YAML_DUPLICATE_KEY,
        "Duplicate key",
        "A mapping repeats a key; YAML forbids it and tools disagree about which value wins.",
        e);
    add(
        r,
        YAML_ALIAS_LIMIT,
        "Too many YAML aliases",
        "The document uses more aliases, or expands them further, than eksform allows; such"
            + " documents can exhaust memory.",
        e);
    add(r, FILE_BINARY, "Binary file", "The file holds binary data, not YAML or JSON text.", e);
    add(r, FILE_ENCODING, "Not UTF-8", "The file is not valid UTF-8 text.", e);
    add(r, FILE_TOO_LARGE, "File too large", "The file is larger than the configured limit.", e);
    add(r, FILE_EMPTY, "Empty file", "The file holds no YAML document.", e);
    add(r, FILE_UNREADABLE, "Unreadable file", "The file could not be read.", e);
    add(
        r,
        CONFIG_API_VERSION,
        "Unsupported apiVersion",
        "An eksctl.io document names an apiVersion other than eksctl.io/v1alpha5.",
        e);
    add(
        r,
        CONFIG_KIND,
        "Wrong kind",
        "An eksctl.io/v1alpha5 document names a kind other than ClusterConfig.",
        e);
    add(
        r,
        CONFIG_NOT_CLUSTER_CONFIG,
        "Not a ClusterConfig",
        "The document belongs to another tool (for example a Kubernetes manifest) and was skipped.",
        Severity.INFO);
    add(
        r,
        CONFIG_UNEXPANDED_VARIABLE,
        "Unexpanded variable",
        "A value still contains a ${VAR} reference; run with --expand-env to expand it.",
        e);
    add(
        r,
        CONFIG_UNSET_VARIABLE,
        "Unset variable",
        "A ${VAR} reference names an environment variable that is not set.",
        e);
    add(
        r,
        SCHEMA_UNKNOWN_FIELD,
        "Unknown field",
        "The field is not part of the eksctl.io/v1alpha5 ClusterConfig format.",
        e);
    add(r, SCHEMA_TYPE, "Wrong type", "The value has a different type than the field takes.", e);
    add(r, SCHEMA_REQUIRED, "Missing field", "A required field is absent.", e);
    add(r, SCHEMA_ENUM, "Value not allowed", "The value is not one of those the field accepts.", e);
    add(
        r,
        SCHEMA_PATTERN,
        "Value does not match its pattern",
        "The value does not have the form the field requires.",
        e);
    add(r, SCHEMA_FORMAT, "Wrong format", "The value is not in the format the field takes.", e);
    add(
        r,
        SCHEMA_CONSTRAINT,
        "Constraint violated",
        "The value breaks a constraint of the schema (a length, a range, a count, a combination).",
        e);
    add(
        r,
        SCHEMA_RANGE,
        "Number out of range",
        "The number is larger (or smaller) than the field, AWS or eksform can carry: counts are"
            + " 32-bit, and a number's exponent is bounded.",
        e);
    add(
        r,
        INPUT_NO_CONFIGS,
        "No ClusterConfig found",
        "The inputs hold no eksctl ClusterConfig document to check.",
        e);
    add(
        r,
        INPUT_SKIPPED,
        "File left alone",
        "A folder holds an entry eksform does not read: a link that leads outside the folder, or"
            + " something that is not a regular file (a FIFO, a device, a socket).",
        Severity.INFO);
    return r;
  }

  private static void add(
      List<Rule> rules, String id, String title, String description, Severity severity) {
    rules.add(new Rule(id, title, description, severity, helpUri(id)));
  }
}
