package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** regex.* with RE2 syntax and Go iteration and replacement rules. */
class RegexBuiltinsTest {
  @Test
  void matchIsAnUnanchoredSearch() throws Exception {
    check("true", "regex.match", s("b+"), s("abbc"));
    check("false", "regex.match", s("^b"), s("abbc"));
    BuiltinException e = fails("regex.match", s("["), s("a"));
    assertEquals(BuiltinException.Code.BUILTIN_ERROR, e.code());
    assertTrue(e.getMessage().startsWith("regex.match: error parsing regexp"), e.getMessage());
  }

  @Test
  void isValidNeverFails() throws Exception {
    check("true", "regex.is_valid", s("a+"));
    check("false", "regex.is_valid", s("(?=x)"));
    check("false", "regex.is_valid", v("1"));
  }

  @Test
  void emptyMatchesFollowGo() throws Exception {
    check("[\"\",\"aaa\"]", "regex.find_n", s("a*"), s("baaa"), v("-1"));
    check("[\"a\",\"b\"]", "regex.find_n", s("[a-z]"), s("abc"), v("2"));
    check("[\"\",\"b\",\"\"]", "regex.split", s("a"), s("aba"));
    check("\"xbx\"", "regex.replace", s("b"), s("a*"), s("x"));
  }

  @Test
  void replacementExpandsGoTemplates() throws Exception {
    check("\"foofoo\"", "regex.replace", s("foo"), s("(foo)"), s("$1$1"));
    check("\"-0-0-\"", "regex.replace", s("-wy-wxxy-"), s("w(x*)y"), s("0"));
    check("\"Foo\"", "regex.replace", s("foo"), s("^[a-z]"), s("F"));
    check("\"\"", "regex.replace", s("ab"), s("(?P<x>a)b"), s("$xz"));
    check("\"az\"", "regex.replace", s("ab"), s("(?P<x>a)b"), s("${x}z"));
    check("\"$\"", "regex.replace", s("ab"), s("ab"), s("$$"));
  }

  @Test
  void submatchesUseEmptyStringsForMissingGroups() throws Exception {
    check(
        "[[\"ab\",\"a\",\"\"],[\"c\",\"\",\"c\"]]",
        "regex.find_all_string_submatch_n",
        s("(a)b|(c)"),
        s("abc"),
        v("-1"));
  }

  @Test
  void templateMatch() throws Exception {
    check("true", "regex.template_match", s("urn:foo:{.*}"), s("urn:foo:bar"), s("{"), s("}"));
    check("false", "regex.template_match", s("urn:foo:<.*>"), s("urn:fo:bar"), s("<"), s(">"));
  }
}
