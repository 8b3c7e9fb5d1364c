package org.scopeplus.core.quantity;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Conversion factors between units, worked out by the units library once per pair of symbols and
 * then read from a table: asking the units library whether two units are compatible builds their
 * dimensions each time, which costs more than the rest of a record's calculation.
 */
public final class UnitConversions {

  private static final Map<String, Map<String, Double>> FACTORS = new ConcurrentHashMap<>();

  private UnitConversions() {}

  /**
   * The multiplier that turns an amount in {@code from} into an amount in {@code to}, or NaN when
   * the two do not convert ({@link MeasureUnit#isCompatibleWith}).
   */
  public static double factorOrNaN(MeasureUnit from, MeasureUnit to) {
    Map<String, Double> row = FACTORS.get(from.symbol());
    if (row == null) {
      row = FACTORS.computeIfAbsent(from.symbol(), k -> new ConcurrentHashMap<>());
    }
    Double f = row.get(to.symbol());
    if (f == null) {
      f = from.isCompatibleWith(to) ? from.conversionFactorTo(to) : Double.NaN;
      row.putIfAbsent(to.symbol(), f);
    }
    return f;
  }

  /**
   * The multiplier from {@code from} to {@code to}.
   *
   * @throws IncompatibleUnitException when the two units measure different things
   */
  public static double factor(MeasureUnit from, MeasureUnit to) {
    double f = factorOrNaN(from, to);
    if (Double.isNaN(f)) {
      throw new IncompatibleUnitException(from, to);
    }
    return f;
  }
}
