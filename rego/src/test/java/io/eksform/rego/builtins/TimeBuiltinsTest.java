package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Calls.check;
import static io.eksform.rego.builtins.Calls.fails;
import static io.eksform.rego.builtins.Calls.s;
import static io.eksform.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** time.* with Go layouts, zones, calendar arithmetic and range errors. */
class TimeBuiltinsTest {
  @ParameterizedTest(name = "{1} as {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2006-01-02T15:04:05Z07:00|2017-06-02T19:00:00-07:00|1496455200000000000",
        "2006-01-02T15:04:05Z07:00|1677-09-21T00:12:43.145224192-00:00|-9223372036854775808",
        "2006-01-02T15:04:05Z07:00|2262-04-11T23:47:16.854775807-00:00|9223372036854775807",
        "01/02 03:04:05PM '06 -0700|06/02 07:00:00PM '17 -0700|1496455200000000000",
        "02 Jan 06 15:04 -0700|02 Jun 17 19:00 -0700|1496455200000000000",
        "RFC822Z|02 Jun 17 19:00 -0700|1496455200000000000",
        "2006-01-02|2020-02-29|1582934400000000000",
        "RFC1123|Sat, 29 Feb 2020 00:00:00 PST|1582934400000000000",
        "RFC1123|Sat, 29 Feb 2020 03:00:00 GMT+3|1582934400000000000",
        "2006-01-02T15:04:05.000Z07:00|2020-02-29T00:00:00.500Z|1582934400500000000",
        "Jan _2 2006|Feb  9 2020|1581206400000000000",
      })
  void parseNs(String layout, String value, String expected) throws Exception {
    check(expected, "time.parse_ns", s(layout), s(value));
  }

  @Test
  void outOfRangeTimesAreErrors() throws Exception {
    assertEquals(
        "time.parse_rfc3339_ns: time outside of valid range",
        fails("time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775808-00:00")).getMessage());
    assertEquals(
        "time.date: timestamp too big", fails("time.date", v("1.5829776E+22")).getMessage());
    fails("time.parse_ns", s("2006-01-02"), s("2020-02-30"));
    fails("time.parse_ns", s("2006-01-02"), s("2020-02-03x"));
  }

  @Test
  void formatFollowsGoLayouts() throws Exception {
    check("\"2022-12-02T18:40:53.141828752Z\"", "time.format", v("1670006453141828752"));
    check(
        "\"2022-12-03T00:10:53.141828752+05:30\"",
        "time.format",
        v("[1670006453141828752, \"Asia/Kolkata\"]"));
    check(
        "\"Sat Dec 03 00:10:53 +0530 2022\"",
        "time.format",
        v("[1670006453141828752, \"Asia/Kolkata\", \"Mon Jan 02 15:04:05 -0700 2006\"]"));
    check(
        "\"Sat, 03 Dec 2022 00:10:53 +0530\"",
        "time.format",
        v("[1670006453141828752, \"Asia/Kolkata\", \"RFC1123Z\"]"));
  }

  @Test
  void calendarFields() throws Exception {
    check("[2018,2,4]", "time.date", v("[1517788800000000000, \"America/Los_Angeles\"]"));
    check("[7,0,0]", "time.clock", v("[1517832000000000000, \"America/New_York\"]"));
    check("\"Monday\"", "time.weekday", v("1517832000000000000"));
    check(
        "1705257221593912000", "time.add_date", v("1585852421593912000"), v("3"), v("9"), v("12"));
    check(
        "1551465221593912000",
        "time.add_date",
        v("1585852421593912000"),
        v("-1"),
        v("-1"),
        v("-1"));
    check("[0,0,28,0,0,0]", "time.diff", v("1580601600000000000"), v("1583020800000000000"));
    assertTrue(
        fails("time.add_date", v("0"), v("2262"), v("1"), v("1"))
            .getMessage()
            .contains("time outside of valid range"));
  }

  @Test
  void durations() throws Exception {
    check("100000000", "time.parse_duration_ns", s("100ms"));
    check("-5400000000000", "time.parse_duration_ns", s("-1.5h"));
    check("3723000000000", "time.parse_duration_ns", s("1h2m3s"));
    fails("time.parse_duration_ns", s("1"));
    fails("time.parse_duration_ns", s("1x"));
  }

  @Test
  void nowComesFromTheContext() throws Exception {
    check("1709210096789000000", "time.now_ns");
  }
}
