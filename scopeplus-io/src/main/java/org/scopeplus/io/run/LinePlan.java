package org.scopeplus.io.run;

import java.util.ArrayList;
import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.Resolution;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitConversions;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * The result lines one kind of record makes, resolved once by the {@link CalculationEngine} for a
 * record of quantity 1 and then applied to any quantity with the engine's own arithmetic, so that
 * every line comes out to the same gram.
 *
 * <p>A kind of record is its activity type, unit, region, period, substance and whether a
 * contractual instrument covers it. The plan holds, per line, the unit conversion {@code k}, the
 * factor's kilograms per unit and the GWP; the engine computes {@code kg = (q x k) x kgPerUnit x
 * share} and rounds {@code kg x 1000} and {@code kg x 1000 x GWP} half-even with {@link Grams}, and
 * {@link #co2eGrams} calls the same; a quantity bridged to the factor's unit through the factor's
 * default density or heat content is converted in the engine's order of operations too. A plan is
 * {@linkplain #linear() linear} only when that identity holds (no supplier-specific factor, and the
 * steps give the engine's own converted quantity for one unit). Records of other kinds, and kinds
 * the engine refuses, are calculated record by record by the engine itself.
 */
public final class LinePlan {

  /** Conversion steps, in the engine's order of operations. */
  public static final int SAME_KIND = 0;

  public static final int VOLUME_TO_MASS = 1;
  public static final int VOLUME_TO_ENERGY = 2;
  public static final int MASS_TO_ENERGY = 3;
  public static final int ENERGY_TO_MASS = 4;

  private static final MeasureUnit M3 = UnitSymbols.of("m3");
  private static final MeasureUnit TONNE = UnitSymbols.of("t");
  private static final MeasureUnit GJ = UnitSymbols.of("GJ");

  /** Per line: step, first, last, density, heat, kg per unit, GWP, next to each other. */
  private static final int WIDTH = 7;

  private static final int STEP = 0;
  private static final int FIRST = 1;
  private static final int LAST = 2;
  private static final int DENSITY = 3;
  private static final int HEAT = 4;
  private static final int KG_PER_UNIT = 5;
  private static final int GWP = 6;

  private final ResultLine[] prototypes;
  private final double[] d;
  private final boolean linear;

  private LinePlan(List<ResultLine> lines, MeasureUnit unit, boolean linear) {
    this.prototypes = lines.toArray(new ResultLine[0]);
    int n = prototypes.length;
    this.d = new double[n * WIDTH];
    boolean exact = linear;
    for (int i = 0; i < n && exact; i++) {
      ResultLine l = prototypes[i];
      int k = i * WIDTH;
      d[k + KG_PER_UNIT] = l.kgPerUnit();
      d[k + GWP] = l.gwp();
      EmissionFactor f = l.factor();
      if (f == null) {
        // an instrument line: zero grams whatever the quantity (first stays 0)
        continue;
      }
      MeasureUnit target = f.perUnit();
      QuantityKind from = unit.kind();
      QuantityKind to = target.kind();
      d[k + DENSITY] = f.density();
      d[k + HEAT] = f.netCalorificValue();
      if (!Double.isNaN(UnitConversions.factorOrNaN(unit, target))) {
        d[k + STEP] = SAME_KIND;
        d[k + FIRST] = UnitConversions.factor(unit, target);
      } else if (from == QuantityKind.VOLUME && to == QuantityKind.MASS) {
        d[k + STEP] = VOLUME_TO_MASS;
        d[k + FIRST] = UnitConversions.factor(unit, M3);
        d[k + LAST] = UnitConversions.factor(TONNE, target);
      } else if (from == QuantityKind.VOLUME && to == QuantityKind.ENERGY) {
        d[k + STEP] = VOLUME_TO_ENERGY;
        d[k + FIRST] = UnitConversions.factor(unit, M3);
        d[k + LAST] = UnitConversions.factor(GJ, target);
      } else if (from == QuantityKind.MASS && to == QuantityKind.ENERGY) {
        d[k + STEP] = MASS_TO_ENERGY;
        d[k + FIRST] = UnitConversions.factor(unit, TONNE);
        d[k + LAST] = UnitConversions.factor(GJ, target);
      } else if (from == QuantityKind.ENERGY && to == QuantityKind.MASS) {
        d[k + STEP] = ENERGY_TO_MASS;
        d[k + FIRST] = UnitConversions.factor(unit, GJ);
        d[k + LAST] = UnitConversions.factor(TONNE, target);
      } else {
        exact = false;
      }
      // the engine's own quantity for 1 unit must come out of the same steps
      exact &= exact && Double.compare(convert(i, 1.0), l.quantity()) == 0;
    }
    this.linear = exact;
  }

  /**
   * Resolves the plan of a kind of record. The engine must consolidate every org unit at 100% (the
   * caller applies the consolidated share per record).
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
        ActivityRecord.of("plan", "plan", "", period, type.key(), 1.0, unit, region)
            .withSubstance(substance)
            .withSupplierFactor(Double.NaN, null, instrument);
    List<ResultLine> lines = new ArrayList<>(4);
    CalculationOutcome outcome = whollyOwned.calculate(prototype, lines::add);
    if (outcome instanceof CalculationOutcome.Refused) {
      return new LinePlan(List.of(), unit, false);
    }
    boolean linear = true;
    for (ResultLine l : lines) {
      if (l.factor() == null) {
        // no factor: an instrument line (zero by definition), or a supplier's own factor
        linear &= l.co2eGrams() == 0 && l.kgPerUnit() == 0.0 && !instrument.isEmpty();
      }
      linear &= l.share() == type.sign();
    }
    return new LinePlan(lines, unit, linear);
  }

  /**
   * What a plan depends on besides the activity type, unit, region, substance and instrument: the
   * factor each of the type's factor keys (location- and market-based) resolves to for the period.
   * The engine reads a record's period only to resolve its factors, so two periods with the same
   * resolution key have the same plan; the parallel job compiles one plan per key instead of one
   * per month ({@code LinePlanTest} checks this on every kind of record of the demo).
   */
  public static String resolutionKey(
      CalculationEngine engine, ActivityType type, String region, Period period) {
    StringBuilder b = new StringBuilder();
    for (List<String> keys : List.of(type.factorKeys(), type.marketFactorKeys())) {
      for (String key : keys) {
        Resolution r = engine.resolver().resolve(key, region, period.start());
        if (r instanceof Resolution.Found f) {
          b.append(f.library().name())
              .append(' ')
              .append(f.library().version())
              .append(' ')
              .append(f.factor().id());
        } else {
          b.append('-');
        }
        b.append(';');
      }
      b.append('|');
    }
    return b.toString();
  }

  /**
   * True when {@link #co2eGrams} and {@link #gasGrams} equal the engine's result for any record.
   */
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

  /**
   * The conversion step of a line: {@link #SAME_KIND} ({@code q x first}), or a bridge through
   * density and heat content, computed as the engine does: volume to mass {@code ((q x first) x
   * density) / 1000 x last}, volume to energy {@code (((q x first) x density) / 1000 x heat) x
   * last}, mass to energy {@code ((q x first) x heat) x last}, energy to mass {@code ((q x first) /
   * heat) x last}.
   */
  public int step(int line) {
    return (int) d[line * WIDTH + STEP];
  }

  /** The first multiplier of a line's conversion (0 for a line covered by an instrument). */
  public double first(int line) {
    return d[line * WIDTH + FIRST];
  }

  /** The last multiplier of a line's conversion, for bridges. */
  public double last(int line) {
    return d[line * WIDTH + LAST];
  }

  /** The factor's default density (kg/m3) used by a bridge, or NaN. */
  public double density(int line) {
    return d[line * WIDTH + DENSITY];
  }

  /** The factor's default heat content (GJ/t) used by a bridge, or NaN. */
  public double heat(int line) {
    return d[line * WIDTH + HEAT];
  }

  /** A quantity in the record's unit converted to the line factor's unit. */
  public double convert(int line, double q) {
    int k = line * WIDTH;
    double x = q * d[k + FIRST];
    return switch ((int) d[k + STEP]) {
      case VOLUME_TO_MASS -> x * d[k + DENSITY] / 1000.0 * d[k + LAST];
      case VOLUME_TO_ENERGY -> x * d[k + DENSITY] / 1000.0 * d[k + HEAT] * d[k + LAST];
      case MASS_TO_ENERGY -> x * d[k + HEAT] * d[k + LAST];
      case ENERGY_TO_MASS -> x / d[k + HEAT] * d[k + LAST];
      default -> x;
    };
  }

  /** Kilograms of the line's gas per unit of its factor. */
  public double kgPerUnit(int line) {
    return d[line * WIDTH + KG_PER_UNIT];
  }

  /** The GWP the line applies. */
  public double gwp(int line) {
    return d[line * WIDTH + GWP];
  }

  /** Kilograms of gas of a line, in the engine's order: (converted q x kgPerUnit) x share. */
  public double kilograms(int line, double quantity, double share) {
    return convert(line, quantity) * d[line * WIDTH + KG_PER_UNIT] * share;
  }

  /**
   * Grams CO2e of a line, rounded half-even once by the engine's own {@link Grams#co2e}, or {@link
   * Grams#REFUSED} beyond the bound of a line.
   */
  public long co2eGrams(int line, double kilograms) {
    return Grams.co2e(kilograms, d[line * WIDTH + GWP]);
  }

  /** Grams of the gas itself, by {@link Grams#ofKilograms}, or {@link Grams#REFUSED}. */
  public static long gasGrams(double kilograms) {
    return Grams.ofKilograms(kilograms);
  }
}
