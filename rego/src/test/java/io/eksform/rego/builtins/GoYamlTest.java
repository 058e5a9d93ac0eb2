package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.Value;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** yaml.marshal output in go-yaml v2 style, and its round trip through yaml.unmarshal. */
class GoYamlTest {
  private static String yaml(Value v) throws BuiltinException {
    return ((io.eksform.rego.value.StringValue) call("yaml.marshal", v)).value();
  }

  @Test
  void blockStyleLikeGoYaml() throws Exception {
    assertEquals(
        "a:\n  b: 1\n  c:\n  - x\n  - w: 2\n    z: null\nd: []\ne: {}\n",
        yaml(v("{\"a\":{\"b\":1,\"c\":[\"x\",{\"w\":2,\"z\":null}]},\"d\":[],\"e\":{}}")));
    assertEquals("- foo:\n  - 1\n  - 2\n", yaml(v("[{\"foo\":[1,2]}]")));
    assertEquals("- - 1\n  - 2\n- 3\n", yaml(v("[[1,2],3]")));
    assertEquals("- 1\n- 2\n", yaml(set("2", "1")));
    assertEquals("hello\n", yaml(s("hello")));
  }

  @Test
  void stringsAreQuotedOnlyWhenNeeded() throws Exception {
    assertEquals(
        "a: \"true\"\nb: \"123\"\nc: 'x: y'\nd: \"\"\ne: '#x'\nf: it's\ng: \"yes\"\nh: \"1.5\"\n",
        yaml(
            v(
                "{\"a\":\"true\",\"b\":\"123\",\"c\":\"x: y\",\"d\":\"\",\"e\":\"#x\",\"f\":\"it's\","
                    + "\"g\":\"yes\",\"h\":\"1.5\"}")));
    assertEquals("a: |-\n  one\n  two\n", yaml(v("{\"a\":\"one\\ntwo\"}")));
    assertEquals("- |\n  one\n", yaml(v("[\"one\\n\"]")));
    assertEquals("a: \"one \\ntwo\"\n", yaml(v("{\"a\":\"one \\ntwo\"}")));
  }

  @Test
  void numbersAndKeyOrder() throws Exception {
    assertEquals("a: 1.5\nb: 1e+21\nc: 3\n", yaml(v("{\"a\":1.5,\"b\":1e21,\"c\":3.0}")));
    assertEquals("a2: 1\na10: 2\n", yaml(v("{\"a10\":2,\"a2\":1}")));
    assertEquals(List.of("_x", "Z1", "a"), sortedKeys("a", "Z1", "_x"));
  }

  private static List<String> sortedKeys(String... keys) {
    List<String> out = new java.util.ArrayList<>(List.of(keys));
    out.sort(GoYaml::naturalCompare);
    return out;
  }

  @Property
  void marshalledYamlReadsBackAsTheSameValue(
      @ForAll List<@net.jqwik.api.constraints.AlphaChars String> words) throws Exception {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < words.size(); i++) {
      json.append(i > 0 ? "," : "")
          .append("\"k")
          .append(i)
          .append("\":\"")
          .append(words.get(i))
          .append("\"");
    }
    Value value = v(json.append('}').toString());
    assertEquals(value, call("yaml.unmarshal", call("yaml.marshal", value)));
  }
}
