package io.eksform.engine.validate;

import io.eksform.engine.config.ConfigDocument;
import io.eksform.engine.lint.Diagnostic;
import io.eksform.engine.schema.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One finding for a mistyped region: the rule set's {@code metadata/region-unknown}, with the
 * closest AWS region as its hint, and not the schema's pattern finding about the same value beside
 * it, which would say the same thing less usefully.
 */
final class RegionTypos {
  static final String UNKNOWN = "metadata/region-unknown";
  private static final String POINTER = "/metadata/region";
  private static final List<String> REGIONS = regions();

  private RegionTypos() {}

  /** Rewrites {@code findings} of the documents {@code configs} in place. */
  static void merge(List<Diagnostic> findings, List<ConfigDocument> configs) {
    for (int i = 0; i < findings.size(); i++) {
      Diagnostic d = findings.get(i);
      if (!d.ruleId().equals(UNKNOWN) || !d.location().pointer().equals(POINTER)) {
        continue;
      }
      int line = d.location().line();
      findings.removeIf(
          other ->
              other.ruleId().equals("schema/pattern")
                  && other.location().pointer().equals(POINTER)
                  && other.location().line() == line);
      int at = findings.indexOf(d);
      closest(configs, line).ifPresent(region -> findings.set(at, d.withHint(hint(region))));
      i = at;
    }
  }

  private static String hint(String region) {
    return "did you mean '" + region + "'?";
  }

  private static Optional<String> closest(List<ConfigDocument> configs, int line) {
    for (ConfigDocument doc : configs) {
      JsonNode value = doc.tree().at(POINTER);
      if (value.isString() && doc.sourceMap().valuePosition(POINTER).line() == line) {
        String written = value.asString().trim().toLowerCase(Locale.ROOT);
        if (REGIONS.contains(written)) {
          return Optional.of(written);
        }
        return Suggestions.closest(written, REGIONS);
      }
    }
    return Optional.empty();
  }

  /** The regions of the built-in rule set's data, the list the rule itself checks against. */
  private static List<String> regions() {
    try (InputStream in =
        RegionTypos.class.getClassLoader().getResourceAsStream("io/eksform/policies/data.json")) {
      if (in == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      JsonMapper.builder()
          .build()
          .readTree(in)
          .path("eksform")
          .path("regions")
          .forEach(r -> out.add(r.asString()));
      return List.copyOf(out);
    } catch (IOException e) {
      return List.of();
    }
  }
}
