package org.scopeplus.core.activity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time an activity record covers: a month ({@code 2024-03}), a quarter ({@code 2024-Q1}), a
 * year ({@code 2024}) or a date range ({@code 2024-01-15/2024-02-14}).
 *
 * @param start first day, inclusive
 * @param end last day, inclusive
 * @param label the text it was written as, normalised
 */
public record Period(LocalDate start, LocalDate end, String label) {

  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s*(?:/|\\.\\.)\\s*(\\d{4}-\\d{2}-\\d{2})");

  public Period {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(label, "label");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "period ends (" + end + ") before it starts (" + start + ")");
    }
  }

  /** The calendar month. */
  public static Period month(int year, int month) {
    YearMonth ym = YearMonth.of(year, month);
    return new Period(ym.atDay(1), ym.atEndOfMonth(), ym.toString());
  }

  /**
   * Parses a period as written in an input file.
   *
   * @return empty when the text is not a period, names an impossible date, or reaches outside
   *     {@link AcceptedDates}
   */
  public static Optional<Period> parse(String text) {
    return parseCalendar(text).filter(Period::accepted);
  }

  /** True when the text is a well-formed period that reaches outside {@link AcceptedDates}. */
  public static boolean outsideAcceptedDates(String text) {
    return parseCalendar(text).filter(p -> !p.accepted()).isPresent();
  }

  /** True when both ends are inside {@link AcceptedDates}. */
  public boolean accepted() {
    return AcceptedDates.contains(start) && AcceptedDates.contains(end);
  }

  private static Optional<Period> parseCalendar(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    try {
      // a month as YYYY-MM, the form of most records, read without the pattern; the same rule
      if (s.length() == 7 && s.charAt(4) == '-' && digits(s, 0, 4) && digits(s, 5, 7)) {
        YearMonth ym = YearMonth.of(number(s, 0, 4), number(s, 5, 7));
        // four digits, a dash and two: the text is already the month's label (YearMonth's form)
        return Optional.of(new Period(ym.atDay(1), ym.atEndOfMonth(), s));
      }
      Matcher m = MONTH.matcher(s);
      if (m.matches()) {
        return Optional.of(month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
      }
      m = YEAR.matcher(s);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        return Optional.of(new Period(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), s));
      }
      m = QUARTER.matcher(s);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        int q = Integer.parseInt(m.group(2));
        YearMonth first = YearMonth.of(y, 3 * q - 2);
        return Optional.of(
            new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth(), y + "-Q" + q));
      }
      m = RANGE.matcher(s);
      if (m.matches()) {
        LocalDate a = LocalDate.parse(m.group(1));
        LocalDate b = LocalDate.parse(m.group(2));
        if (b.isBefore(a)) {
          return Optional.empty();
        }
        return Optional.of(new Period(a, b, a + "/" + b));
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether characters {@code from} to {@code to} (exclusive) are ASCII digits, as \d reads. */
  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The decimal number of ASCII digits {@code from} to {@code to} (exclusive). */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (s.charAt(i) - '0');
    }
    return n;
  }

  /** The reporting year of the period: the year it starts in. */
  public int year() {
    return start.getYear();
  }

  /** The month key for breakdowns: {@code 2024-03} for a month, else the label. */
  public String monthKey() {
    YearMonth s = YearMonth.from(start);
    return s.equals(YearMonth.from(end))
            && start.getDayOfMonth() == 1
            && end.equals(s.atEndOfMonth())
        ? s.toString()
        : label;
  }
}
