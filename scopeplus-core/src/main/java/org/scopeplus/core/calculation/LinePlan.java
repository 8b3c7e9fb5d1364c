package org.scopeplus.core.calculation;

import java.util.List;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.factor.EmissionFactor;

/**
 * The result lines one kind of record makes, compiled by the {@link CalculationEngine} ({@link
 * CalculationEngine#plan}) from the lines it makes for a record of quantity 1, and executed for any
 * quantity with the engine's own steps: the line's {@link Conversion}, then {@link #kilograms},
 * then {@link Grams}, exactly as {@link CalculationEngine#calculate} does, so every line comes out
 * to the same gram.
 *
 * <p>A kind of record is its activity type, unit, region, period, substance and whether a
 * contractual instrument covers it. A plan is {@linkplain #linear() linear} only when that identity
 * holds for any quantity: no supplier-specific factor, and the plan's conversion of one unit gives
 * the engine's own converted quantity. Records of other kinds, and kinds the engine refuses, are
 * calculated record by record by the engine itself. Immutable; thread-safe.
 */
public final class LinePlan {

  private final ResultLine[] prototypes;
  private final Conversion[] conversions;
  private final double[] kgPerUnit;
  private final double[] gwp;
  private final boolean linear;

  LinePlan(List<ResultLine> lines, List<Conversion> conversions, boolean linear) {
    this.prototypes = lines.toArray(new ResultLine[0]);
    this.conversions = conversions.toArray(new Conversion[0]);
    int n = prototypes.length;
    this.kgPerUnit = new double[n];
    this.gwp = new double[n];
    boolean exact = linear && this.conversions.length == n;
    for (int i = 0; i < n && exact; i++) {
      ResultLine l = prototypes[i];
      kgPerUnit[i] = l.kgPerUnit();
      gwp[i] = l.gwp();
      // the engine's own quantity for 1 unit must come out of the same steps
      exact =
          this.conversions[i] != null && Double.compare(convert(i, 1.0), l.quantity()) == 0
              || l.factor() == null;
    }
    this.linear = exact;
  }

  /**
   * A plan for a kind of record the engine refuses, or whose records the engine calculates one by
   * one (electricity with contractual instruments allocated): no line, not linear.
   */
  public static LinePlan refused() {
    return new LinePlan(List.of(), List.of(), false);
  }

  /**
   * Kilograms of gas of a line: the converted quantity times the factor's kilograms per unit times
   * the share. The one place this product is written; the engine calls it for every line.
   */
  static double kilograms(double converted, double kgPerUnit, double share) {
    return converted * kgPerUnit * share;
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

  /** The conversion of a line ({@link Conversion#NONE} for a line covered by an instrument). */
  public Conversion conversion(int line) {
    return conversions[line];
  }

  /** A quantity in the record's unit converted to the line factor's unit. */
  public double convert(int line, double q) {
    return conversions[line].apply(q);
  }

  /** Kilograms of the line's gas per unit of its factor. */
  public double kgPerUnit(int line) {
    return kgPerUnit[line];
  }

  /** The GWP the line applies. */
  public double gwp(int line) {
    return gwp[line];
  }

  /** Kilograms of gas of a line, as the engine computes them. */
  public double kilograms(int line, double quantity, double share) {
    return kilograms(conversions[line].apply(quantity), kgPerUnit[line], share);
  }

  /**
   * Grams CO2e of a line, rounded half-even once by the engine's own {@link Grams#co2e}, or {@link
   * Grams#REFUSED} beyond the bound of a line.
   */
  public long co2eGrams(int line, double kilograms) {
    return Grams.co2e(kilograms, gwp[line]);
  }

  /** Grams of the gas itself, by {@link Grams#ofKilograms}, or {@link Grams#REFUSED}. */
  public static long gasGrams(double kilograms) {
    return Grams.ofKilograms(kilograms);
  }

  /**
   * Adds the grams of one record of this kind into {@code sums} (per line: grams CO2e at {@code 2 x
   * line}, grams of gas at {@code 2 x line + 1}), or adds nothing when a line is beyond the bound
   * of a line (the engine refuses such a record and names it).
   *
   * @param quantity the record's quantity in its unit
   * @param share sign x the record's allocation share x its consolidated share
   * @return false when a line is beyond the bound (nothing was added)
   * @throws ArithmeticException when a sum leaves the range of {@code long}
   */
  public boolean addGrams(double quantity, double share, long[] sums) {
    int n = prototypes.length;
    for (int i = 0; i < n; i++) {
      double kg = kilograms(i, quantity, share);
      long co2e = co2eGrams(i, kg);
      long gas = gasGrams(kg);
      if (co2e == Grams.REFUSED || gas == Grams.REFUSED) {
        for (int j = 0; j < i; j++) {
          double back = kilograms(j, quantity, share);
          sums[2 * j] -= co2eGrams(j, back);
          sums[2 * j + 1] -= gasGrams(back);
        }
        return false;
      }
      sums[2 * i] = Math.addExact(sums[2 * i], co2e);
      sums[2 * i + 1] = Math.addExact(sums[2 * i + 1], gas);
    }
    return true;
  }

  /**
   * The lines of one record of this kind, as the engine makes them: the same values field by field,
   * when the record's consolidated share is {@code consolidated} and it carries no density, heat
   * content or supplier factor of its own (a plan is compiled with the factor's defaults).
   */
  public void lines(ActivityRecord record, double consolidated, LineSink sink) {
    double q = record.quantity();
    for (int i = 0; i < prototypes.length; i++) {
      ResultLine p = prototypes[i];
      double share = p.share() * record.share() * consolidated;
      EmissionFactor f = p.factor();
      double converted = f == null ? q : convert(i, q);
      String conversion =
          f == null
              ? ""
              : conversions[i].describe(
                  q, record.unit(), f.perUnit(), "factor default", "factor default");
      double kg = kilograms(i, q, share);
      sink.accept(
          new ResultLine(
              record,
              p.type(),
              p.method(),
              p.gas(),
              p.biogenic(),
              gasGrams(kg),
              co2eGrams(i, kg),
              f,
              p.factorNote(),
              converted,
              conversion,
              p.kgPerUnit(),
              p.gwp(),
              p.gwpSet(),
              p.gwpSource(),
              share));
    }
  }
}
