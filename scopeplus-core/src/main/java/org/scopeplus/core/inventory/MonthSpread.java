package org.scopeplus.core.inventory;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.Period;

/**
 * Spreads a record's grams over the calendar months its period covers, by the days of the period
 * that fall in each month: a quarter {@code 2024-Q1} (91 days) gives January 31/91, February 29/91
 * and March 31/91 of its grams. The parts are whole grams and add up to the grams exactly: each
 * month gets the whole grams of its share, and the grams left over go one each to the months with
 * the largest remainders (the earlier month first on a tie). A period within one month is that
 * month's. Only the month breakdown is spread; totals and every other breakdown are unchanged.
 */
public final class MonthSpread {

  private MonthSpread() {}

  /** One month's part of a record's grams. */
  public record Part(String month, long grams) {}

  /** The parts of {@code grams} by calendar month ({@code 2024-03}), earliest first. */
  public static List<Part> of(Period period, long grams) {
    YearMonth first = YearMonth.from(period.start());
    YearMonth last = YearMonth.from(period.end());
    if (first.equals(last)) {
      return List.of(new Part(first.toString(), grams));
    }
    long totalDays = ChronoUnit.DAYS.between(period.start(), period.end()) + 1;
    long magnitude = Math.abs(grams);
    List<YearMonth> months = new ArrayList<>();
    List<Long> days = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      LocalDate from = m.atDay(1).isBefore(period.start()) ? period.start() : m.atDay(1);
      LocalDate to = m.atEndOfMonth().isAfter(period.end()) ? period.end() : m.atEndOfMonth();
      months.add(m);
      days.add(ChronoUnit.DAYS.between(from, to) + 1);
    }
    long[] whole = new long[months.size()];
    long[] remainder = new long[months.size()];
    long given = 0;
    for (int i = 0; i < whole.length; i++) {
      long[] qr = divide(magnitude, days.get(i), totalDays);
      whole[i] = qr[0];
      remainder[i] = qr[1];
      given += whole[i];
    }
    long left = magnitude - given;
    while (left > 0) {
      int best = 0;
      for (int i = 1; i < remainder.length; i++) {
        if (remainder[i] > remainder[best]) {
          best = i;
        }
      }
      whole[best]++;
      remainder[best] = -1;
      left--;
    }
    List<Part> parts = new ArrayList<>(whole.length);
    for (int i = 0; i < whole.length; i++) {
      parts.add(new Part(months.get(i).toString(), grams < 0 ? -whole[i] : whole[i]));
    }
    return parts;
  }

  /** Quotient and remainder of {@code a x b / d}, exact for any non-negative a and small b, d. */
  private static long[] divide(long a, long b, long d) {
    BigInteger[] qr =
        BigInteger.valueOf(a)
            .multiply(BigInteger.valueOf(b))
            .divideAndRemainder(BigInteger.valueOf(d));
    return new long[] {qr[0].longValueExact(), qr[1].longValueExact()};
  }
}
