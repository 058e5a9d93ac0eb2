package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** json.filter, json.remove and RFC 6902 json.patch, including failures that are undefined. */
class JsonPatchBuiltinsTest {
  @Test
  void filterKeepsNamedPaths() throws Exception {
    check(
        "{\"a\":{\"b\":1},\"c\":[{\"d\":2}]}",
        "json.filter",
        v("{\"a\":{\"b\":1,\"x\":0},\"c\":[{\"d\":2,\"e\":3},{\"d\":4}],\"z\":1}"),
        v("[\"a/b\",\"c/0/d\"]"));
    check(
        "{\"a\":{\"b\":1,\"x\":0}}",
        "json.filter",
        v("{\"a\":{\"b\":1,\"x\":0}}"),
        v("[\"a\",\"a/b\"]"));
  }

  @Test
  void removeDropsNamedPaths() throws Exception {
    check(
        "{\"a\":{\"x\":0},\"c\":[{\"d\":4}]}",
        "json.remove",
        v("{\"a\":{\"b\":1,\"x\":0},\"c\":[{\"d\":2},{\"d\":4}]}"),
        v("[[\"a\",\"b\"],\"/c/0\"]"));
    assertEquals(
        "json.remove: operand 2 must be one of {set, array} but got string",
        fails("json.remove", v("{}"), s("a")).getMessage());
    assertEquals(
        "json.remove: operand 2 must be one of {set, array} containing string paths or array of"
            + " path segments but got number",
        fails("json.remove", v("{}"), v("[1]")).getMessage());
  }

  @Test
  void patchFollowsRfc6902() throws Exception {
    check(
        "{\"foo\":[\"bar\",\"qux\",\"baz\"]}",
        "json.patch",
        v("{\"foo\":[\"bar\",\"baz\"]}"),
        v("[{\"op\":\"add\",\"path\":\"/foo/1\",\"value\":\"qux\"}]"));
    check(
        "{\"foo\":[\"all\",\"cows\",\"eat\",\"grass\"]}",
        "json.patch",
        v("{\"foo\":[\"all\",\"grass\",\"cows\",\"eat\"]}"),
        v("[{\"op\":\"move\",\"from\":\"/foo/1\",\"path\":\"/foo/3\"}]"));
    check(
        "[1,2,\"x\"]",
        "json.patch",
        v("[1,2]"),
        v("[{\"op\":\"add\",\"path\":\"/-\",\"value\":\"x\"}]"));
    assertNull(
        call("json.patch", v("[1,2,3]"), v("[{\"op\":\"add\",\"path\":\"1.2\",\"value\":1}]")));
    assertNull(
        call(
            "json.patch",
            v("[\"foo\",\"bar\"]"),
            v("[{\"op\":\"test\",\"path\":\"/01\",\"value\":\"bar\"}]")));
    assertNull(
        call(
            "json.patch",
            v("{\"baz\":\"qux\"}"),
            v("[{\"op\":\"test\",\"path\":\"/baz\",\"value\":\"bar\"}]")));
    assertNull(
        call("json.patch", v("{\"q\":{}}"), v("[{\"op\":\"add\",\"path\":\"/a/b\",\"value\":1}]")));
  }
}
