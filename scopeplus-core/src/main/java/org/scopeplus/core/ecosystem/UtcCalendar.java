package org.scopeplus.core.ecosystem;

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

  /** Month index ({@code year * 12 + month - 1}) of an epoch day (proleptic Gregorian, UTC). */
  public static int monthIndex(int epochDay) {
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

  /** Month index of {@code yyyy-MM}. */
  public static int parseMonth(String text) {
    String[] p = text.strip().split("-");
    if (p.length != 2) {
      throw new IllegalArgumentException("month must be yyyy-MM: " + text);
    }
    int m = Integer.parseInt(p[1]);
    if (m < 1 || m > 12) {
      throw new IllegalArgumentException("month must be yyyy-MM: " + text);
    }
    return Integer.parseInt(p[0]) * 12 + m - 1;
  }
}
