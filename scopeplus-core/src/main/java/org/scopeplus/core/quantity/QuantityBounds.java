package org.scopeplus.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.text.Sentence;

/**
 * The largest quantity one activity record may hold, per dimension, and the largest fuel properties
 * and supplier factor: what no single meter reading, invoice or fuel delivery of any company comes
 * near, so a value beyond it is a slip (a unit, a pasted exponent, a test value) and is refused at
 * import with its row and column rather than carried into an inventory. Each bound lies above the
 * yearly figure of the largest company in its field (the figure is named beside each bound and in
 * docs/security.md), so no real record is refused, and keeps one line of a record well inside the
 * 2^53 g a line may hold for ordinary factors.
 *
 * <p>Physical quantities are bounded in a reference unit and compared after conversion to it
 * ({@code 5e13 MWh} is {@code 5e16 kWh}, beyond the {@code 1e12 kWh} of energy). Spend and counts
 * do not convert, so their bound applies to the number as written, in any currency or noun.
 */
public final class QuantityBounds {

  /** Energy: 1e12 kWh (1,000 TWh: forty times the largest corporate buyer's yearly 25 TWh). */
  public static final double ENERGY_KWH = 1e12;

  /** Mass: 1e12 kg (1 Gt: more than the largest coal miner's yearly 0.8 Gt). */
  public static final double MASS_KG = 1e12;

  /** Volume: 1e12 m3 (1,000 bcm: twice the largest gas producer's yearly output). */
  public static final double VOLUME_M3 = 1e12;

  /** Distance: 1e12 km (a hundred times a global parcel fleet's yearly 6e9 km). */
  public static final double DISTANCE_KM = 1e12;

  /** Freight: 1e13 t·km (three times China's railways' yearly 3.6e12 t·km). */
  public static final double FREIGHT_TKM = 1e13;

  /** Passengers: 1e13 p·km (more than all the world's airlines flew in 2019, 8.7e12). */
  public static final double PASSENGER_PKM = 1e13;

  /**
   * Spend: 1e13 in the record's currency (above the largest company's yearly revenue in any
   * accepted currency, 5e12 CNY).
   */
  public static final double SPEND = 1e13;

  /** Counts: 1e12 items, nights, orders (six times the world's 1.6e11 parcels a year). */
  public static final double COUNT = 1e12;

  /** Area: 1e10 m2 (10,000 km2 of floor space). */
  public static final double AREA_M2 = 1e10;

  /** Vehicle distance: 1e12 v·km (as distance: a hundred times a global parcel fleet's 6e9 km). */
  public static final double VEHICLE_DISTANCE_VKM = 1e12;

  /**
   * Time: 1e12 h (the bound hours had as a count noun; a 2.3-million-employee company works about
   * 4.6e9 h a year).
   */
  public static final double TIME_H = 1e12;

  /** Area held for a time: 1e14 m2·h (the area bound, 1e10 m2, held for a whole year, 8,784 h). */
  public static final double AREA_TIME_M2H = 1e14;

  /**
   * Temperature difference: 1e4 K (ten times the gap between a steel furnace, about 1,600 °C, and
   * the coldest air ever measured on Earth, -89 °C).
   */
  public static final double TEMPERATURE_DIFFERENCE_K = 1e4;

  /** A fuel's density: 25,000 kg/m3 (osmium, the densest element, is 22,590 kg/m3). */
  public static final double DENSITY_KG_PER_M3 = 25_000;

  /** A fuel's heat content: 150 GJ/t (hydrogen, the highest of any fuel, is 142 GJ/t gross). */
  public static final double HEAT_CONTENT_GJ_PER_T = 150;

  /** A supplier's own factor: 1e6 kg CO2e per unit (SF6, the strongest gas, is 2.35e4 per kg). */
  public static final double SUPPLIER_FACTOR_KG_CO2E = 1e6;

  private static final Map<QuantityKind, MeasureUnit> REFERENCE = new EnumMap<>(QuantityKind.class);
  private static final Map<QuantityKind, Double> BOUND = new EnumMap<>(QuantityKind.class);

  static {
    bound(QuantityKind.ENERGY, "kWh", ENERGY_KWH);
    bound(QuantityKind.MASS, "kg", MASS_KG);
    bound(QuantityKind.VOLUME, "m3", VOLUME_M3);
    bound(QuantityKind.DISTANCE, "km", DISTANCE_KM);
    bound(QuantityKind.FREIGHT_DISTANCE, "t·km", FREIGHT_TKM);
    bound(QuantityKind.PASSENGER_DISTANCE, "p·km", PASSENGER_PKM);
    bound(QuantityKind.AREA, "m2", AREA_M2);
    bound(QuantityKind.VEHICLE_DISTANCE, "v·km", VEHICLE_DISTANCE_VKM);
    bound(QuantityKind.TIME, "h", TIME_H);
    bound(QuantityKind.AREA_TIME, "m2·h", AREA_TIME_M2H);
    bound(QuantityKind.TEMPERATURE_DIFFERENCE, "K", TEMPERATURE_DIFFERENCE_K);
    BOUND.put(QuantityKind.SPEND, SPEND);
    BOUND.put(QuantityKind.COUNT, COUNT);
  }

  private static void bound(QuantityKind kind, String symbol, double max) {
    REFERENCE.put(kind, UnitSymbols.of(symbol));
    BOUND.put(kind, max);
  }

  private QuantityBounds() {}

  /** The largest magnitude of a quantity in {@code unit} one record may hold. */
  public static double maximum(MeasureUnit unit) {
    double bound = BOUND.get(unit.kind());
    MeasureUnit reference = REFERENCE.get(unit.kind());
    if (reference == null) {
      return bound;
    }
    return bound / UnitConversions.factor(unit, reference);
  }

  /** True when a quantity in {@code unit} is within the bound (a NaN is not). */
  public static boolean plausible(double quantity, MeasureUnit unit) {
    return Math.abs(quantity) <= maximum(unit);
  }

  /**
   * The sentence that refuses a quantity: the bound in the record's unit and in the reference unit.
   */
  public static String refusal(String written, MeasureUnit unit) {
    List<Object> a = refusalSentence(written, unit).args();
    return "quantity "
        + a.get(0)
        + " "
        + a.get(1)
        + " is beyond the largest plausible single record of "
        + a.get(2)
        + ", "
        + a.get(3)
        + "; check the unit and the number, or split the amount into records per site and month";
  }

  /**
   * {@link #refusal} as the key {@code problem.implausible} with the quantity as written, the unit,
   * the kind of quantity and the bound.
   */
  public static Sentence refusalSentence(String written, MeasureUnit unit) {
    MeasureUnit reference = REFERENCE.get(unit.kind());
    double bound = BOUND.get(unit.kind());
    String limit =
        reference == null || reference.symbol().equals(unit.symbol())
            ? number(bound) + " " + unit.symbol()
            : number(maximum(unit))
                + " "
                + unit.symbol()
                + " ("
                + number(bound)
                + " "
                + reference.symbol()
                + ")";
    return Sentence.of("problem.implausible", written, unit.symbol(), unit.kind().label(), limit);
  }

  private static String number(double v) {
    return new BigDecimal(v)
        .round(new MathContext(6))
        .stripTrailingZeros()
        .toString()
        .replace("E+", "e");
  }
}
