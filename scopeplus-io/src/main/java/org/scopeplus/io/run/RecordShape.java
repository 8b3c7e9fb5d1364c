package org.scopeplus.io.run;

import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityBounds;

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
   * Adds one record of this shape, computing each line exactly as the engine does. A record with a
   * line beyond {@link Grams#MAX_LINE} is not added: the engine refuses it and names it.
   *
   * @param quantity the record's quantity, zero or positive
   * @param share the record's own allocation share
   * @return false when a line is beyond the bound (nothing was added)
   * @throws ArithmeticException when a sum leaves the range of {@code long}; the shape is then
   *     unusable, and the run must be made record by record
   */
  boolean add(double quantity, double share) {
    double s = type.sign() * share * consolidated;
    long[] g = sums;
    for (int i = 0; i < lineCount; i++) {
      double kg = plan.kilograms(i, quantity, s);
      long co2e = plan.co2eGrams(i, kg);
      long gas = LinePlan.gasGrams(kg);
      if (co2e == Grams.REFUSED || gas == Grams.REFUSED) {
        undo(i, quantity, s);
        return false;
      }
      g[2 * i] = Math.addExact(g[2 * i], co2e);
      g[2 * i + 1] = Math.addExact(g[2 * i + 1], gas);
    }
    records++;
    return true;
  }

  /** Takes back the lines before {@code line} of a record that turned out to be refused. */
  private void undo(int line, double quantity, double s) {
    long[] g = sums;
    for (int i = 0; i < line; i++) {
      double kg = plan.kilograms(i, quantity, s);
      g[2 * i] -= plan.co2eGrams(i, kg);
      g[2 * i + 1] -= LinePlan.gasGrams(kg);
    }
  }

  /**
   * Hands the summed lines to an accumulator, one line per plan line, each carrying the sums.
   *
   * @return how many lines were handed over
   */
  int drainInto(InventoryAccumulator accumulator) {
    if (records == 0) {
      return 0;
    }
    ActivityRecord record =
        ActivityRecord.of("", orgUnit, facility, period, type.key(), 0.0, unit, region);
    for (int i = 0; i < lineCount; i++) {
      ResultLine p = plan.prototype(i);
      accumulator.accept(
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
              p.share()));
    }
    return lineCount;
  }
}
