package io.eksform.engine.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The end-to-end policy cases under test resources {@code policy-cases/}, with their marks. */
final class PolicyCases {
  private static final Pattern MARK = Pattern.compile("#\\s*expect:\\s*([a-z0-9/ ,-]+)$");

  record Expectation(String ruleId, int line) {}

  record Case(String name, String yaml, List<Expectation> expectations) {}

  private PolicyCases() {}

  static List<Case> all() throws IOException {
    List<Case> out = new ArrayList<>();
    String index = read("index.txt");
    for (String name : index.lines().map(String::trim).filter(l -> !l.isEmpty()).toList()) {
      String yaml = read(name);
      List<Expectation> marks = new ArrayList<>();
      String[] lines = yaml.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        Matcher m = MARK.matcher(lines[i]);
        if (m.find()) {
          for (String id : m.group(1).split("[ ,]+")) {
            if (!id.isBlank()) {
              marks.add(new Expectation(id.trim(), i + 1));
            }
          }
        }
      }
      out.add(new Case(name, yaml, marks));
    }
    return out;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = PolicyCases.class.getResourceAsStream("/policy-cases/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource policy-cases/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
