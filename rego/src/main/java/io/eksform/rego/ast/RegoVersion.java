package io.eksform.rego.ast;

import java.util.Locale;
import java.util.Set;

/**
 * The Rego syntax a module is read with: {@code V1} (OPA 1.x, the default) or the legacy {@code V0}
 * (OPA's {@code --v0-compatible}), where keywords are reserved only once imported.
 */
public enum RegoVersion {
  V0,
  V1;

  /** Keywords reserved in every module, whatever its version and imports. */
  public static final Set<String> BASE_KEYWORDS =
      Set.of("package", "import", "as", "default", "else", "some", "not", "with");

  /** Keywords a v0 module reserves only through {@code import future.keywords...}. */
  public static final Set<String> FUTURE_KEYWORDS = Set.of("if", "contains", "in", "every");

  /** Parses {@code v0} or {@code v1} (case-insensitive), or returns null for anything else. */
  public static RegoVersion parse(String text) {
    if (text == null) {
      return null;
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "v0", "0" -> V0;
      case "v1", "1" -> V1;
      default -> null;
    };
  }

  /** The form users write: {@code v0} or {@code v1}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
