package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.eksform.rego.value.Value;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** json.*, yaml.*, base64*, hex.* and urlquery.* against Go-produced text and errors. */
class EncodingBuiltinsTest {
  @Test
  void jsonMarshalWritesLikeGo() throws Exception {
    check("\"[1234567890,2000000]\"", "json.marshal", v("[1234567890, 2000000]"));
    check(
        "\"{\\\"a\\\":[1,2],\\\"b\\\":\\\"\\\\u003c\\\\u0026\\\"}\"",
        "json.marshal",
        v("{\"b\":\"<&\",\"a\":[1,2]}"));
    assertEquals(s("[1,2]"), call("json.marshal", set("2", "1")));
    assertEquals(
        s("{\n\t\"a\": [\n\t\t1\n\t]\n}"),
        call("json.marshal_with_options", v("{\"a\":[1]}"), v("{\"pretty\":true}")));
    assertEquals(
        s("--{\n--  \"a\": 1\n--}"),
        call(
            "json.marshal_with_options",
            v("{\"a\":1}"),
            v("{\"prefix\":\"--\",\"indent\":\"  \"}")));
  }

  @Test
  void jsonUnmarshalIsExactAndStrict() throws Exception {
    check("[{\"foo\":[1,2,3]}]", "json.unmarshal", s("[{\"foo\":[1,2,3]}]"));
    assertEquals(
        "123456789012345678901234567890.5",
        call("json.unmarshal", s("123456789012345678901234567890.5")).toString());
    fails("json.unmarshal", s("{"));
    assertEquals("json.unmarshal: EOF", fails("json.unmarshal", s("")).getMessage());
    assertEquals(
        "json.unmarshal: invalid character ']' looking for beginning of value",
        fails("json.unmarshal", s("[1,]")).getMessage());
    assertEquals(
        "json.unmarshal: unexpected EOF", fails("json.unmarshal", s("{\"a\":")).getMessage());
    assertEquals(
        "json.unmarshal: invalid character 'x' looking for beginning of value",
        fails("json.unmarshal", s("{} x")).getMessage());
    assertEquals(
        "json.unmarshal: error: invalid character '{' after top-level value",
        fails("json.unmarshal", s("{} {}")).getMessage());
    assertEquals(
        "json.unmarshal: invalid character 'x' in literal true (expecting 'r')",
        fails("json.unmarshal", s("tx")).getMessage());
    check("true", "json.is_valid", s(" [1, {\"a\": \"\\u00e9\"}] "));
    String deep = "[".repeat(900) + "]".repeat(900);
    assertEquals(900, depth(call("json.unmarshal", s(deep))));
    assertEquals(
        "json.unmarshal: exceeded max depth",
        fails("json.unmarshal", s("[".repeat(1001) + "]".repeat(1001))).getMessage());
    check("false", "json.is_valid", s("01"));
    check("false", "json.is_valid", s(""));
    assertEquals(
        "json.marshal_with_options: operand 2 key indent failed cast to string: operand 0 must be"
            + " string but got number",
        fails("json.marshal_with_options", v("{}"), v("{\"indent\":1}")).getMessage());
    assertEquals(
        "json.marshal_with_options: operand 2 object contained unknown key \"x\"",
        fails("json.marshal_with_options", v("{}"), v("{\"x\":1}")).getMessage());
    check("false", "json.is_valid", s("{} x"));
    check("false", "json.is_valid", v("1"));
    check("true", "json.is_valid", s("{\"json\": \"ok\"}"));
  }

  private static int depth(Value v) {
    return v instanceof io.eksform.rego.value.ArrayValue a && a.size() > 0
        ? 1 + depth(a.get(0))
        : 1;
  }

  @Test
  void yamlRoundTrip() throws Exception {
    Value marshalled = call("yaml.marshal", v("{\"foo\":[1,2],\"bar\":\"true\"}"));
    assertEquals(s("bar: \"true\"\nfoo:\n- 1\n- 2\n"), marshalled);
    check("{\"foo\":[1,2],\"bar\":\"true\"}", "yaml.unmarshal", marshalled);
    BuiltinException e = fails("yaml.unmarshal", s("[1,2,3"));
    assertTrue(e.getMessage().contains("yaml: line 1: did not find"), e.getMessage());
    check("false", "yaml.is_valid", s("foo:\n - baz: {"));
    check(
        "{\"a\":true,\"b\":\"~\",\"c\":16,\"d\":null,\"e\":0.5,\"f\":\"yes\",\"g\":1000,"
            + "\"h\":8,\"i\":false,\"j\":null,\"k\":\"1.2.3\",\"l\":-1.5e3,\"m\":\"\"}",
        "yaml.unmarshal",
        s(
            "a: yes\nb: '~'\nc: 0x10\nd: ~\ne: .5\nf: \"yes\"\ng: 1_000\nh: 010\ni: off\nj:\n"
                + "k: 1.2.3\nl: -1.5e3\nm: ''\n"));
  }

  @Test
  void base64AndHex() throws Exception {
    check("\"aGVsbG8=\"", "base64.encode", s("hello"));
    check("\"hello\"", "base64.decode", s("aGVsbG8="));
    check("\"hello\"", "base64url.decode", s("aGVsbG8"));
    check("\"aGVsbG8\"", "base64url.encode_no_pad", s("hello"));
    check("false", "base64.is_valid", s("{'not':'base64'}"));
    check("false", "base64.is_valid", s("aGVsbG8"));
    assertEquals(
        "base64.decode: illegal base64 data at input byte 4",
        fails("base64.decode", s("aGVsbG8")).getMessage());
    assertEquals(
        "base64.decode: illegal base64 data at input byte 1",
        fails("base64.decode", s("a$==")).getMessage());
    check("\"6c6f72656d\"", "hex.encode", s("lorem"));
    check("\"lorem\"", "hex.decode", s("6c6f72656d"));
    assertEquals(
        "hex.decode: encoding/hex: invalid byte: U+0067 'g'",
        fails("hex.decode", s("fghijkl")).getMessage());
  }

  @Test
  void urlQuery() throws Exception {
    check("\"a%3Db%2B1+~\"", "urlquery.encode", s("a=b+1 ~"));
    check("\"a=b+1\"", "urlquery.decode", s("a%3Db%2B1"));
    check("\"a=1&a=2&b=x+y\"", "urlquery.encode_object", v("{\"b\":\"x y\",\"a\":[\"1\",\"2\"]}"));
    check("{\"a\":[\"1\",\"2\"],\"b\":[\"\"]}", "urlquery.decode_object", s("a=1&b&a=2"));
    fails("urlquery.decode", s("%zz"));
  }

  @Property
  void base64RoundTrips(@ForAll String text) throws Exception {
    String clean =
        text.codePoints()
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    Value encoded = call("base64.encode", s(clean));
    assertEquals(s(clean), call("base64.decode", encoded));
    assertEquals(s(clean), call("base64url.decode", call("base64url.encode_no_pad", s(clean))));
    assertEquals(s(clean), call("hex.decode", call("hex.encode", s(clean))));
  }
}
