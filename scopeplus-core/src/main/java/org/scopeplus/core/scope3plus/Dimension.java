package org.scopeplus.core.scope3plus;

import java.util.List;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitConversions;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * What a methodology's quantity measures, with the unit its coefficients are per ({@link
 * #baseUnit()}). Units come from {@link UnitSymbols}, the one unit table: a physical quantity in
 * any unit of the same kind converts to the base unit through the units library; a count takes the
 * count nouns listed here, one each (a box, an order, a trip are one item each).
 */
public enum Dimension {
  DISTANCE("km"),
  /**
   * A passenger-kilometre is passengers times kilometres, not a distance: an event is one actor's
   * trip, given in km, so no methodology takes it and it is refused as a wrong dimension rather
   * than read as km, which would count a trip once per passenger.
   */
  PASSENGER_DISTANCE("p·km"),
  VEHICLE_DISTANCE("v·km"),
  MASS("kg"),
  ENERGY("kWh"),
  TIME("h"),
  COUNT("item", "item", "box", "order", "label", "page", "trip", "device", "set"),
  ROOM_NIGHTS("room-night", "room-night", "night"),
  AREA_TIME("m2·h"),
  TEMPERATURE_DIFFERENCE("K");

  private final MeasureUnit base;
  private final List<String> nouns;

  Dimension(String base, String... nouns) {
    this.base = UnitSymbols.of(base);
    this.nouns = List.of(nouns);
  }

  /** The unit a methodology's coefficients for this quantity are per. */
  public MeasureUnit baseUnit() {
    return base;
  }

  /** The canonical symbol of {@link #baseUnit()}. */
  public String symbol() {
    return base.symbol();
  }

  /**
   * The multiplier that turns a quantity in {@code unit} into this dimension's base unit, or NaN
   * when {@code unit} does not measure this dimension.
   */
  public double factorFrom(MeasureUnit unit) {
    if (base.kind() == QuantityKind.COUNT) {
      return unit.kind() == QuantityKind.COUNT && nouns.contains(unit.symbol()) ? 1.0 : Double.NaN;
    }
    return UnitConversions.factorOrNaN(unit, base);
  }

  /**
   * {@link #factorFrom} for every position of {@link UnitSymbols#index(byte[], int, int)}: what a
   * hot path reads instead of converting.
   */
  double[] factorsByIndex() {
    double[] f = new double[UnitSymbols.indexCount()];
    for (int i = 0; i < f.length; i++) {
      f[i] = factorFrom(UnitSymbols.atIndex(i));
    }
    return f;
  }
}
