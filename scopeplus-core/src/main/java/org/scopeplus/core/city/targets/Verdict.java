package org.scopeplus.core.city.targets;

import java.util.List;

/**
 * Why a city target has its status, as a code with its years and values, so that a page can say it
 * in its own language; {@link CityTargetProgress#explanation()} says it in English.
 *
 * @param code which rule decided
 * @param years the years the sentence names, in the order {@link Code} gives
 * @param values the values it names, in the target's unit, in the order {@link Code} gives
 */
public record Verdict(Verdict.Code code, List<Integer> years, List<Double> values) {

  public Verdict {
    years = List.copyOf(years);
    values = List.copyOf(values);
  }

  /** The rules, each with the years and values it carries. */
  public enum Code {
    /** Years: target year; values: actual, level. */
    TARGET_YEAR_REACHES,
    /** Years: target year; values: actual, level. */
    TARGET_YEAR_MISSES,
    /** Years: target year, first and last actual year; values: projection, level. */
    PROJECTION_REACHES,
    /** Years: target year, first and last actual year; values: projection, level. */
    PROJECTION_MISSES,
    /** Years: the one actual year; values: its pathway value. */
    ONE_YEAR,
    /** Years: how many actual years there are; no values. */
    PEAK_TOO_FEW_YEARS,
    /** Years: peak year, target year; values: the peak. */
    PEAK_AFTER_TARGET_YEAR,
    /** Years: peak year; values: the peak, the cap. */
    PEAK_ABOVE_CAP,
    /** Years: peak year, first and last trend year; values: the peak, the fall a year. */
    PEAK_TURNED,
    /**
     * Years: peak year, first and last trend year, target year; values: the peak, the slope a year.
     */
    PEAK_NOT_TURNED;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }
}
