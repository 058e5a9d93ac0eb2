package io.eksform.rego.builtins;

import static io.eksform.rego.builtins.Operands.num;

import io.eksform.rego.value.ArrayValue;
import io.eksform.rego.value.Value;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * {@code time.diff}: the calendar difference between two times as [years, months, days, hours,
 * minutes, seconds], computed field by field in the first time's zone and borrowing as needed.
 */
final class TimeDiff {
  private TimeDiff() {}

  static Value diff(BuiltinContext c, List<Value> a) throws BuiltinException {
    ZonedDateTime t1 = TimeBuiltins.time("time.diff", a.get(0)).at();
    ZonedDateTime t2 = TimeBuiltins.time("time.diff", a.get(1)).at();
    t2 = t2.withZoneSameInstant(t1.getZone());
    if (t1.isAfter(t2)) {
      ZonedDateTime swap = t1;
      t1 = t2;
      t2 = swap;
    }
    int years = t2.getYear() - t1.getYear();
    int months = t2.getMonthValue() - t1.getMonthValue();
    int days = t2.getDayOfMonth() - t1.getDayOfMonth();
    int hours = t2.getHour() - t1.getHour();
    int minutes = t2.getMinute() - t1.getMinute();
    int seconds = t2.getSecond() - t1.getSecond();
    if (seconds < 0) {
      seconds += 60;
      minutes--;
    }
    if (minutes < 0) {
      minutes += 60;
      hours--;
    }
    if (hours < 0) {
      hours += 24;
      days--;
    }
    if (days < 0) {
      days += YearMonth.of(t1.getYear(), t1.getMonthValue()).lengthOfMonth();
      months--;
    }
    if (months < 0) {
      months += 12;
      years--;
    }
    return ArrayValue.of(
        num(years), num(months), num(days), num(hours), num(minutes), num(seconds));
  }
}
