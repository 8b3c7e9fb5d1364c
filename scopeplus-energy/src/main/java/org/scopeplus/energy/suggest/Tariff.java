package org.scopeplus.energy.suggest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;

/**
 * A time-of-use electricity tariff: a period name and an energy price for each local hour of the
 * day, a demand charge per kW of each month's maximum demand, and a price for exported energy.
 * Prices in the tariff's currency (CNY unless the file says otherwise).
 */
public record Tariff(
    String currency,
    String[] periodOfHour,
    double[] priceOfHour,
    double demandChargePerKwMonth,
    double exportPrice) {

  /** Checks 24 hours, finite non-negative prices below 100 a kWh and a charge below 10,000/kW. */
  public Tariff {
    if (periodOfHour.length != 24 || priceOfHour.length != 24) {
      throw new IllegalArgumentException(
          "a tariff needs a period and a price for each of 24 hours");
    }
    for (double p : priceOfHour) {
      check("price", p, 100);
    }
    check("demand_charge_per_kw_month", demandChargePerKwMonth, 10_000);
    check("export_price", exportPrice, 100);
    periodOfHour = periodOfHour.clone();
    priceOfHour = priceOfHour.clone();
  }

  private static void check(String what, double v, double max) {
    if (!(v >= 0 && v <= max)) {
      throw new IllegalArgumentException(
          what + " " + v + ": expected a number from 0 to " + (long) max);
    }
  }

  /** The energy price of an hour starting at the given local hour of the day (0-23). */
  public double price(int localHour) {
    return priceOfHour[localHour];
  }

  /** The highest energy price of the day. */
  public double highestPrice() {
    return Arrays.stream(priceOfHour).max().orElseThrow();
  }

  /** The lowest energy price of the day. */
  public double lowestPrice() {
    return Arrays.stream(priceOfHour).min().orElseThrow();
  }

  /** The name of the period with the given price (the first hour's that has it). */
  public String periodWithPrice(double price) {
    for (int h = 0; h < 24; h++) {
      if (priceOfHour[h] == price) {
        return periodOfHour[h];
      }
    }
    throw new IllegalArgumentException("no period has the price " + price);
  }

  /**
   * Reads a tariff file (Java properties, docs/energy.md): {@code period.NAME.price}, {@code
   * period.NAME.hours} (local hour ranges {@code FROM-TO}, end excluded, comma separated; {@code
   * 23-7} wraps past midnight), {@code demand_charge_per_kw_month} (default 0), {@code
   * export_price} (default 0) and {@code currency} (default CNY). Every hour of the day must belong
   * to exactly one period.
   */
  public static Tariff read(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    String[] period = new String[24];
    double[] price = new double[24];
    for (String key : p.stringPropertyNames()) {
      if (key.equals("currency")
          || key.equals("demand_charge_per_kw_month")
          || key.equals("export_price")) {
        continue;
      }
      String[] parts = key.split("\\.");
      if (parts.length != 3
          || !parts[0].equals("period")
          || !(parts[2].equals("price") || parts[2].equals("hours"))) {
        throw new IllegalArgumentException(
            file + ": unknown key '" + key + "' (period.NAME.price, period.NAME.hours, ...)");
      }
      if (parts[2].equals("price")) {
        continue;
      }
      String name = parts[1];
      double value = number(file, p, "period." + name + ".price", null);
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
        for (int k = 0; k < hours; k++) {
          int h = (from + k) % 24;
          if (period[h] != null) {
            throw new IllegalArgumentException(
                file
                    + ": hour "
                    + h
                    + " is in both period '"
                    + period[h]
                    + "' and period '"
                    + name
                    + "'");
          }
          period[h] = name;
          price[h] = value;
        }
      }
    }
    for (String key : p.stringPropertyNames()) {
      if (key.endsWith(".price") && !p.containsKey(key.replace(".price", ".hours"))) {
        throw new IllegalArgumentException(file + ": " + key + " has no matching .hours");
      }
    }
    for (int h = 0; h < 24; h++) {
      if (period[h] == null) {
        throw new IllegalArgumentException(
            file + ": hour " + h + ":00-" + (h + 1) + ":00 belongs to no period");
      }
    }
    try {
      return new Tariff(
          p.getProperty("currency", "CNY").trim().toUpperCase(Locale.ROOT),
          period,
          price,
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
