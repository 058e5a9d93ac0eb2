package io.eksform.engine.report.plan;

import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * How an attribute's value is written for people: as JSON (strings quoted, so that {@code "1.30"}
 * and {@code 1.3} stay apart), on one line when short, else indented over several.
 */
final class Values {
  /** Longest value kept on one line. */
  static final int INLINE_WIDTH = 72;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final ObjectWriter COMPACT = MAPPER.writer().with(compactPrinter());
  private static final ObjectWriter PRETTY = MAPPER.writer().with(prettyPrinter());

  private Values() {}

  /** The value on one line: {@code "text"}, {@code 3}, {@code ["a", "b"]}, {@code {"k": "v"}}. */
  static String inline(JsonNode value) {
    return COMPACT.writeValueAsString(value);
  }

  /** One line when it fits in {@link #INLINE_WIDTH}, else the value's indented JSON lines. */
  static List<String> lines(JsonNode value) {
    String one = inline(value);
    if (one.length() <= INLINE_WIDTH || !value.isContainer()) {
      return List.of(one);
    }
    return PRETTY.writeValueAsString(value).lines().toList();
  }

  private static DefaultPrettyPrinter compactPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEntrySpacing(Separators.Spacing.AFTER)
            .withArrayElementSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(new DefaultIndenter("", ""))
        .withArrayIndenter(new DefaultIndenter("", ""));
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
