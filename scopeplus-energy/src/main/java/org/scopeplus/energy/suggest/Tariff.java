package org.scopeplus.energy.suggest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.scopeplus.core.problem.Problem;

/**
 * A time-of-use electricity tariff: a period name and an energy price for each local hour of a
 * working day and of a rest day (Saturday, Sunday and the tariff's public holidays; a Saturday or
 * Sunday among its make-up working days, China's 调休, is a working day), a demand charge per kW of
 * each month's maximum demand, and a price for exported energy. Prices in the tariff's currency
 * (CNY unless the file says otherwise).
 *
 * @param periodOfHour the period of each local hour of a working day
 * @param priceOfHour the price of each local hour of a working day
 * @param restDayPeriodOfHour the period of each local hour of a rest day
 * @param restDayPriceOfHour the price of each local hour of a rest day
 * @param holidays the public holidays priced as rest days
 * @param workdays the Saturdays and Sundays worked and priced as working days
 */
public record Tariff(
    String currency,
    String[] periodOfHour,
    double[] priceOfHour,
    String[] restDayPeriodOfHour,
    double[] restDayPriceOfHour,
    Set<LocalDate> holidays,
    Set<LocalDate> workdays,
    double demandChargePerKwMonth,
    double exportPrice)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Checks 24 hours, finite non-negative prices below 100 a kWh and a charge below 10,000/kW. */
  public Tariff {
    if (periodOfHour.length != 24
        || priceOfHour.length != 24
        || restDayPeriodOfHour.length != 24
        || restDayPriceOfHour.length != 24) {
      throw new IllegalArgumentException(
          "a tariff needs a period and a price for each of 24 hours");
    }
    for (double p : priceOfHour) {
      check("price", p, 100);
    }
    for (double p : restDayPriceOfHour) {
      check("price", p, 100);
    }
    check("demand_charge_per_kw_month", demandChargePerKwMonth, 10_000);
    check("export_price", exportPrice, 100);
    periodOfHour = periodOfHour.clone();
    priceOfHour = priceOfHour.clone();
    restDayPeriodOfHour = restDayPeriodOfHour.clone();
    restDayPriceOfHour = restDayPriceOfHour.clone();
    holidays = Set.copyOf(holidays);
    workdays = Set.copyOf(workdays);
    for (LocalDate d : workdays) {
      if (holidays.contains(d)) {
        throw new IllegalArgumentException(
            d + " is given both as a holiday and as a working day: give it once");
      }
    }
  }

  /**
   * A tariff whose rest days are priced as its working days, without holidays or make-up working
   * days; {@link #withRestDays}, {@link #withHolidays} and {@link #withWorkdays} add them.
   */
  public static Tariff everyDay(
      String currency,
      String[] periodOfHour,
      double[] priceOfHour,
      double demandChargePerKwMonth,
      double exportPrice) {
    return new Tariff(
        currency,
        periodOfHour,
        priceOfHour,
        periodOfHour,
        priceOfHour,
        Set.of(),
        Set.of(),
        demandChargePerKwMonth,
        exportPrice);
  }

  /** This tariff with these periods and prices of each local hour of a rest day. */
  public Tariff withRestDays(String[] restDayPeriodOfHour, double[] restDayPriceOfHour) {
    return new Tariff(
        currency,
        periodOfHour,
        priceOfHour,
        restDayPeriodOfHour,
        restDayPriceOfHour,
        holidays,
        workdays,
        demandChargePerKwMonth,
        exportPrice);
  }

  /** This tariff with these public holidays instead of its own. */
  public Tariff withHolidays(Set<LocalDate> holidays) {
    return new Tariff(
        currency,
        periodOfHour,
        priceOfHour,
        restDayPeriodOfHour,
        restDayPriceOfHour,
        holidays,
        workdays,
        demandChargePerKwMonth,
        exportPrice);
  }

  /** This tariff with these make-up working days instead of its own. */
  public Tariff withWorkdays(Set<LocalDate> workdays) {
    return new Tariff(
        currency,
        periodOfHour,
        priceOfHour,
        restDayPeriodOfHour,
        restDayPriceOfHour,
        holidays,
        workdays,
        demandChargePerKwMonth,
        exportPrice);
  }

  private static void check(String what, double v, double max) {
    if (!(v >= 0 && v <= max)) {
      throw new IllegalArgumentException(
          what + " " + v + ": expected a number from 0 to " + (long) max);
    }
  }

  /**
   * Whether a local day is priced as a rest day: a Saturday or Sunday that is not a make-up working
   * day, or one of the holidays.
   */
  public boolean restDay(LocalDate day) {
    if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      return !workdays.contains(day);
    }
    return holidays.contains(day);
  }

  /** The energy price of the hour starting at this local time. */
  public double price(LocalDateTime hourStart) {
    return restDay(hourStart.toLocalDate())
        ? restDayPriceOfHour[hourStart.getHour()]
        : priceOfHour[hourStart.getHour()];
  }

  /** The highest energy price of any hour. */
  public double highestPrice() {
    return Math.max(
        Arrays.stream(priceOfHour).max().orElseThrow(),
        Arrays.stream(restDayPriceOfHour).max().orElseThrow());
  }

  /** The lowest energy price of any hour. */
  public double lowestPrice() {
    return Math.min(
        Arrays.stream(priceOfHour).min().orElseThrow(),
        Arrays.stream(restDayPriceOfHour).min().orElseThrow());
  }

  /** The name of the period with the given price (a working day's first, then a rest day's). */
  public String periodWithPrice(double price) {
    for (int h = 0; h < 24; h++) {
      if (priceOfHour[h] == price) {
        return periodOfHour[h];
      }
    }
    for (int h = 0; h < 24; h++) {
      if (restDayPriceOfHour[h] == price) {
        return restDayPeriodOfHour[h];
      }
    }
    throw new IllegalArgumentException("no period has the price " + price);
  }

  /**
   * Reads a tariff file (Java properties, docs/energy.md): {@code period.NAME.price}, {@code
   * period.NAME.hours} (local hour ranges {@code FROM-TO}, end excluded, comma separated; {@code
   * 23-7} wraps past midnight), {@code demand_charge_per_kw_month} (default 0), {@code
   * export_price} (default 0) and {@code currency} (default CNY); {@code period.NAME.days} {@code
   * all} (default), {@code weekday} or {@code weekend} (rest days), {@code holidays}, local dates
   * {@code YYYY-MM-DD} priced as rest days, and {@code workdays}, Saturdays and Sundays priced as
   * working days, both comma separated. Every hour of a working day and of a rest day must belong
   * to exactly one period; prices lie from 0 to 100 a kWh, the demand charge from 0 to 10,000 a kW.
   *
   * @throws TariffFileException naming the file, the line and the key of the first problem, with
   *     its code
   */
  public static Tariff read(Path file) throws IOException {
    TariffFile empty = new TariffFile(file.toString(), "");
    long size = Files.size(file);
    if (size > MAX_BYTES) {
      throw empty.refused(
          "",
          "the file has " + size + " bytes; a tariff file has at most " + MAX_BYTES,
          "problem.tariff.tooLarge",
          Long.toString(size),
          Long.toString(MAX_BYTES));
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (java.nio.charset.CharacterCodingException e) {
      throw empty.refused("", "the file is not UTF-8 text", "problem.tariff.notUtf8");
    }
    TariffFile f = new TariffFile(file.toString(), text);
    Properties p = new Properties();
    try (Reader r = new java.io.StringReader(text)) {
      p.load(r);
    } catch (IllegalArgumentException e) {
      throw f.refused(
          "",
          "the file is not a properties file (" + e.getMessage() + ")",
          "problem.tariff.notProperties",
          String.valueOf(e.getMessage()));
    }
    String[][] period = new String[2][24];
    double[][] price = new double[2][24];
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      if (key.equals("currency")
          || key.equals("demand_charge_per_kw_month")
          || key.equals("export_price")
          || key.equals("holidays")
          || key.equals("workdays")) {
        continue;
      }
      String[] parts = key.split("\\.");
      if (parts.length != 3
          || !parts[0].equals("period")
          || !(parts[2].equals("price") || parts[2].equals("hours") || parts[2].equals("days"))) {
        throw f.refused(
            key,
            "unknown key (period.NAME.price, period.NAME.hours, period.NAME.days, currency,"
                + " demand_charge_per_kw_month, export_price, holidays, workdays)",
            "problem.tariff.unknownKey");
      }
      if (!parts[2].equals("hours")) {
        continue;
      }
      String name = parts[1];
      double value = number(f, p, "period." + name + ".price", null, 100);
      String daysKey = "period." + name + ".days";
      String days = p.getProperty(daysKey, "all").trim();
      int[] dayTypes =
          switch (days) {
            case "all" -> new int[] {0, 1};
            case "weekday" -> new int[] {0};
            case "weekend" -> new int[] {1};
            default ->
                throw f.refused(
                    daysKey,
                    "'" + days + "' is all, weekday or weekend",
                    "problem.tariff.days",
                    days);
          };
      for (String range : p.getProperty(key).split(",")) {
        String[] ft = range.trim().split("-");
        int from;
        int to;
        try {
          if (ft.length != 2) {
            throw new NumberFormatException();
          }
          from = Integer.parseInt(ft[0].trim());
          to = Integer.parseInt(ft[1].trim());
        } catch (NumberFormatException e) {
          throw f.refused(
              key,
              "'" + range.trim() + "' is not an hour range like 8-11",
              "problem.tariff.notRange",
              range.trim());
        }
        if (from < 0 || from > 23 || to < 0 || to > 24 || from == to) {
          throw f.refused(
              key,
              "'" + range.trim() + "': hours 0-24, start different from end",
              "problem.tariff.hours",
              range.trim());
        }
        int hours = Math.floorMod(to - from, 24) == 0 ? 24 : Math.floorMod(to - from, 24);
        for (int d : dayTypes) {
          for (int k = 0; k < hours; k++) {
            int h = (from + k) % 24;
            if (period[d][h] != null) {
              throw f.refused(
                  key,
                  "hour "
                      + h
                      + (d == 0 ? " of a working day" : " of a rest day")
                      + " is in both period '"
                      + period[d][h]
                      + "' and period '"
                      + name
                      + "'",
                  d == 0
                      ? "problem.tariff.twoPeriods.workingDay"
                      : "problem.tariff.twoPeriods.restDay",
                  Integer.toString(h),
                  period[d][h],
                  name);
            }
            period[d][h] = name;
            price[d][h] = value;
          }
        }
      }
    }
    for (String key : new java.util.TreeSet<>(p.stringPropertyNames())) {
      if (key.endsWith(".price") && !p.containsKey(key.replace(".price", ".hours"))) {
        String hours = key.replace(".price", ".hours");
        throw f.refused(
            key, "no matching " + hours + " gives its hours", "problem.tariff.noHours", hours);
      }
    }
    for (int d = 0; d < 2; d++) {
      for (int h = 0; h < 24; h++) {
        if (period[d][h] == null) {
          throw f.refused(
              "",
              "hour "
                  + h
                  + ":00-"
                  + (h + 1)
                  + ":00"
                  + (d == 0 ? " of a working day" : " of a rest day")
                  + " belongs to no period",
              d == 0 ? "problem.tariff.noPeriod.workingDay" : "problem.tariff.noPeriod.restDay",
              Integer.toString(h),
              Integer.toString(h + 1));
        }
      }
    }
    Set<LocalDate> holidays = dates(f, p, "holidays");
    Set<LocalDate> workdays = dates(f, p, "workdays");
    for (LocalDate d : workdays) {
      if (holidays.contains(d)) {
        throw f.refused(
            "workdays",
            d + " is given both as a holiday and as a working day: give it once",
            "problem.tariff.holidayAndWorkday",
            d.toString());
      }
    }
    return new Tariff(
        p.getProperty("currency", "CNY").trim().toUpperCase(Locale.ROOT),
        period[0],
        price[0],
        period[1],
        price[1],
        holidays,
        workdays,
        number(f, p, "demand_charge_per_kw_month", 0.0, 10_000),
        number(f, p, "export_price", 0.0, 100));
  }

  /** A tariff file's text, to find the line each key is given on. */
  private record TariffFile(String name, String text) {

    /** The line of the last line giving {@code key} (the value a properties file keeps), or 0. */
    long line(String key) {
      if (key.isEmpty()) {
        return 0;
      }
      String[] lines = text.split("\\R", -1);
      long found = 0;
      boolean continued = false;
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].stripLeading();
        boolean wasContinued = continued;
        continued = endsInBackslash(lines[i]);
        if (wasContinued || l.startsWith("#") || l.startsWith("!")) {
          continue;
        }
        int end = 0;
        while (end < l.length() && "=: \t\f".indexOf(l.charAt(end)) < 0) {
          end++;
        }
        if (l.substring(0, end).equals(key)) {
          found = i + 1;
        }
      }
      return found;
    }

    private static boolean endsInBackslash(String l) {
      int n = 0;
      for (int i = l.length() - 1; i >= 0 && l.charAt(i) == '\\'; i--) {
        n++;
      }
      return n % 2 == 1;
    }

    TariffFileException refused(String key, String detail, String code, String... args) {
      return new TariffFileException(
          new Problem(
              name,
              line(key),
              key,
              detail,
              org.scopeplus.core.text.Sentence.of(code, (Object[]) args)));
    }
  }

  /**
   * The local dates of a comma-separated key; refuses a date that cannot be read, one outside the
   * years 1990 to 2100, a working day that is not a Saturday or Sunday, and more than 1,000 dates,
   * as the service does.
   */
  private static Set<LocalDate> dates(TariffFile f, Properties p, String key) {
    Set<LocalDate> out = new HashSet<>();
    for (String day : p.getProperty(key, "").split(",")) {
      if (day.isBlank()) {
        continue;
      }
      LocalDate d;
      try {
        d = LocalDate.parse(day.trim());
      } catch (DateTimeParseException e) {
        throw f.refused(
            key,
            "'" + day.trim() + "' is not a date like 2024-10-01",
            "problem.tariff.notDate",
            day.trim());
      }
      if (d.getYear() < 1990 || d.getYear() > 2100) {
        throw f.refused(
            key,
            d + " lies outside the years 1990 to 2100",
            "problem.tariff.dateYears",
            d.toString());
      }
      if (key.equals("workdays")
          && d.getDayOfWeek() != DayOfWeek.SATURDAY
          && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        throw f.refused(
            key, d + " is not a Saturday or Sunday", "problem.tariff.workdayWeekday", d.toString());
      }
      out.add(d);
    }
    if (out.size() > MAX_DATES) {
      throw f.refused(
          key,
          "give at most " + MAX_DATES + " dates; " + out.size() + " were given",
          "problem.tariff.tooManyDates",
          Integer.toString(MAX_DATES),
          Integer.toString(out.size()));
    }
    return out;
  }

  /** The bytes a tariff file has at most: a tariff is a few dozen lines. */
  public static final long MAX_BYTES = 1 << 20;

  /** The holidays, and the make-up working days, a tariff file gives at most. */
  public static final int MAX_DATES = 1_000;

  /** The number of {@code key}, from 0 to {@code max}; {@code fallback} when not given. */
  private static double number(
      TariffFile f, Properties p, String key, Double fallback, double max) {
    String v = p.getProperty(key);
    if (v == null) {
      if (fallback == null) {
        throw f.refused(key, "the value is missing", "problem.tariff.missing");
      }
      return fallback;
    }
    double n;
    try {
      n = Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw f.refused(
          key, "'" + v.trim() + "' is not a number", "problem.tariff.notNumber", v.trim());
    }
    if (!(n >= 0 && n <= max)) {
      throw f.refused(
          key,
          v.trim() + " lies outside 0 to " + (long) max,
          "problem.tariff.outside",
          v.trim(),
          Long.toString((long) max));
    }
    return n;
  }
}
