package org.scopeplus.io.run;

import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityBounds;
import org.scopeplus.core.run.InventoryRun;

/**
 * Records that share org unit, facility, period, activity type, unit, region, substance and
 * instrument: they resolve to the same {@link LinePlan} and land in the same breakdown cells, so
 * their grams are summed here, line by line, and handed to the {@link InventoryRun} once.
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

  /**
   * Per line: grams CO2e and grams of the gas, next to each other. Only records of zero or positive
   * quantity are added (the lean path leaves negative ones to the engine), so every record's grams
   * on one line have the same sign and the magnitude of a sum is the sum of the magnitudes: the
   * accumulator's overflow guard sees what it would have seen line by line.
   */
  private final long[] sums;

  /** The largest magnitude of a quantity in this shape's unit ({@link QuantityBounds}). */
  final double maxQuantity;

  private final int lineCount;

  /** Records added; a shape none was added to makes no lines. */
  long records;

  /** The shape of rows the lean path leaves to the general one. */
  static final RecordShape INVALID = new RecordShape();

  private RecordShape() {
    this.orgUnit = "";
    this.facility = "";
    this.period = null;
    this.type = null;
    this.unit = null;
    this.region = "";
    this.consolidated = 0;
    this.plan = null;
    this.sums = new long[0];
    this.maxQuantity = 0;
    this.lineCount = 0;
  }

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
    int n = plan.lineCount();
    this.sums = new long[2 * n];
    this.lineCount = n;
    this.maxQuantity = QuantityBounds.maximum(unit);
  }

  /**
   * Adds one record of this shape, each line computed by the engine's plan. A record with a line
   * beyond {@link Grams#MAX_LINE} is not added: the engine refuses it and names it.
   *
   * @param quantity the record's quantity, zero or positive
   * @param share the record's own allocation share
   * @return false when a line is beyond the bound (nothing was added)
   * @throws ArithmeticException when a sum leaves the range of {@code long}; the shape is then
   *     unusable, and the run must be made record by record
   */
  boolean add(double quantity, double share) {
    if (!plan.addGrams(quantity, type.sign() * share * consolidated, sums)) {
      return false;
    }
    records++;
    return true;
  }

  /** Hands the summed lines to the run, one line per plan line, each carrying the sums. */
  void drainInto(InventoryRun run) {
    if (records == 0) {
      return;
    }
    ActivityRecord record =
        ActivityRecord.of("", orgUnit, facility, period, type.key(), 0.0, unit, region);
    for (int i = 0; i < lineCount; i++) {
      ResultLine p = plan.prototype(i);
      run.addSummedLine(
          new ResultLine(
              record,
              p.type(),
              p.method(),
              p.gas(),
              p.biogenic(),
              sums[2 * i + 1],
              sums[2 * i],
              p.factor(),
              p.factorNote(),
              0.0,
              "",
              p.kgPerUnit(),
              p.gwp(),
              p.gwpSet(),
              p.gwpSource(),
              p.share()),
          records);
    }
  }
}
