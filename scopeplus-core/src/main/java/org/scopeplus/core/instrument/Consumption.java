package org.scopeplus.core.instrument;

import java.time.YearMonth;

/**
 * Electricity a facility consumed in a month, with the factors market-based Scope 2 may fall back
 * on in turn.
 *
 * @param orgUnit the org unit path
 * @param facility the facility
 * @param month the month
 * @param region the grid region, e.g. {@code CN-ZJ}
 * @param mwh MWh consumed
 * @param supplierKgPerMwh the supplier's specific emission rate, or null
 * @param residualMixKgPerMwh the residual mix of the region, or null
 * @param locationKgPerMwh the grid-average (location-based) factor
 */
public record Consumption(
    String orgUnit,
    String facility,
    YearMonth month,
    String region,
    double mwh,
    Double supplierKgPerMwh,
    Double residualMixKgPerMwh,
    double locationKgPerMwh) {

  /** The line's key: facility and month. */
  public String key() {
    return facility + " " + month;
  }
}
