package org.scopeplus.store.instrument;

import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;

/**
 * The states audit entries recorded for the instrument ledger before migration V12, when energy was
 * kept in MWh as a {@code double}: the record's text with {@code mwh=} the MWh as Java spelled a
 * double. The integrity check accepts them beside the current state, so rows kept before V12 and
 * untouched since are not taken for edits.
 */
public final class InstrumentStates {

  private InstrumentStates() {}

  public static String before12(Instrument i) {
    return "Instrument[id="
        + i.id()
        + ", kind="
        + i.kind()
        + ", serialBlock="
        + i.serialBlock()
        + ", serialFirst="
        + i.serialFirst()
        + ", serialLast="
        + i.serialLast()
        + ", mwh="
        + mwh(i.kwh())
        + ", technology="
        + i.technology()
        + ", generatedFrom="
        + i.generatedFrom()
        + ", generatedTo="
        + i.generatedTo()
        + ", marketBoundary="
        + i.marketBoundary()
        + ", registry="
        + i.registry()
        + ", emissionRateKgPerMwh="
        + i.emissionRateKgPerMwh()
        + "]";
  }

  public static String before12(Consumption c) {
    return "Consumption[orgUnit="
        + c.orgUnit()
        + ", facility="
        + c.facility()
        + ", month="
        + c.month()
        + ", region="
        + c.region()
        + ", mwh="
        + mwh(c.kwh())
        + ", supplierKgPerMwh="
        + c.supplierKgPerMwh()
        + ", residualMixKgPerMwh="
        + c.residualMixKgPerMwh()
        + ", locationKgPerMwh="
        + c.locationKgPerMwh()
        + "]";
  }

  public static String before12(Allocation a) {
    return "Allocation[instrumentId="
        + a.instrumentId()
        + ", facility="
        + a.facility()
        + ", month="
        + a.month()
        + ", mwh="
        + mwh(a.kwh())
        + "]";
  }

  private static String mwh(long kwh) {
    return Double.toString(kwh / 1000.0);
  }
}
