package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** units.parse and units.parse_bytes values and error messages. */
class UnitsBuiltinsTest {
  @ParameterizedTest(name = "units.parse({0}) = {1}")
  @CsvSource({"1K,1000", "1Ki,1024", "2m,0.002", "1.5M,1500000", "1e3,1000", "1KI,1024", "0.5,0.5"})
  void parse(String text, String expected) throws Exception {
    check(expected, "units.parse", s(text));
  }

  @ParameterizedTest(name = "units.parse_bytes({0}) = {1}")
  @CsvSource({"1KB,1000", "1kib,1024", "1.5Mi,1572864", "\"10\",10", "2.7,2", "1e3k,1000000"})
  void parseBytes(String text, String expected) throws Exception {
    check(expected, "units.parse_bytes", s(text));
  }

  @ParameterizedTest(name = "{0}({1}) fails with {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "units.parse|1 K|units.parse: spaces not allowed in resource strings",
        "units.parse|K|units.parse: no amount provided",
        "units.parse|1.2.3|units.parse: could not parse amount to a number",
        "units.parse|1MB|units.parse: unit Mb not recognized",
        "units.parse|1e1234567|units.parse: exponent too large",
        "units.parse_bytes|kb|units.parse_bytes: no byte amount provided",
        "units.parse_bytes|1xb|units.parse_bytes: byte unit xb not recognized",
      })
  void errors(String name, String text, String message) {
    assertEquals(message, fails(name, s(text)).getMessage());
  }
}
