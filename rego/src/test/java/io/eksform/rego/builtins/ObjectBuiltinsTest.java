package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** object.get/keys/union/union_n/remove/filter/subset. */
class ObjectBuiltinsTest {
  @Test
  void getFollowsPathsThroughObjectsAndArrays() throws Exception {
    check("2", "object.get", v("{\"a\":[1,2]}"), v("[\"a\",1]"), v("0"));
    check("0", "object.get", v("{\"a\":[1,2]}"), v("[\"a\",5]"), v("0"));
    check("{\"a\":1}", "object.get", v("{\"a\":1}"), v("[]"), v("0"));
    check("1", "object.get", v("{\"a\":1}"), s("a"), v("0"));
    assertEquals(
        "object.get: operand 1 must be object but got string",
        fails("object.get", s("x"), s("a"), v("0")).getMessage());
  }

  @Test
  void unionMergesNestedObjects() throws Exception {
    check(
        "{\"a\":{\"b\":1,\"c\":2},\"d\":3}",
        "object.union",
        v("{\"a\":{\"b\":1},\"d\":1}"),
        v("{\"a\":{\"c\":2},\"d\":3}"));
    check(
        "{\"a\":{\"c\":3}}",
        "object.union_n",
        v("[{\"a\":{\"b\":2}},{\"a\":4},{\"a\":{\"c\":3}}]"));
  }

  @Test
  void removeAndFilterTakeArraysSetsAndObjects() throws Exception {
    check("{\"b\":2}", "object.remove", v("{\"a\":1,\"b\":2}"), v("[\"a\"]"));
    check("{\"a\":1}", "object.filter", v("{\"a\":1,\"b\":2}"), set("\"a\""));
    check("{\"a\":1}", "object.filter", v("{\"a\":1,\"b\":2}"), v("{\"a\":0}"));
    assertEquals(
        "object.remove: operand 2 must be one of {object, set, array} but got string",
        fails("object.remove", v("{}"), s("a")).getMessage());
    assertEquals(set("\"a\"", "\"b\""), Calls.call("object.keys", v("{\"a\":1,\"b\":2}")));
  }

  @Test
  void subset() throws Exception {
    check("true", "object.subset", v("{\"a\":{\"b\":1,\"c\":2}}"), v("{\"a\":{\"b\":1}}"));
    check("true", "object.subset", v("[1,2,3,4]"), v("[2,3]"));
    check("false", "object.subset", v("[1,2,3,4]"), v("[2,4]"));
    check("true", "object.subset", v("[1,2,3]"), set("3", "1"));
    check("false", "object.subset", v("{\"a\":1}"), v("{\"a\":2}"));
    fails("object.subset", v("{}"), v("[]"));
  }
}
