package org.scopeplus.core.quantity;

import java.util.Objects;
import javax.measure.Unit;

/**
 * A unit an activity quantity or an emission factor is expressed in. Physical units (energy, mass,
 * volume, distance, freight and passenger distance, area) are JSR 385 units and convert through the
 * units library. Spend is per currency (and optionally the currency's price year); counts are per
 * noun (items, nights, employees); neither converts to another currency or noun.
 *
 * @param symbol the canonical symbol, e.g. {@code kWh}, {@code t·km}, {@code USD}
 * @param kind what the unit measures
 * @param unit the JSR 385 unit; for spend and count a base unit of its own dimension
 * @param priceYear for spend, the price year the amount is expressed in, or 0 when unstated
 */
public record MeasureUnit(String symbol, QuantityKind kind, Unit<?> unit, int priceYear) {

  public MeasureUnit {
    Objects.requireNonNull(symbol, "symbol");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
  }

  /** True when a quantity in this unit can be converted to {@code other}. */
  public boolean isCompatibleWith(MeasureUnit other) {
    if (kind != other.kind) {
      return false;
    }
    if (kind == QuantityKind.SPEND || kind == QuantityKind.COUNT) {
      // A currency or a noun converts only to itself; exchange rates and deflators are not units.
      return symbol.equals(other.symbol);
    }
    return unit.isCompatible(other.unit);
  }

  /**
   * The multiplier that turns an amount in this unit into an amount in {@code target}.
   *
   * @throws IncompatibleUnitException when the two units measure different things
   */
  public double conversionFactorTo(MeasureUnit target) {
    if (!isCompatibleWith(target)) {
      throw new IncompatibleUnitException(this, target);
    }
    if (kind == QuantityKind.SPEND || kind == QuantityKind.COUNT) {
      return 1.0;
    }
    return convert(unit, target.unit);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static double convert(Unit from, Unit to) {
    return from.getConverterTo(to).convert(Double.valueOf(1.0)).doubleValue();
  }

  /**
   * The year whose prices an amount of spend in this unit is in: the stated price year, else the
   * year the record's period starts ({@code periodStartYear}). The one rule for the calculation's
   * exchange and deflation and for keeping spend per price year.
   */
  public int yearOfSpend(int periodStartYear) {
    return priceYear != 0 ? priceYear : periodStartYear;
  }

  @Override
  public String toString() {
    return priceYear == 0 ? symbol : symbol + "@" + priceYear;
  }
}
