package org.scopeplus.io.run;

import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * Records that share org unit, facility, period, activity type, unit, region, substance and
 * instrument: they resolve to the same {@link LinePlan} and land in the same breakdown cells, so
 * their grams are summed here, line by line, and handed to an {@link InventoryAccumulator} once.
 */
final class RecordShape {

  final String orgUnit;
  final String facility;
  final Period period;
  final ActivityType type;
  final MeasureUnit unit;
  final String region;
  final double consolidated;
  final LinePlan plan;
  final long[] co2eGrams;
  final long[] gasGrams;

  RecordShape(
      String orgUnit,
      String facility,
      Period period,
      ActivityType type,
      MeasureUnit unit,
      String region,
      double consolidated,
      LinePlan plan) {
    this.orgUnit = orgUnit;
    this.facility = facility;
    this.period = period;
    this.type = type;
    this.unit = unit;
    this.region = region;
    this.consolidated = consolidated;
    this.plan = plan;
    this.co2eGrams = new long[plan.lineCount()];
    this.gasGrams = new long[plan.lineCount()];
  }

  /**
   * Adds one record of this shape, computing each line exactly as the engine does.
   *
   * @param quantity the record's quantity
   * @param share the record's own allocation share
   */
  void add(double quantity, double share) {
    double s = type.sign() * share * consolidated;
    LinePlan p = plan;
    for (int i = 0; i < co2eGrams.length; i++) {
      double kg = p.kilograms(i, quantity, s);
      co2eGrams[i] += p.co2eGrams(i, kg);
      gasGrams[i] += LinePlan.gasGrams(kg);
    }
  }

  /**
   * Hands the summed lines to an accumulator, one line per plan line, each carrying the sums.
   *
   * @return how many lines were handed over
   */
  int drainInto(InventoryAccumulator accumulator) {
    ActivityRecord record =
        ActivityRecord.of("", orgUnit, facility, period, type.key(), 0.0, unit, region);
    for (int i = 0; i < co2eGrams.length; i++) {
      ResultLine p = plan.prototype(i);
      accumulator.accept(
          new ResultLine(
              record,
              p.type(),
              p.method(),
              p.gas(),
              p.biogenic(),
              gasGrams[i],
              co2eGrams[i],
              p.factor(),
              p.factorNote(),
              0.0,
              "",
              p.kgPerUnit(),
              p.gwp(),
              p.gwpSet(),
              p.gwpSource(),
              p.share()));
    }
    return co2eGrams.length;
  }
}
