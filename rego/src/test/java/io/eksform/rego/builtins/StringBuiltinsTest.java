package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** String builtins counting code points and following Go strings semantics. */
class StringBuiltinsTest {
  @Test
  void concatJoinsArraysAndSortedSets() throws Exception {
    check("\"a,b\"", "concat", s(","), v("[\"a\",\"b\"]"));
    check("\"x-y\"", "concat", s("-"), set("\"y\"", "\"x\""));
    assertEquals(
        "concat: operand 2 must be array of strings but got array containing number",
        fails("concat", s(","), v("[1]")).getMessage());
  }

  @Test
  void positionsCountCodePoints() throws Exception {
    check("2", "indexof", s("a😀b"), s("b"));
    check("[0,2]", "indexof_n", s("aba"), s("a"));
    check("\"😀b\"", "substring", s("a😀bc"), v("1"), v("2"));
    check("\"bc\"", "substring", s("abc"), v("1"), v("-1"));
    check("\"\"", "substring", s("abc"), v("5"), v("1"));
    assertEquals(
        "substring: negative offset", fails("substring", s("a"), v("-1"), v("1")).getMessage());
    assertEquals("indexof: empty search character", fails("indexof", s("a"), s("")).getMessage());
    check("\"c😀a\"", "strings.reverse", s("a😀c"));
  }

  @Test
  void splitAndSplitN() throws Exception {
    check("[\"a\",\"b\",\"c\"]", "split", s("a.b.c"), s("."));
    check("[\"a\",\"b\",\"c\"]", "split", s("abc"), s(""));
    check("[\"a\",\"b\"]", "strings.split_n", s("a.b.c.d"), s("."), v("2"));
    check("[\"c\",\"d\"]", "strings.split_n", s("a.b.c.d"), s("."), v("-2"));
    check("[]", "strings.split_n", s("a.b.c.d"), s("."), v("0"));
    assertEquals(
        "strings.split_n: operand 3 must be integer number but got floating-point number",
        fails("strings.split_n", s("a"), s("."), v("1.5")).getMessage());
  }

  @Test
  void trimAndReplaceFollowGo() throws Exception {
    check("\"bc\"", "trim", s("aabcaa"), s("a"));
    check("\"bcaa\"", "trim_left", s("aabcaa"), s("a"));
    check("\"x\"", "trim_space", s("\u00a0\t x \n"));
    check("\"xaxbx\"", "replace", s("ab"), s(""), s("x"));
    check("\"1 2\"", "strings.replace_n", v("{\"a\":\"1\",\"b\":\"2\"}"), s("a b"));
    check("3", "strings.count", s("cheese"), s("e"));
  }

  @Test
  void anyPrefixMatchChecksTypes() throws Exception {
    check("true", "strings.any_prefix_match", v("[\"abc\",\"x\"]"), s("ab"));
    check("true", "strings.any_suffix_match", s("abc"), set("\"zz\"", "\"bc\""));
    assertEquals(
        "strings.any_prefix_match: operand 1 must be one of {string, set, array} but got number",
        fails("strings.any_prefix_match", v("1"), s("a")).getMessage());
    assertEquals(
        "strings.any_suffix_match: operand 2 must be array of strings but got array containing"
            + " number",
        fails("strings.any_suffix_match", s("a"), v("[1]")).getMessage());
  }

  @Test
  void caseMappingIsPerCodePoint() throws Exception {
    check("\"ABC\"", "upper", s("abc"));
    check("\"straße\"", "lower", s("STRAßE"));
  }
}
