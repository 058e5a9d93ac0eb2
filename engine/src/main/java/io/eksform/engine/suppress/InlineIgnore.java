package io.eksform.engine.suppress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An {@code # eksform:ignore RULE-ID reason [until=YYYY-MM-DD]} comment: it covers findings of the
 * rule on its own line and on the line below. {@code until} is absent or a date; a malformed date
 * is kept as text so that it can be reported.
 */
record InlineIgnore(
    String rule, String reason, Optional<LocalDate> until, String badDate, int line, int column) {
  private static final Pattern COMMENT = Pattern.compile("#\\s*eksform:ignore(?:\\s+(\\S+))?(.*)$");
  private static final Pattern UNTIL = Pattern.compile("(?:^|\\s)until=(\\S*)");

  /** Every ignore comment of a file's lines. */
  static List<InlineIgnore> scan(List<String> lines) {
    List<InlineIgnore> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf("eksform:ignore");
      if (hash < 0) {
        continue;
      }
      Matcher m = COMMENT.matcher(line);
      if (!m.find()) {
        continue;
      }
      String rest = m.group(2) == null ? "" : m.group(2);
      Optional<LocalDate> until = Optional.empty();
      String badDate = "";
      Matcher u = UNTIL.matcher(rest);
      if (u.find()) {
        try {
          until = Optional.of(LocalDate.parse(u.group(1)));
        } catch (java.time.format.DateTimeParseException e) {
          badDate = u.group(1).isEmpty() ? "(empty)" : u.group(1);
        }
        rest = rest.substring(0, u.start()) + rest.substring(u.end());
      }
      String rule = m.group(1) == null ? "" : m.group(1);
      out.add(new InlineIgnore(rule, rest.trim(), until, badDate, i + 1, m.start() + 1));
    }
    return out;
  }

  /** True when the comment covers a finding on {@code findingLine}. */
  boolean covers(int findingLine) {
    return findingLine == line || findingLine == line + 1;
  }
}
