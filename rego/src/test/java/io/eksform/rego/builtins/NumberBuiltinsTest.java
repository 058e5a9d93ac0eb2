package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Rounding, ranges, format_int, to_number and bits.* on integers of any size. */
class NumberBuiltinsTest {
  @Test
  void rounding() throws Exception {
    check("3", "round", v("2.5"));
    check("-3", "round", v("-2.5"));
    check("3", "ceil", v("2.1"));
    check("-3", "floor", v("-2.1"));
    check("2.5", "abs", v("-2.5"));
  }

  @Test
  void ranges() throws Exception {
    check("[1,2,3]", "numbers.range", v("1"), v("3"));
    check("[3,2,1]", "numbers.range", v("3"), v("1"));
    check("[0,3,6]", "numbers.range_step", v("0"), v("7"), v("3"));
    assertEquals(
        "numbers.range_step: step must be a positive integer",
        fails("numbers.range_step", v("0"), v("7"), v("0")).getMessage());
    assertEquals(
        "numbers.range: operand 1 must be integer number but got floating-point number",
        fails("numbers.range", v("1.5"), v("3")).getMessage());
  }

  @Test
  void formatIntAndToNumber() throws Exception {
    check("\"ff\"", "format_int", v("255"), v("16"));
    check("\"-101\"", "format_int", v("-5.9"), v("2"));
    assertEquals(
        "format_int: operand 2 must be one of {2, 8, 10, 16}",
        fails("format_int", v("1"), v("3")).getMessage());
    check("10", "to_number", s("10"));
    check("-1.5", "to_number", s("-1.5"));
    check("1", "to_number", v("true"));
    check("0", "to_number", v("null"));
    assertEquals(
        "to_number: strconv.ParseFloat: parsing \"x\": invalid syntax",
        fails("to_number", s("x")).getMessage());
    assertEquals(BuiltinException.Code.TYPE_ERROR, fails("to_number", s("Inf")).code());
  }

  @Test
  void bits() throws Exception {
    check("18446744073709551614", "bits.lsh", v("9223372036854775807"), v("1"));
    check("-1", "bits.rsh", v("-2"), v("1"));
    check("-8", "bits.negate", v("7"));
    check("6", "bits.xor", v("5"), v("3"));
    assertEquals(
        "bits.lsh: operand 2 must be an unsigned integer number but got a negative integer",
        fails("bits.lsh", v("7"), v("-1")).getMessage());
    assertEquals(
        "bits.and: operand 1 must be integer number but got floating-point number",
        fails("bits.and", v("7.2"), v("1")).getMessage());
  }
}
