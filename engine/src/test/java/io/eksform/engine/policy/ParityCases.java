package io.eksform.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The eksctl parity corpus under test resources {@code eksctl-parity/}: configs that eksctl's own
 * tests reject or accept, each with the rule and line eksform must report.
 *
 * <p>A case starts with {@code # case: NAME | EKSCTL TEST FILE | WORDS}, where WORDS are eksctl's
 * words that the finding's message must contain, or {@code accepts} for a config eksctl accepts.
 * Its lines up to the next case are the config; when they do not start with {@code apiVersion}, a
 * standard header (apiVersion, kind, metadata with name and region, no version) comes first. A line
 * ending in {@code # expect: RULE-ID} marks where the finding must be.
 */
final class ParityCases {
  private static final Pattern HEADER =
      Pattern.compile("^# case: *([^|]+?) *\\| *([^|]+?) *\\| *(.+?) *$");
  private static final Pattern MARK = Pattern.compile("#\\s*expect:\\s*([a-z0-9/-]+)\\s*$");
  static final String PREAMBLE =
      "apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: parity\n"
          + "  region: us-west-2\n";

  /** Where a finding is expected: its rule and line. */
  record Expectation(String ruleId, int line) {}

  /** One config, what eksctl says of it, and where eksform must report it. */
  record Case(
      String file,
      String name,
      String source,
      String words,
      String yaml,
      List<Expectation> expectations) {
    boolean accepted() {
      return words.equals("accepts");
    }
  }

  private ParityCases() {}

  static List<Case> all() throws IOException {
    List<Case> out = new ArrayList<>();
    for (String file : read("index.txt").lines().map(String::trim).toList()) {
      if (!file.isEmpty()) {
        out.addAll(parse(file, read(file)));
      }
    }
    return out;
  }

  static List<Case> parse(String file, String text) {
    List<Case> out = new ArrayList<>();
    Matcher header = null;
    StringBuilder body = new StringBuilder();
    for (String line : (text + "\n# case: end | - | -").split("\n", -1)) {
      Matcher m = HEADER.matcher(line);
      if (m.matches()) {
        if (header != null) {
          out.add(build(file, header, body.toString().strip() + "\n"));
        }
        header = m;
        body.setLength(0);
      } else if (header != null) {
        body.append(line).append('\n');
      }
    }
    return out;
  }

  private static Case build(String file, Matcher header, String body) {
    String yaml = body.startsWith("apiVersion") ? body : PREAMBLE + body;
    List<Expectation> marks = new ArrayList<>();
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = MARK.matcher(lines[i]);
      if (m.find()) {
        marks.add(new Expectation(m.group(1), i + 1));
      }
    }
    return new Case(file, header.group(1), header.group(2), header.group(3), yaml, marks);
  }

  private static String read(String name) throws IOException {
    try (InputStream in = ParityCases.class.getResourceAsStream("/eksctl-parity/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource eksctl-parity/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
