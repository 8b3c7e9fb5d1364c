package org.scopeplus.core.instrument;

import java.time.YearMonth;

/**
 * Whole kWh of an instrument claimed for a facility's consumption in a month.
 *
 * @param instrumentId the instrument
 * @param facility the facility
 * @param month the month, e.g. {@code 2025-03}
 * @param kwh kWh claimed
 */
public record Allocation(String instrumentId, String facility, YearMonth month, long kwh) {

  /** The allocation as canonical text, the state its audit entry records. */
  public String state() {
    return String.join("|", instrumentId, facility, month.toString(), kwh + " kWh");
  }
}
