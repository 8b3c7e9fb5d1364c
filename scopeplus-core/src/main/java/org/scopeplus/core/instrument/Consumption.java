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
 * @param kwh whole kWh consumed
 * @param supplierKgPerMwh the supplier's specific emission rate, or null
 * @param residualMixKgPerMwh the residual mix of the region, or null
 * @param locationKgPerMwh the grid-average (location-based) factor
 */
public record Consumption(
    String orgUnit,
    String facility,
    YearMonth month,
    String region,
    long kwh,
    Double supplierKgPerMwh,
    Double residualMixKgPerMwh,
    double locationKgPerMwh) {

  /** Why the line cannot be recorded (amount or a factor out of range), or empty. */
  public java.util.Optional<String> refusal() {
    if (kwh < 0 || kwh > Kwh.MAX) {
      return java.util.Optional.of(
          facility + " in " + month + ": consumption is 0 to " + Kwh.mwh(Kwh.MAX) + " MWh");
    }
    for (Double f : new Double[] {supplierKgPerMwh, residualMixKgPerMwh, locationKgPerMwh}) {
      if (f != null) {
        java.util.Optional<String> r = Kwh.rateRefusal(facility + " in " + month + ": a factor", f);
        if (r.isPresent()) {
          return r;
        }
      }
    }
    return java.util.Optional.empty();
  }

  /** The line as canonical text, the state its audit entry records. */
  public String state() {
    return String.join(
        "|",
        orgUnit,
        facility,
        month.toString(),
        region,
        kwh + " kWh",
        String.valueOf(supplierKgPerMwh),
        String.valueOf(residualMixKgPerMwh),
        Double.toString(locationKgPerMwh));
  }

  /** The line's key: facility and month. */
  public String key() {
    return facility + " " + month;
  }
}
