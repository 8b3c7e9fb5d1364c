package org.scopeplus.core.scope3plus;

import java.util.Locale;
import org.scopeplus.core.scope3plus.internal.ByteKeyIndex;

/**
 * The units an event quantity may carry, each with its dimension and its factor to the dimension's
 * base unit (km, kg, kWh, hour, item, m2·h, degree Celsius). Resolved once per symbol; the hot loop
 * multiplies by the factor.
 */
public enum EventUnit {
  KM(Dimension.DISTANCE, 1.0, "km"),
  /**
   * A passenger-kilometre is passengers times kilometres ({@code p·km} in {@link
   * org.scopeplus.core.quantity.UnitSymbols}), not a distance: an event is one actor's trip, given
   * in km, so no methodology takes it and it is refused as a wrong dimension rather than read as
   * km, which would count a trip once per passenger.
   */
  PASSENGER_KM(Dimension.PASSENGER_DISTANCE, 1.0, "p·km", "p.km", "pkm", "passenger-km"),
  M(Dimension.DISTANCE, 0.001, "m"),
  VKM(Dimension.VEHICLE_DISTANCE, 1.0, "v.km", "vkm", "vehicle-km"),
  KG(Dimension.MASS, 1.0, "kg"),
  G(Dimension.MASS, 0.001, "g"),
  T(Dimension.MASS, 1000.0, "t"),
  KWH(Dimension.ENERGY, 1.0, "kWh"),
  MWH(Dimension.ENERGY, 1000.0, "MWh"),
  HOUR(Dimension.TIME, 1.0, "h", "hour", "person-h"),
  MINUTE(Dimension.TIME, 1.0 / 60.0, "min"),
  ITEM(
      Dimension.COUNT,
      1.0,
      "item",
      "items",
      "box",
      "boxes",
      "order",
      "orders",
      "label",
      "labels",
      "page",
      "pages",
      "trip",
      "trips",
      "device",
      "devices"),
  ROOM_NIGHT(Dimension.ROOM_NIGHTS, 1.0, "room-night", "night", "nights"),
  M2_HOUR(Dimension.AREA_TIME, 1.0, "m2.h", "m2h", "m2·h"),
  DEGREE_C(Dimension.TEMPERATURE_DIFFERENCE, 1.0, "degC", "°C", "K");

  /** What a quantity measures. */
  public enum Dimension {
    DISTANCE,
    PASSENGER_DISTANCE,
    VEHICLE_DISTANCE,
    MASS,
    ENERGY,
    TIME,
    COUNT,
    ROOM_NIGHTS,
    AREA_TIME,
    TEMPERATURE_DIFFERENCE
  }

  private final Dimension dimension;
  private final double toBase;
  private final String[] symbols;

  EventUnit(Dimension dimension, double toBase, String... symbols) {
    this.dimension = dimension;
    this.toBase = toBase;
    this.symbols = symbols;
  }

  public Dimension dimension() {
    return dimension;
  }

  /** Multiply a value in this unit by this to get the dimension's base unit. */
  public double toBase() {
    return toBase;
  }

  /** The symbols accepted for this unit; the first is the canonical one. */
  public String[] symbols() {
    return symbols.clone();
  }

  /** The canonical symbol. */
  public String symbol() {
    return symbols[0];
  }

  private static final EventUnit[] VALUES = values();
  private static final ByteKeyIndex BY_SYMBOL = new ByteKeyIndex(64);

  static {
    for (EventUnit u : VALUES) {
      for (String s : u.symbols) {
        BY_SYMBOL.putIfAbsent(s, u.ordinal());
      }
    }
  }

  /**
   * The unit whose symbol is exactly the UTF-8 bytes {@code [offset, offset + length)} of {@code
   * b}, or null; allocates nothing (for readers on the hot path).
   */
  public static EventUnit bySymbol(byte[] b, int offset, int length) {
    if (length <= 0 || length > ByteKeyIndex.MAX_KEY_BYTES) {
      return null;
    }
    int u = BY_SYMBOL.get(b, offset, length);
    return u < 0 ? null : VALUES[u];
  }

  /** The unit written as {@code text} (case-sensitive for SI prefixes), or null when unknown. */
  public static EventUnit bySymbol(String text) {
    for (EventUnit u : values()) {
      for (String s : u.symbols) {
        if (s.equals(text)) {
          return u;
        }
      }
    }
    for (EventUnit u : values()) {
      for (String s : u.symbols) {
        if (s.toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT)) && s.length() > 1) {
          return u;
        }
      }
    }
    return null;
  }
}
