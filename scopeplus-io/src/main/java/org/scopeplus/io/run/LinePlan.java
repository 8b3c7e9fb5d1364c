package org.scopeplus.io.run;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.quantity.MeasureUnit;

/**
 * The result lines one kind of record makes, resolved once by the {@link CalculationEngine} for a
 * record of quantity 1 and then applied to any quantity with the engine's own arithmetic, so that
 * every line comes out to the same gram.
 *
 * <p>A kind of record is its activity type, unit, region, period, substance and whether a
 * contractual instrument covers it. The plan holds, per line, the unit conversion {@code k}, the
 * factor's kilograms per unit and the GWP; the engine computes {@code kg = (q x k) x kgPerUnit x
 * share} and rounds {@code kg x 1000} and {@code kg x 1000 x GWP} half-even, and so does {@link
 * #co2eGrams}. A plan is {@linkplain #linear() linear} only when that identity holds: when the
 * quantity converts by a plain unit factor (not through a density or heat content) and no
 * supplier-specific factor applies. Records of other kinds, and kinds the engine refuses, are
 * calculated record by record by the engine itself.
 */
public final class LinePlan {

  private final ResultLine[] prototypes;
  private final double[] conversion;
  private final double[] kgPerUnit;
  private final double[] gwp;
  private final boolean linear;

  private LinePlan(List<ResultLine> lines, boolean linear) {
    this.prototypes = lines.toArray(new ResultLine[0]);
    int n = prototypes.length;
    this.conversion = new double[n];
    this.kgPerUnit = new double[n];
    this.gwp = new double[n];
    for (int i = 0; i < n; i++) {
      ResultLine l = prototypes[i];
      boolean zero = l.factor() == null && l.co2eGrams() == 0 && l.kgPerUnit() == 0.0;
      conversion[i] = zero ? 0.0 : l.quantity();
      kgPerUnit[i] = l.kgPerUnit();
      gwp[i] = l.gwp();
    }
    this.linear = linear;
  }

  /**
   * Resolves the plan of a kind of record. The engine must consolidate every org unit at 100%
   * (the caller applies the consolidated share per record).
   */
  public static LinePlan compile(
      CalculationEngine whollyOwned,
      ActivityType type,
      MeasureUnit unit,
      String region,
      Period period,
      String substance,
      String instrument) {
    ActivityRecord prototype =
        new ActivityRecord(
            "plan",
            "plan",
            "",
            period,
            type.key(),
            1.0,
            unit,
            region,
            substance,
            "",
            "",
            "",
            Double.NaN,
            Double.NaN,
            1.0,
            Double.NaN,
            null,
            instrument,
            SourceRef.NONE);
    List<ResultLine> lines = new ArrayList<>(4);
    CalculationOutcome outcome = whollyOwned.calculate(prototype, lines::add);
    if (outcome instanceof CalculationOutcome.Refused) {
      return new LinePlan(List.of(), false);
    }
    boolean linear = true;
    for (ResultLine l : lines) {
      if (l.factor() != null) {
        linear &= unit.isCompatibleWith(l.factor().perUnit());
      } else {
        // no factor: either an instrument line (zero by definition) or a supplier's own factor
        linear &= l.co2eGrams() == 0 && l.kgPerUnit() == 0.0;
      }
      linear &= l.share() == type.sign();
    }
    return new LinePlan(lines, linear);
  }

  /** True when {@link #co2eGrams} and {@link #gasGrams} equal the engine's result for any record. */
  public boolean linear() {
    return linear;
  }

  /** How many result lines a record of this kind makes. */
  public int lineCount() {
    return prototypes.length;
  }

  /** The line the engine made for quantity 1: its type, gas, method, factor and notes. */
  public ResultLine prototype(int line) {
    return prototypes[line];
  }

  /** The unit conversion multiplier of a line (0 for a line covered by an instrument). */
  public double conversion(int line) {
    return conversion[line];
  }

  /** Kilograms of the line's gas per unit of its factor. */
  public double kgPerUnit(int line) {
    return kgPerUnit[line];
  }

  /** The GWP the line applies. */
  public double gwp(int line) {
    return gwp[line];
  }

  /** Kilograms of gas of a line, computed in the engine's order: (q x k) x kgPerUnit x share. */
  public double kilograms(int line, double quantity, double share) {
    return quantity * conversion[line] * kgPerUnit[line] * share;
  }

  /** Grams CO2e of a line, rounded half-even once. */
  public long co2eGrams(int line, double kilograms) {
    return (long) Math.rint(kilograms * 1000.0 * gwp[line]);
  }

  /** Grams of the gas itself, rounded half-even once. */
  public static long gasGrams(double kilograms) {
    return (long) Math.rint(kilograms * 1000.0);
  }
}
