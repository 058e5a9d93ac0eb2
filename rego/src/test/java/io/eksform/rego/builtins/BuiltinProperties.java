package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.ObjectValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Laws that hold for every input: round trips and agreement with Java's own arithmetic. */
class BuiltinProperties {
  @Property(tries = 200)
  void jsonMarshalThenUnmarshalIsIdentity(@ForAll Map<String, List<Long>> data, @ForAll String text)
      throws Exception {
    String clean =
        text.codePoints()
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    TreeMap<Value, Value> entries = new TreeMap<>();
    data.forEach(
        (k, v) ->
            entries.put(
                StringValue.of(k),
                new ArrayValue(v.stream().map(n -> (Value) NumberValue.of(n)).toList())));
    entries.put(StringValue.of("text"), StringValue.of(clean));
    Value value = ObjectValue.of(entries);
    assertEquals(value, call("json.unmarshal", call("json.marshal", value)));
  }

  @Property(tries = 200)
  void sprintfIntegersMatchJava(@ForAll BigInteger n) throws Exception {
    Value out =
        call(
            "sprintf",
            s("%d|%x|%o|%b"),
            new ArrayValue(
                List.of(
                    NumberValue.of(n), NumberValue.of(n), NumberValue.of(n), NumberValue.of(n))));
    assertEquals(
        s(n.toString() + "|" + n.toString(16) + "|" + n.toString(8) + "|" + n.toString(2)), out);
  }

  @Property(tries = 200)
  void shortestFloatTextReadsBackExactly(@ForAll double d) {
    if (Double.isFinite(d)) {
      String text = GoFloat.format(d, 'g', -1);
      assertEquals(d, Double.parseDouble(text), text);
    }
  }

  @Property(tries = 200)
  void substringAndCountAgreeOnCodePoints(@ForAll String text) throws Exception {
    String clean =
        text.codePoints()
            .filter(cp -> cp < 0xD800 || cp > 0xDFFF)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    long n = clean.codePointCount(0, clean.length());
    assertEquals(NumberValue.of(n), call("count", s(clean)));
    assertEquals(s(clean), call("substring", s(clean), NumberValue.of(0), NumberValue.of(-1)));
    assertEquals(s(clean), call("strings.reverse", call("strings.reverse", s(clean))));
  }
}
