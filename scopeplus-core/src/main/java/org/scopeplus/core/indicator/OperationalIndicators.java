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

  /**
   * The company's electricity in a year against its floor area and its employees.
   *
   * @param year the year
   * @param electricityMwh the year's electricity of the whole company, MWh
   * @param kwhPerM2 kWh per m2 of floor area, or null without a floor area
   * @param mwhPerEmployee MWh per employee, or null without employees
   */
  public record EnergyIntensity(
      int year, double electricityMwh, Double kwhPerM2, Double mwhPerEmployee) {}

  /**
   * Energy per floor area and per employee of each year with the company's electricity and a floor
   * area or employees of that year. The company's electricity is that of its top org units (paths
   * without a {@code /}), of no single facility: each unit's value for the year, else its months
   * added up; so a unit below the top is never counted twice.
   *
   * @param floorAreaM2 floor area by year, m2
   * @param employees employees by year
   */
  public static List<EnergyIntensity> energyIntensity(
      List<IndicatorValue> values,
      Map<Integer, Double> floorAreaM2,
      Map<Integer, Double> employees) {
    java.util.SortedMap<Integer, Double> yearly = new java.util.TreeMap<>();
    electricityByUnit(values)
        .forEach(
            (k, mwh) -> {
              if (!k.orgUnit().contains("/")) {
                yearly.merge(k.year(), mwh, Double::sum);
              }
            });
    List<EnergyIntensity> out = new ArrayList<>();
    yearly.forEach(
        (year, mwh) -> {
          Double area = floorAreaM2.get(year);
          Double people = employees.get(year);
          Double perM2 = area == null || area <= 0 ? null : mwh * 1000 / area;
          Double perEmployee = people == null || people <= 0 ? null : mwh / people;
          if (perM2 != null || perEmployee != null) {
            out.add(new EnergyIntensity(year, mwh, perM2, perEmployee));
          }
        });
    return out;
  }

  /**
   * The company's energy per floor area and per employee from recorded values alone, as the service
   * keeps them: the floor area and the employees of a year are those of the top org units (paths
   * without a {@code /}, no facility, the whole year) added up, and the electricity is as {@link
   * #energyIntensity(List, Map, Map)} takes it. Given the same numbers, it answers what a metrics
   * file gives.
   */
  public static List<EnergyIntensity> energyIntensity(List<IndicatorValue> values) {
    Map<Integer, Double> area = new HashMap<>();
    Map<Integer, Double> people = new HashMap<>();
    for (IndicatorValue v : values) {
      if (v.orgUnit().contains("/") || !v.facility().isEmpty() || v.month() != 0) {
        continue;
      }
      if (v.metric() == Metric.FLOOR_AREA) {
        area.merge(v.year(), v.value(), Double::sum);
      } else if (v.metric() == Metric.EMPLOYEES) {
        people.merge(v.year(), v.value(), Double::sum);
      }
    }
    return energyIntensity(values, area, people);
  }

  /**
   * An org unit's electricity in a year against its own floor area and employees.
   *
   * @param kwhPerM2 kWh per m2 of the unit's floor area, or null without one
   * @param mwhPerEmployee MWh per employee of the unit, or null without employees
   */
  public record UnitEnergyIntensity(
      String orgUnit, int year, double electricityMwh, Double kwhPerM2, Double mwhPerEmployee) {}

  /**
   * Energy per floor area and per employee of each org unit and year with the unit's electricity
   * (its value for the year, else its months added up; no single facility) and the unit's own floor
   * area or employees of that year (whole-year values). A unit's figures are its own: values of the
   * units below it are not added in.
   */
  public static List<UnitEnergyIntensity> energyIntensityByUnit(List<IndicatorValue> values) {
    Map<UnitYear, Double> area = new HashMap<>();
    Map<UnitYear, Double> people = new HashMap<>();
    for (IndicatorValue v : values) {
      if (!v.facility().isEmpty() || v.month() != 0) {
        continue;
      }
      if (v.metric() == Metric.FLOOR_AREA) {
        area.put(new UnitYear(v.orgUnit(), v.year()), v.value());
      } else if (v.metric() == Metric.EMPLOYEES) {
        people.put(new UnitYear(v.orgUnit(), v.year()), v.value());
      }
    }
    List<UnitEnergyIntensity> out = new ArrayList<>();
    electricityByUnit(values)
        .forEach(
            (k, mwh) -> {
              Double a = area.get(k);
              Double p = people.get(k);
              Double perM2 = a == null || a <= 0 ? null : mwh * 1000 / a;
              Double perEmployee = p == null || p <= 0 ? null : mwh / p;
              if (perM2 != null || perEmployee != null) {
                out.add(new UnitEnergyIntensity(k.orgUnit(), k.year(), mwh, perM2, perEmployee));
              }
            });
    out.sort(
        java.util.Comparator.comparing(UnitEnergyIntensity::orgUnit)
            .thenComparingInt(UnitEnergyIntensity::year));
    return out;
  }

  private record UnitYear(String orgUnit, int year) {}

  /**
   * Each org unit's electricity (MWh) of each year, of no single facility: the unit's value for the
   * year, else its months added up.
   */
  private static java.util.SortedMap<UnitYear, Double> electricityByUnit(
      List<IndicatorValue> values) {
    Map<UnitYear, Double> yearOf = new HashMap<>();
    Map<UnitYear, Double> monthsOf = new HashMap<>();
    for (IndicatorValue v : values) {
      if (v.metric() != Metric.ELECTRICITY || !v.facility().isEmpty()) {
        continue;
      }
      UnitYear k = new UnitYear(v.orgUnit(), v.year());
      if (v.month() == 0) {
        yearOf.put(k, v.value());
      } else {
        monthsOf.merge(k, v.value(), Double::sum);
      }
    }
    monthsOf.forEach(yearOf::putIfAbsent);
    java.util.SortedMap<UnitYear, Double> out =
        new java.util.TreeMap<>(
            java.util.Comparator.comparing(UnitYear::orgUnit).thenComparingInt(UnitYear::year));
    out.putAll(yearOf);
    return out;
  }

  /**
   * A fleet's electrification in a period: electric vehicles (battery and fuel-cell) over all its
   * vehicles.
   */
  public record FleetShare(
      String orgUnit,
      String facility,
      int year,
      int month,
      double vehicles,
      double electric,
      double share) {}

  /**
   * The electrification share of every org unit (or facility) and period with both a number of
   * vehicles above 0 and a number of electric vehicles.
   */
  public static List<FleetShare> fleetShares(List<IndicatorValue> values) {
    List<FleetShare> out = new ArrayList<>();
    for (IndicatorValue v : values) {
      if (v.metric() != Metric.FLEET_VEHICLES || v.value() <= 0) {
        continue;
      }
      for (IndicatorValue e : values) {
        if (e.metric() == Metric.FLEET_ELECTRIC
            && e.orgUnit().equals(v.orgUnit())
            && e.facility().equals(v.facility())
            && e.year() == v.year()
            && e.month() == v.month()) {
          out.add(
              new FleetShare(
                  v.orgUnit(),
                  v.facility(),
                  v.year(),
                  v.month(),
                  v.value(),
                  e.value(),
                  e.value() / v.value()));
        }
      }
    }
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
