package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.call;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.set;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.StringValue;
import io.eksform.rego.value.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** sprintf with Go fmt verbs, flags, widths and error texts. */
class SprintfBuiltinTest {
  private static String fmt(String format, Value... args) throws BuiltinException {
    return ((StringValue) call("sprintf", s(format), ArrayValue.of(args))).value();
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%d|5|5",
        "%02d|5|05",
        "%-4d|5|'5   '",
        "%+d|5|+5",
        "%x|255|ff",
        "%X|255|FF",
        "%#x|255|0xff",
        "%o|8|10",
        "%b|5|101",
        "%.2f|3.1415|3.14",
        "%f|1.5|1.500000",
        "%e|1234.5678|1.234568e+03",
        "%g|0.00001234|1.234e-05",
        "%v|3.14|3.14",
        "%v|1000000.5|1.0000005e+06",
        "%d|1.5|%!d(float64=1.5)",
        "%s|5|%!s(int=5)",
        "%s|123456789123456789123|123456789123456789123",
        "%d|-18446744073709551617|-18446744073709551617",
        "%8.3f|-3.14159|'  -3.142'",
        "%08.3f|-3.14159|-003.142",
        "%.2f|2.675|2.67",
      })
  void numbers(String format, String number, String expected) throws Exception {
    assertEquals(expected, fmt(format, v(number)));
  }

  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "%s|there|there",
        "%v|there|there",
        "%q|a\"b|\"a\\\"b\"",
        "%x|hi|6869",
        "%5s|ab|'   ab'",
        "%-5s|ab|'ab   '",
        "%.1s|ab|a",
        "%d|ab|%!d(string=ab)",
      })
  void strings(String format, String arg, String expected) throws Exception {
    assertEquals(expected, fmt(format, s(arg)));
  }

  @org.junit.jupiter.api.Test
  void compositesPrintAsRegoLiterals() throws Exception {
    assertEquals("hi [\"there\", 5, 3.14]", fmt("hi %v", v("[\"there\",5,3.14]")));
    assertEquals("{1, 2} true null", fmt("%v %s %v", set("2", "1"), v("true"), v("null")));
    assertEquals("{\"a\": [1]}", fmt("%v", v("{\"a\":[1]}")));
  }

  @org.junit.jupiter.api.Test
  void argumentCountMismatchesAreReportedInline() throws Exception {
    assertEquals("a %!d(MISSING)", fmt("a %d"));
    assertEquals("x%!(EXTRA int=1, string=b)", fmt("x", v("1"), s("b")));
    assertEquals("100%", fmt("100%%"));
    assertEquals("%!(NOVERB)", fmt("%"));
    assertEquals("b a", fmt("%[2]s %[1]s", s("a"), s("b")));
    assertEquals("%!(BADWIDTH)5", fmt("%99999999d", v("5")));
    assertEquals("   5", fmt("%*d", v("4"), v("5")));
    assertEquals("%!d(BADINDEX)", fmt("%[3]d", v("1")));
  }
}
