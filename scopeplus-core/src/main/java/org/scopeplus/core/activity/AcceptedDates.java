package org.scopeplus.core.activity;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The one range of calendar dates ScopePlus accepts anywhere: reporting periods, activity-record
 * periods, factor validity, intensity-metric years, the inventory year asked for, and the times of
 * Scope 3+ events (whose ledger keeps a narrower range inside this one). A date outside it is
 * refused where it enters, naming the field.
 *
 * <p>Why 1900-01-01 to 2200-12-31: every date in it is on the Gregorian calendar in Java, in both
 * databases and in their JDBC drivers alike, so a date is stored and read back unchanged (before
 * 1582-10-15 the drivers switch to the Julian calendar, and {@code 1582-10-05} came back as {@code
 * 1582-10-15}; year 0 and years beyond four digits are changed or refused by one database and not
 * the other; before 1900 some time zones use local mean time, which shifts a date by minutes on
 * conversion). It covers every base year an inventory can have and every target year (2030, 2050,
 * 2100) a pathway names, with room to spare.
 */
public final class AcceptedDates {

  /** The first date accepted. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  /** The last date accepted. */
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  private AcceptedDates() {}

  /** True when the date is inside the range. */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }

  /** True when every day of the year is inside the range. */
  public static boolean containsYear(int year) {
    return year >= FIRST.getYear() && year <= LAST.getYear();
  }

  /** True when every day of the month is inside the range. */
  public static boolean contains(YearMonth month) {
    return containsYear(month.getYear());
  }

  /** The range as written in messages: {@code 1900-01-01 to 2200-12-31}. */
  public static String range() {
    return FIRST + " to " + LAST;
  }

  /**
   * The sentence refusing {@code value} of {@code field}: e.g. {@code start 1582-10-05 is outside
   * the accepted dates 1900-01-01 to 2200-12-31}.
   */
  public static String refusal(String field, Object value) {
    return field + " " + value + " is outside the accepted dates " + range();
  }
}
