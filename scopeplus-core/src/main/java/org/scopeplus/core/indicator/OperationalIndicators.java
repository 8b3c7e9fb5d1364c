package org.scopeplus.core.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Indicators derived from recorded values: a data center's PUE (total facility energy over IT
 * energy, The Green Grid, ISO/IEC 30134-2) and WUE (site water over IT energy, L/kWh, ISO/IEC
 * 30134-9) by facility and month; and the CO2 an energy-saving measure avoids, reported outside the
 * inventory.
 */
public final class OperationalIndicators {

  /**
   * t CO2 per tce of heat that a recovery measure displaces, as coal: 2.664, from China's default
   * raw-coal parameters (shared reference data, README "CO2 per tce"; the mixed-fuel 2.4567 is
   * unsourced). A documented assumption, shown with every result that uses it.
   */
  public static final double CO2_PER_TCE = 2.664;

  /**
   * GJ in one tonne of standard coal equivalent: 1 kgce = 7,000 kcal x 4.1868 kJ/kcal = 29,307.6 kJ
   * (GB/T 2589, shared reference data {@code energy.cn.kgce_calorific_value}).
   */
  public static final double GJ_PER_TCE = 29.3076;

  private OperationalIndicators() {}

  /** Tonnes of standard coal equivalent in {@code kwh} of heat: kWh x 3.6 MJ / 29,307.6 MJ. */
  public static double tceOfKwh(double kwh) {
    return kwh * 0.0036 / GJ_PER_TCE;
  }

  /** Tonnes of standard coal equivalent in {@code gj} of heat. */
  public static double tceOfGj(double gj) {
    return gj / GJ_PER_TCE;
  }

  /**
   * A data center's efficiency in one month (or year, month 0).
   *
   * @param pue facility energy / IT energy
   * @param wue water (L) / IT energy (kWh), or null without water data
   */
  public record Efficiency(
      String orgUnit, String facility, int year, int month, double pue, Double wue) {}

  /** PUE and, where water is recorded, WUE of every facility and period with both energies. */
  public static List<Efficiency> efficiency(List<IndicatorValue> values) {
    record Key(String orgUnit, String facility, int year, int month) {}
    Map<Key, Map<Metric, Double>> cells = new HashMap<>();
    for (IndicatorValue v : values) {
      cells
          .computeIfAbsent(
              new Key(v.orgUnit(), v.facility(), v.year(), v.month()), k -> new HashMap<>())
          .put(v.metric(), v.value());
    }
    List<Efficiency> out = new ArrayList<>();
    for (var e : cells.entrySet()) {
      Double it = e.getValue().get(Metric.IT_ENERGY);
      Double facility = e.getValue().get(Metric.FACILITY_ENERGY);
      if (it == null || facility == null || it == 0) {
        continue;
      }
      Double water = e.getValue().get(Metric.WATER);
      // m3 / MWh = 1000 L / 1000 kWh = L/kWh
      out.add(
          new Efficiency(
              e.getKey().orgUnit(),
              e.getKey().facility(),
              e.getKey().year(),
              e.getKey().month(),
              facility / it,
              water == null ? null : water / it));
    }
    out.sort(
        java.util.Comparator.comparing(Efficiency::orgUnit)
            .thenComparing(Efficiency::facility)
            .thenComparingInt(Efficiency::year)
            .thenComparingInt(Efficiency::month));
    return out;
  }

  /** Tonnes CO2 avoided by {@code tce} of recovered heat, at {@link #CO2_PER_TCE}. */
  public static double avoidedCo2Tonnes(double tce) {
    if (!(tce >= 0) || Double.isInfinite(tce)) {
      throw new IllegalArgumentException("recovered heat must be 0 tce or more");
    }
    return tce * CO2_PER_TCE;
  }

  /** The value of {@code metric} of an org unit as a whole in a year (facility "", month 0). */
  public static java.util.Optional<Double> annual(
      List<IndicatorValue> values, String orgUnit, int year, Metric metric) {
    for (IndicatorValue v : values) {
      if (v.metric() == metric
          && v.year() == year
          && v.month() == 0
          && v.facility().isEmpty()
          && Objects.equals(v.orgUnit(), orgUnit)) {
        return java.util.Optional.of(v.value());
      }
    }
    return java.util.Optional.empty();
  }
}
