package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** glob.match with and without delimiters, glob.quote_meta and regex.globs_match. */
class GlobBuiltinsTest {
  @ParameterizedTest(name = "{0} with {1} on {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "*.github.com|[\".\"]|api.github.com|true",
        "*.github.com|[\".\"]|api.cdn.github.com|false",
        "api.**.com|[\".\"]|api.cdn.github.com|true",
        "*|[]|foo.bar|false",
        "*|null|foo.bar|true",
        "[!a-c]at|[]|fat|true",
        "[!a-c]at|[]|bat|false",
        "?at|[\"f\"]|fat|false",
        "{cat,bat,[fr]at}|[]|rat|true",
        "{cat,bat,[fr]at}|[]|at|false",
        "a\\*b|[]|a*b|true",
      })
  void match(String pattern, String delimiters, String subject, String expected) throws Exception {
    check(expected, "glob.match", s(pattern), v(delimiters), s(subject));
  }

  @ParameterizedTest(name = "{0} and {1} intersect: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "a.a.[0-9]+z|.b.b2359825792*594823z|true",
        "[a-z]+|[0-9]*|false",
        "[a-z]*|[0-9]*|true",
        "[a-z]+|[0-9]+|false",
        "[a-z]+\\[[0-9]+\\]|foo\\[1\\]|true",
      })
  void globsMatch(String a, String b, String expected) throws Exception {
    check(expected, "regex.globs_match", s(a), s(b));
  }

  @org.junit.jupiter.api.Test
  void quoteMetaAndErrors() throws Exception {
    check("\"\\\\*.github.com\"", "glob.quote_meta", s("*.github.com"));
    assertEquals(
        "regex.globs_match: input:pqrs], pos:5, set-close ']' with no preceding '[': the input"
            + " provided is invalid",
        fails("regex.globs_match", s("pqrs]"), s("[a-b]+")).getMessage());
    fails("glob.match", s("[abc"), v("[]"), s("a"));
  }
}
