package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.NumberValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** count, sum, product, max, min and sort, including exact big numbers and the total order. */
class AggregateBuiltinsTest {
  @Test
  void countCountsCodePointsAndMembers() throws Exception {
    check("3", "count", s("a😀b"));
    check("2", "count", v("{\"a\":1,\"b\":2}"));
    check("1", "count", set("1", "1.0"));
    assertEquals(
        "count: operand 1 must be one of {array, object, set, string} but got number",
        fails("count", v("1")).getMessage());
  }

  @Test
  void sumAndProductAreExact() throws Exception {
    check("18446744073709551618", "sum", v("[18446744073709551617, 1]"));
    check("4", "sum", v("[1.5, 2.5]"));
    check("0.3", "sum", v("[0.1, 0.2]"));
    check("3", "product", v("[1.5, 2]"));
    check("1", "product", v("[]"));
    assertEquals(
        "sum: operand 1 must be array of numbers but got array containing string",
        fails("sum", v("[1, \"a\"]")).getMessage());
    assertEquals("4", call("sum", v("[1.5, 2.5]")).toString());
  }

  @Test
  void maxAndMinUseTheTotalOrder() throws Exception {
    check("\"a\"", "max", v("[1, \"a\", null]"));
    check("null", "min", v("[1, \"a\", null]"));
    assertNull(call("max", v("[]")));
    check("[null,false,1,\"a\",[],{}]", "sort", v("[{}, [], \"a\", 1, false, null]"));
  }

  @Property
  void sortAgreesWithTheValueOrder(@ForAll List<Integer> ints, @ForAll List<String> strs)
      throws Exception {
    List<Value> values = new ArrayList<>();
    ints.forEach(i -> values.add(NumberValue.of(i)));
    strs.forEach(x -> values.add(StringValue.of(x)));
    ArrayValue sorted = (ArrayValue) call("sort", new ArrayValue(values));
    for (int i = 1; i < sorted.size(); i++) {
      assertEquals(true, sorted.get(i - 1).compareTo(sorted.get(i)) <= 0);
    }
    assertEquals(values.size(), sorted.size());
  }
}
