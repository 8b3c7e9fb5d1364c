package org.scopeplus.io.activity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.util.Optional;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitConversions;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.fuzz.ReadContract;

/**
 * The parsers of single cells that every file and the API go through: a unit symbol, a period and a
 * month. Any text gives a value or "not one" (empty, or an {@link IllegalArgumentException} where
 * that is the documented answer), and a value is a sound one: a unit converts to the canonical unit
 * of its kind by a finite positive factor, a period does not end before it starts, a month reads
 * back as written. A cell is never null (an empty cell is ""), so the texts are not null.
 */
class CellParsersFuzzTest {

  @FuzzTest
  void anyUnitTextIsAKnownUnitOrNone(@NotNull @WithUtf8Length(max = 256) String text) {
    Optional<MeasureUnit> unit = UnitSymbols.parse(text);
    if (unit.isEmpty()) {
      return;
    }
    MeasureUnit u = unit.get();
    for (MeasureUnit other : UnitSymbols.all().values()) {
      double f = UnitConversions.factorOrNaN(u, other);
      if (u.isCompatibleWith(other) != !Double.isNaN(f)) {
        throw new AssertionError(u + " to " + other + ": " + f);
      }
      if (!Double.isNaN(f) && !(f > 0 && Double.isFinite(f))) {
        throw new AssertionError(u + " to " + other + " by " + f);
      }
    }
  }

  @FuzzTest
  void anyPeriodTextIsAPeriodOrNone(@NotNull @WithUtf8Length(max = 256) String text) {
    Optional<Period> period = Period.parse(text);
    if (period.isPresent() && period.get().end().isBefore(period.get().start())) {
      throw new AssertionError(text + " gave " + period.get());
    }
    period.ifPresent(Period::monthKey);
  }

  @FuzzTest
  void anyMonthTextIsAMonthOrRefused(@NotNull @WithUtf8Length(max = 256) String text) {
    int index;
    try {
      index = UtcCalendar.parseMonth(text);
    } catch (IllegalArgumentException refused) {
      return;
    }
    ReadContract.refusalOrValue(
        "month",
        () -> {
          String back = UtcCalendar.monthText(index);
          boolean same;
          try {
            same = UtcCalendar.parseMonth(back) == index;
          } catch (IllegalArgumentException e) {
            same = false;
          }
          if (!same) {
            throw new IllegalStateException(
                "'" + text + "' is month " + index + ", written back as '" + back + "'");
          }
        });
  }
}
