package org.scopeplus.energy.carbon;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.scopeplus.energy.load.HourlySeries;

/**
 * A site's meter data as the monthly activity records of its Scope 1 and 2 inventory, for the
 * existing engine to calculate (docs/energy.md, "Carbon inventory from energy data").
 *
 * <p>Electricity: the site's consumption minus its own PV hour by hour. In each hour the PV used on
 * site is min(consumption, PV) and reduces the grid purchase; the rest of the PV is exported and
 * credited to nothing. The grid purchase (kWh) is the Scope 2 activity; certificates cover it month
 * by month from January until each certificate's kWh are used, and a covered part is a record of
 * its own naming the certificate. Gas (m³) is Scope 1 stationary combustion; purchased heat (kWh)
 * is Scope 2.
 */
public final class EnergyActivity {

  /** The activity type of purchased electricity. */
  public static final String ELECTRICITY = "s2.electricity";

  /** The activity type of natural gas burnt in a commercial building. */
  public static final String NATURAL_GAS = "s1.stationary.commercial_institutional.natural_gas";

  /** The activity type of purchased heat (district heating, hot water): Scope 2. */
  public static final String HEAT = "s2.heat";

  private EnergyActivity() {}

  /**
   * The records of purchased heat: one a local month of {@code year} with heat, its kWh summed from
   * the heat meters' hours (hour beginning, UTC) in the site's zone. Record ids are {@code
   * site-H-2024-01}.
   */
  public static List<Row> heatRows(String site, HourlySeries heat, ZoneId zone, int year) {
    TreeMap<YearMonth, Double> byMonth = new TreeMap<>();
    for (int i = 0; i < heat.size(); i++) {
      YearMonth m = month(heat.hourStart(i), zone);
      if (m.getYear() == year && !Double.isNaN(heat.value(i))) {
        byMonth.merge(m, heat.value(i), Double::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    byMonth.forEach(
        (m, kwh) -> {
          if (kwh > 0) {
            rows.add(new Row(site + "-H-" + m, m, HEAT, kwh, "kWh", null));
          }
        });
    return rows;
  }

  /** One month's energy of the site, kWh and m³. */
  public record Month(
      YearMonth month,
      double consumptionKwh,
      double pvSelfConsumedKwh,
      double pvExportedKwh,
      double gridKwh,
      double gasM3) {}

  /** A contractual instrument (green electricity certificate, I-REC, PPA) and its kWh. */
  public record Certificate(String id, double kwh) {
    public Certificate {
      if (id == null || id.isBlank() || id.contains(",") || id.contains("\"")) {
        throw new IllegalArgumentException("a certificate needs an id without commas or quotes");
      }
      if (!(kwh > 0 && kwh <= 1e12)) {
        throw new IllegalArgumentException("certificate " + id + ": kWh " + kwh + " out of range");
      }
    }
  }

  /** One activity record: quantity in {@code unit}, instrument null when none. */
  public record Row(
      String recordId,
      YearMonth month,
      String activityType,
      double quantity,
      String unit,
      String instrument) {}

  /**
   * The months of {@code year} (local, in the zone) with readings.
   *
   * @param electricity the site's consumption, kWh an hour
   * @param pv its own PV generation, kWh an hour, or null
   * @param gas gas, m³ an hour (or a longer interval added up), or null
   */
  public static List<Month> months(
      HourlySeries electricity, HourlySeries pv, HourlySeries gas, ZoneId zone, int year) {
    TreeMap<YearMonth, double[]> m = new TreeMap<>();
    for (int i = 0; i < electricity.size(); i++) {
      YearMonth ym = month(electricity.hourStart(i), zone);
      if (ym.getYear() != year) {
        continue;
      }
      double load = electricity.value(i);
      double gen = pv == null ? 0 : pv.at(electricity.hourStart(i));
      if (Double.isNaN(gen)) {
        gen = 0;
      }
      double self = Math.min(Math.max(load, 0), Math.max(gen, 0));
      double[] a = m.computeIfAbsent(ym, k -> new double[5]);
      a[0] += load;
      a[1] += self;
      a[2] += Math.max(gen, 0) - self;
      a[3] += load - self;
    }
    if (gas != null) {
      for (int i = 0; i < gas.size(); i++) {
        YearMonth ym = month(gas.hourStart(i), zone);
        if (ym.getYear() == year) {
          m.computeIfAbsent(ym, k -> new double[5])[4] += gas.value(i);
        }
      }
    }
    List<Month> out = new ArrayList<>();
    m.forEach((k, a) -> out.add(new Month(k, a[0], a[1], a[2], a[3], a[4])));
    return out;
  }

  private static YearMonth month(long t, ZoneId zone) {
    return YearMonth.from(Instant.ofEpochSecond(t).atZone(zone));
  }

  /**
   * The activity records: one electricity record a month (split where a certificate covers part of
   * it) and one gas record a month with gas. Record ids are {@code site-E-2024-01}, {@code
   * site-E-2024-01-C1} (covered by the first certificate), {@code site-G-2024-01}.
   */
  public static List<Row> rows(String site, List<Month> months, List<Certificate> certificates) {
    double[] left = new double[certificates.size()];
    for (int c = 0; c < left.length; c++) {
      left[c] = certificates.get(c).kwh();
    }
    List<Row> rows = new ArrayList<>();
    int c = 0;
    for (Month m : months) {
      double grid = m.gridKwh();
      String ym = m.month().toString();
      while (grid > 0 && c < left.length) {
        double covered = Math.min(grid, left[c]);
        rows.add(
            new Row(
                site + "-E-" + ym + "-C" + (c + 1),
                m.month(),
                ELECTRICITY,
                covered,
                "kWh",
                certificates.get(c).id()));
        grid -= covered;
        left[c] -= covered;
        if (left[c] <= 0) {
          c++;
        }
      }
      if (grid > 0) {
        rows.add(new Row(site + "-E-" + ym, m.month(), ELECTRICITY, grid, "kWh", null));
      }
      if (m.gasM3() > 0) {
        rows.add(new Row(site + "-G-" + ym, m.month(), NATURAL_GAS, m.gasM3(), "m3", null));
      }
    }
    return rows;
  }
}
