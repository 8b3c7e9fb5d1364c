package org.scopeplus.core.energy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An electricity tariff of a site: time-of-use periods with their energy price, and a demand charge
 * on the month's highest interval demand, in a currency (CNY by default). The periods cover every
 * minute of a weekday and of a weekend day exactly once, in the site's local time. Rest days are
 * Saturdays, Sundays and the tariff's public holidays: they take the weekend periods. A make-up
 * working day (China's 调休: a Saturday or Sunday worked in exchange for a holiday) takes the weekday
 * periods.
 *
 * @param demandChargePerKwMonth price per kW of the month's peak demand, 0 when none
 * @param holidays the public holidays priced as weekend days (local dates, sorted, no repeats)
 * @param workdays the Saturdays and Sundays worked and priced as weekdays (sorted, no repeats)
 */
public record Tariff(
    String id,
    String siteId,
    String name,
    String currency,
    double demandChargePerKwMonth,
    List<TouPeriod> periods,
    List<LocalDate> holidays,
    List<LocalDate> workdays) {

  /** The currencies a tariff may be priced in. */
  public static final Set<String> CURRENCIES = Set.of("CNY", "USD", "EUR", "GBP", "HKD", "JPY");

  /** The largest price accepted per kWh or per kW-month, in the tariff's currency. */
  static final double MAX_PRICE = 100_000;

  /**
   * The most holidays one tariff names (about thirty years of a national calendar); the same limit
   * holds for its make-up working days.
   */
  public static final int MAX_HOLIDAYS = 1_000;

  /** The years a holiday may lie in. */
  static final int FIRST_YEAR = 1990;

  static final int LAST_YEAR = 2100;

  public Tariff {
    periods = periods == null ? List.of() : List.copyOf(periods);
    holidays = holidays == null ? List.of() : List.copyOf(new TreeSet<>(holidays));
    workdays = workdays == null ? List.of() : List.copyOf(new TreeSet<>(workdays));
  }

  /** A tariff without holidays or make-up working days: only Saturdays and Sundays rest. */
  public static Tariff of(
      String id,
      String siteId,
      String name,
      String currency,
      double demandChargePerKwMonth,
      List<TouPeriod> periods) {
    return new Tariff(
        id, siteId, name, currency, demandChargePerKwMonth, periods, List.of(), List.of());
  }

  /** This tariff with these time-of-use periods instead of its own. */
  public Tariff withPeriods(List<TouPeriod> periods) {
    return new Tariff(
        id, siteId, name, currency, demandChargePerKwMonth, periods, holidays, workdays);
  }

  /** This tariff with these public holidays instead of its own. */
  public Tariff withHolidays(List<LocalDate> holidays) {
    return new Tariff(
        id, siteId, name, currency, demandChargePerKwMonth, periods, holidays, workdays);
  }

  /** This tariff with these make-up working days instead of its own. */
  public Tariff withWorkdays(List<LocalDate> workdays) {
    return new Tariff(
        id, siteId, name, currency, demandChargePerKwMonth, periods, holidays, workdays);
  }

  /**
   * A time-of-use period: the days it applies to ({@code all}, {@code weekday}, {@code weekend}),
   * from {@code start} to {@code end} local time in whole minutes of the day (end 1440 for
   * midnight; an end before the start runs over midnight), and its price per kWh.
   */
  public record TouPeriod(String label, String days, int startMinute, int endMinute, double price) {

    /** Whether the period holds the minute {@code m} of the day (0 to 1439). */
    boolean covers(int m) {
      return startMinute < endMinute
          ? m >= startMinute && m < endMinute
          : m >= startMinute || m < endMinute;
    }

    boolean appliesTo(boolean weekend) {
      return "all".equals(days) || (weekend ? "weekend" : "weekday").equals(days);
    }
  }

  /** Why the tariff cannot be kept, if it cannot. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a tariff has a name of 1 to 200 characters");
    }
    if (currency == null || !CURRENCIES.contains(currency)) {
      return Optional.of(
          "currency is one of " + String.join(", ", CURRENCIES.stream().sorted().toList()));
    }
    if (!(demandChargePerKwMonth >= 0 && demandChargePerKwMonth <= MAX_PRICE)) {
      return Optional.of("demandChargePerKwMonth lies from 0 to " + (long) MAX_PRICE);
    }
    if (periods.isEmpty() || periods.size() > 48) {
      return Optional.of("give 1 to 48 time-of-use periods");
    }
    for (int i = 0; i < periods.size(); i++) {
      TouPeriod p = periods.get(i);
      String where = "period " + (i + 1) + ": ";
      if (!Set.of("all", "weekday", "weekend").contains(p.days())) {
        return Optional.of(where + "days is all, weekday or weekend");
      }
      if (p.startMinute() < 0
          || p.startMinute() >= 1440
          || p.endMinute() <= 0
          || p.endMinute() > 1440
          || p.startMinute() == p.endMinute()) {
        return Optional.of(where + "start is 00:00 to 23:59 and end 00:01 to 24:00, not equal");
      }
      if (!(p.price() >= 0 && p.price() <= MAX_PRICE)) {
        return Optional.of(where + "price per kWh lies from 0 to " + (long) MAX_PRICE);
      }
      if (p.label() != null && p.label().length() > 40) {
        return Optional.of(where + "a label has at most 40 characters");
      }
    }
    if (holidays.size() > MAX_HOLIDAYS) {
      return Optional.of(
          "give at most " + MAX_HOLIDAYS + " holidays; " + holidays.size() + " were given");
    }
    for (LocalDate d : holidays) {
      if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
        return Optional.of(
            "holiday " + d + " lies outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
      }
    }
    if (workdays.size() > MAX_HOLIDAYS) {
      return Optional.of(
          "give at most "
              + MAX_HOLIDAYS
              + " make-up working days; "
              + workdays.size()
              + " were given");
    }
    for (LocalDate d : workdays) {
      if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
        return Optional.of(
            "working day " + d + " lies outside the years " + FIRST_YEAR + " to " + LAST_YEAR);
      }
      if (!weekend(d)) {
        return Optional.of(
            "working day "
                + d
                + " is a "
                + d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
                + ": only a Saturday or Sunday is a make-up working day");
      }
      if (java.util.Collections.binarySearch(holidays, d) >= 0) {
        return Optional.of(d + " is given both as a holiday and as a working day: give it once");
      }
    }
    for (boolean weekend : new boolean[] {false, true}) {
      int[] cover = new int[1440];
      for (TouPeriod p : periods) {
        if (!p.appliesTo(weekend)) {
          continue;
        }
        for (int m = 0; m < 1440; m++) {
          if (p.covers(m)) {
            cover[m]++;
          }
        }
      }
      for (int m = 0; m < 1440; m++) {
        if (cover[m] != 1) {
          return Optional.of(
              String.format(
                      "the periods %s %s at %02d:%02d on a %s: each minute of the day has one price",
                      cover[m] == 0 ? "leave a gap" : "overlap",
                      cover[m] == 0 ? "" : "(" + cover[m] + " periods)",
                      m / 60,
                      m % 60,
                      weekend ? "weekend day" : "weekday")
                  .replace("  ", " "));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a local day takes the weekend periods: a Saturday or a Sunday that is not a make-up
   * working day, or one of the holidays. Every price of the service (suggestions, savings' cost)
   * asks this.
   */
  public boolean restDay(LocalDate day) {
    if (weekend(day)) {
      return java.util.Collections.binarySearch(workdays, day) < 0;
    }
    return java.util.Collections.binarySearch(holidays, day) >= 0;
  }

  private static boolean weekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The energy price at a local minute of a local day; call on a kept tariff. */
  public double priceAt(LocalDate day, int minuteOfDay) {
    return priceAt(restDay(day), minuteOfDay);
  }

  /** The energy price at a local minute of a weekday or weekend day; call on a kept tariff. */
  public double priceAt(boolean weekend, int minuteOfDay) {
    for (TouPeriod p : periods) {
      if (!p.appliesTo(weekend)) {
        continue;
      }
      boolean in = p.covers(minuteOfDay);
      if (in) {
        return p.price();
      }
    }
    throw new IllegalStateException(
        "tariff " + name + " was not checked: no price at " + minuteOfDay);
  }
}
