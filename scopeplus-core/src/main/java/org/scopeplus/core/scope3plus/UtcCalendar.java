package org.scopeplus.core.scope3plus;

import java.util.regex.Pattern;

/**
 * Calendar arithmetic on UTC days without allocation: day and month indices for caps and monthly
 * aggregates. A month index is {@code year * 12 + month - 1}.
 */
public final class UtcCalendar {
  private UtcCalendar() {}

  /** Days since 1970-01-01 for an epoch second. */
  public static int epochDay(long epochSecond) {
    return (int) Math.floorDiv(epochSecond, 86_400L);
  }

  /** The first epoch day of {@link #MONTHS}: 1999-01-01, a year before the ledger's window. */
  private static final int FIRST_TABLE_DAY = 10_592;

  /**
   * Month index of every day from {@link #FIRST_TABLE_DAY} to 2100-12-31, so the hot path reads the
   * month of a day in the ledger's window instead of dividing.
   */
  private static final char[] MONTHS = new char[37_255];

  static {
    for (int i = 0; i < MONTHS.length; i++) {
      MONTHS[i] = (char) computeMonthIndex(FIRST_TABLE_DAY + i);
    }
  }

  /** Month index ({@code year * 12 + month - 1}) of an epoch day (proleptic Gregorian, UTC). */
  public static int monthIndex(int epochDay) {
    int i = epochDay - FIRST_TABLE_DAY;
    return i >= 0 && i < MONTHS.length ? MONTHS[i] : computeMonthIndex(epochDay);
  }

  private static int computeMonthIndex(int epochDay) {
    long z = epochDay + 719_468L;
    long era = Math.floorDiv(z, 146_097L);
    long doe = z - era * 146_097L;
    long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2) {
      y++;
    }
    return (int) (y * 12 + m - 1);
  }

  /** {@code yyyy-MM} of a month index. */
  public static String monthText(int monthIndex) {
    int y = monthIndex / 12;
    int m = monthIndex % 12 + 1;
    return String.format("%04d-%02d", y, m);
  }

  /**
   * Month index of {@code yyyy-MM}, the one month parser of Scope 3+ (command line and service):
   * four digits of year, two of month, within the ledger's window ({@link
   * Scope3PlusRules#FIRST_YEAR} to {@link Scope3PlusRules#LAST_YEAR}, the years an event may fall
   * in), so no month can name a time the ledger never counts and no year can overflow the index.
   *
   * @throws IllegalArgumentException with a sentence naming the text, when it is refused
   */
  public static int parseMonth(String text) {
    String t = text == null ? "" : text.strip();
    int m = MONTH.matcher(t).matches() ? Integer.parseInt(t.substring(5, 7)) : 0;
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException(
          "month " + text + " is not a month written yyyy-MM such as 2024-05");
    }
    int y = Integer.parseInt(t.substring(0, 4));
    if (y < Scope3PlusRules.FIRST_YEAR || y > Scope3PlusRules.LAST_YEAR) {
      throw new IllegalArgumentException(
          "month "
              + t
              + " is outside "
              + Scope3PlusRules.FIRST_YEAR
              + "-"
              + Scope3PlusRules.LAST_YEAR
              + ", the years the Scope 3+ ledger counts events in");
    }
    return y * 12 + m - 1;
  }

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
}
