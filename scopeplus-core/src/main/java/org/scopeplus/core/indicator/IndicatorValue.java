package org.scopeplus.core.indicator;

import java.util.Optional;

/**
 * One recorded value of an indicator: an org unit's, or one facility's, for a year or a month.
 *
 * @param orgUnit the org unit path
 * @param facility the facility, or "" for the whole org unit
 * @param year the year
 * @param month 1 to 12, or 0 for the whole year
 * @param metric the indicator
 * @param value the value, 0 or more, in the metric's unit
 */
public record IndicatorValue(
    String orgUnit, String facility, int year, int month, Metric metric, double value) {

  /** Why this value cannot be kept, or empty. */
  public Optional<String> refusal() {
    if (orgUnit == null || orgUnit.isBlank()) {
      return Optional.of("an indicator value names its org unit");
    }
    if (year < 1990 || year > 2100) {
      return Optional.of("year " + year + " is not between 1990 and 2100");
    }
    if (month < 0 || month > 12) {
      return Optional.of("month is 1 to 12, or 0 for the whole year");
    }
    if (!(value >= 0) || Double.isInfinite(value)) {
      return Optional.of(metric.label() + " must be 0 or more, in " + metric.unit());
    }
    return Optional.empty();
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "org_unit="
        + orgUnit
        + "\nfacility="
        + facility
        + "\nyear="
        + year
        + "\nmonth="
        + month
        + "\nmetric="
        + metric.label()
        + "\nvalue="
        + value;
  }
}
