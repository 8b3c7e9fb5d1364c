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

  /** Per line: grams CO2e and grams of the gas, next to each other. */
  private final long[] sums;

  private final int lineCount;

  /** Records added; a shape none was added to makes no lines. */
  long records;

  /** Per line: step, first, last, density, heat, kg per unit, GWP, next to each other. */
  private final double[] lines;

  private static final int WIDTH = 7;

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
    this.lineCount = 0;
    this.lines = new double[0];
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
    this.lines = new double[n * WIDTH];
    for (int i = 0; i < n; i++) {
      lines[i * WIDTH] = plan.step(i);
      lines[i * WIDTH + 1] = plan.first(i);
      lines[i * WIDTH + 2] = plan.last(i);
      lines[i * WIDTH + 3] = plan.density(i);
      lines[i * WIDTH + 4] = plan.heat(i);
      lines[i * WIDTH + 5] = plan.kgPerUnit(i);
      lines[i * WIDTH + 6] = plan.gwp(i);
    }
  }

  /**
   * Adds one record of this shape, computing each line exactly as the engine does.
   *
   * @param quantity the record's quantity
   * @param share the record's own allocation share
   */
  void add(double quantity, double share) {
    records++;
    double s = type.sign() * share * consolidated;
    double[] d = lines;
    long[] g = sums;
    for (int i = 0, k = 0; i < lineCount; i++, k += WIDTH) {
      // the engine's order of operations, as in LinePlan.convert and LinePlan.kilograms
      double q = quantity * d[k + 1];
      int step = (int) d[k];
      if (step != LinePlan.SAME_KIND) {
        q =
            switch (step) {
              case LinePlan.VOLUME_TO_MASS -> q * d[k + 3] / 1000.0 * d[k + 2];
              case LinePlan.VOLUME_TO_ENERGY -> q * d[k + 3] / 1000.0 * d[k + 4] * d[k + 2];
              case LinePlan.MASS_TO_ENERGY -> q * d[k + 4] * d[k + 2];
              default -> q / d[k + 4] * d[k + 2];
            };
      }
      double kg = q * d[k + 5] * s;
      g[2 * i] += (long) Math.rint(kg * 1000.0 * d[k + 6]);
      g[2 * i + 1] += (long) Math.rint(kg * 1000.0);
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
