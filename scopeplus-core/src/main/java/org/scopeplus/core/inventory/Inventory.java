package org.scopeplus.core.inventory;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.scopeplus.core.gas.GasGroup;

/**
 * A greenhouse-gas inventory: totals and breakdowns in grams CO2e, and the manifest that makes it
 * reproducible. Tonnes are derived only when presented.
 *
 * @param manifest what the run was a function of
 * @param totals totals by scope
 * @param scope3Categories Scope 3 by category 1 to 15 (every category present, zero when empty)
 * @param scope3FromSupplierData of each category, the grams calculated from suppliers' own data: a
 *     supplier's PACT product footprint or a supplier-specific factor on the record, instead of an
 *     average or spend-based factor (every category present, zero when none)
 * @param byGas by gas group
 * @param byOrgUnit by org unit, each unit including everything below it
 * @param byFacility by facility
 * @param byMonth by calendar month ({@code 2024-03}); a record longer than a month is spread over
 *     its months by days ({@link MonthSpread})
 * @param byActivityType by activity type
 * @param weakFactors factors flagged secondary or to-verify that the inventory rests on, with the
 *     emissions calculated from each, so a user sees which numbers to check
 * @param factorYears factors used for activity of a year they do not describe (the year rule took
 *     the nearest earlier year's, or the earliest later one's when none was earlier), with the
 *     emissions calculated from each: the run's warnings
 * @param intensityDenominators the metrics emissions are divided by
 * @param records activity records calculated
 * @param lines result lines made
 */
public record Inventory(
    RunManifest manifest,
    Totals totals,
    SortedMap<Integer, Long> scope3Categories,
    SortedMap<Integer, Long> scope3FromSupplierData,
    Map<GasGroup, GasTotal> byGas,
    SortedMap<String, Totals> byOrgUnit,
    SortedMap<String, Totals> byFacility,
    SortedMap<String, Totals> byMonth,
    SortedMap<String, Totals> byActivityType,
    List<WeakFactorUse> weakFactors,
    List<FactorYearUse> factorYears,
    List<IntensityDenominator> intensityDenominators,
    long records,
    long lines) {

  /**
   * The share of a Scope 3 category's emissions calculated from suppliers' own data, 0 to 1, as
   * ESRS E1 and CDP ask for category 1; NaN when the category has no emissions.
   */
  public double supplierDataShare(int category) {
    long all = scope3Categories.getOrDefault(category, 0L);
    return all == 0 ? Double.NaN : (double) scope3FromSupplierData.getOrDefault(category, 0L) / all;
  }
}
