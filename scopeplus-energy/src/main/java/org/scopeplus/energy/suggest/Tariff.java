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

/**
 * A time-of-use electricity tariff: a period name and an energy price for each local hour of a
 * working day and of a rest day (Saturday, Sunday and the tariff's public holidays), a demand
 * charge per kW of each month's maximum demand, and a price for exported energy. Prices in the
 * tariff's currency (CNY unless the file says otherwise).
 *
 * @param periodOfHour the period of each local hour of a working day
 * @param priceOfHour the price of each local hour of a working day
 * @param restDayPeriodOfHour the period of each local hour of a rest day
 * @param restDayPriceOfHour the price of each local hour of a rest day
 * @param holidays the public holidays priced as rest days
 */
public record Tariff(
    String currency,
    String[] periodOfHour,
    double[] priceOfHour,
    String[] restDayPeriodOfHour,
    double[] restDayPriceOfHour,
    Set<LocalDate> holidays,
    double demandChargePerKwMonth,
    double exportPrice) {

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
  }

  /** A tariff whose rest days are priced as its working days. */
  public Tariff(
      String currency,
      String[] periodOfHour,
      double[] priceOfHour,
      double demandChargePerKwMonth,
      double exportPrice) {
    this(
        currency,
        periodOfHour,
        priceOfHour,
        periodOfHour,
        priceOfHour,
        Set.of(),
        demandChargePerKwMonth,
        exportPrice);
  }

  private static void check(String what, double v, double max) {
    if (!(v >= 0 && v <= max)) {
      throw new IllegalArgumentException(
          what + " " + v + ": expected a number from 0 to " + (long) max);
    }
  }

  /** Whether a local day is priced as a rest day: Saturday, Sunday or one of the holidays. */
  public boolean restDay(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || holidays.contains(day);
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
   * all} (default), {@code weekday} or {@code weekend} (rest days), and {@code holidays}, local
   * dates {@code YYYY-MM-DD} priced as rest days, comma separated. Every hour of a working day and
   * of a rest day must belong to exactly one period.
   */
  public static Tariff read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    String[][] period = new String[2][24];
    double[][] price = new double[2][24];
    for (String key : p.stringPropertyNames()) {
      if (key.equals("currency")
          || key.equals("demand_charge_per_kw_month")
          || key.equals("export_price")
          || key.equals("holidays")) {
        continue;
      }
      String[] parts = key.split("\\.");
      if (parts.length != 3
          || !parts[0].equals("period")
          || !(parts[2].equals("price") || parts[2].equals("hours") || parts[2].equals("days"))) {
        throw new IllegalArgumentException(
            file
                + ": unknown key '"
                + key
                + "' (period.NAME.price, period.NAME.hours, period.NAME.days, ...)");
      }
      if (!parts[2].equals("hours")) {
        continue;
      }
      String name = parts[1];
      double value = number(file, p, "period." + name + ".price", null);
      String days = p.getProperty("period." + name + ".days", "all").trim();
      int[] dayTypes =
          switch (days) {
            case "all" -> new int[] {0, 1};
            case "weekday" -> new int[] {0};
            case "weekend" -> new int[] {1};
            default ->
                throw new IllegalArgumentException(
                    file + ": period." + name + ".days '" + days + "' is all, weekday or weekend");
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
          throw new IllegalArgumentException(
              file + ": " + key + " '" + range.trim() + "' is not an hour range like 8-11");
        }
        if (from < 0 || from > 23 || to < 0 || to > 24 || from == to) {
          throw new IllegalArgumentException(
              file + ": " + key + " '" + range.trim() + "': hours 0-24, start different from end");
        }
        int hours = Math.floorMod(to - from, 24) == 0 ? 24 : Math.floorMod(to - from, 24);
        for (int d : dayTypes) {
          for (int k = 0; k < hours; k++) {
            int h = (from + k) % 24;
            if (period[d][h] != null) {
              throw new IllegalArgumentException(
                  file
                      + ": hour "
                      + h
                      + (d == 0 ? " of a working day" : " of a rest day")
                      + " is in both period '"
                      + period[d][h]
                      + "' and period '"
                      + name
                      + "'");
            }
            period[d][h] = name;
            price[d][h] = value;
          }
        }
      }
    }
    for (String key : p.stringPropertyNames()) {
      if (key.endsWith(".price") && !p.containsKey(key.replace(".price", ".hours"))) {
        throw new IllegalArgumentException(file + ": " + key + " has no matching .hours");
      }
    }
    for (int d = 0; d < 2; d++) {
      for (int h = 0; h < 24; h++) {
        if (period[d][h] == null) {
          throw new IllegalArgumentException(
              file
                  + ": hour "
                  + h
                  + ":00-"
                  + (h + 1)
                  + ":00"
                  + (d == 0 ? " of a working day" : " of a rest day")
                  + " belongs to no period");
        }
      }
    }
    Set<LocalDate> holidays = new HashSet<>();
    for (String day : p.getProperty("holidays", "").split(",")) {
      if (day.isBlank()) {
        continue;
      }
      try {
        holidays.add(LocalDate.parse(day.trim()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            file + ": holidays '" + day.trim() + "' is not a date like 2024-10-01");
      }
    }
    try {
      return new Tariff(
          p.getProperty("currency", "CNY").trim().toUpperCase(Locale.ROOT),
          period[0],
          price[0],
          period[1],
          price[1],
          holidays,
          number(file, p, "demand_charge_per_kw_month", 0.0),
          number(file, p, "export_price", 0.0));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  private static double number(Path file, Properties p, String key, Double fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      if (fallback == null) {
        throw new IllegalArgumentException(file + ": " + key + " is missing");
      }
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": " + key + " '" + v.trim() + "' is not a number");
    }
  }
}
