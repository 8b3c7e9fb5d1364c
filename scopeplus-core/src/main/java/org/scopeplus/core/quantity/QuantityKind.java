package org.scopeplus.core.quantity;

/** What an activity quantity measures; a factor per one kind cannot be applied to another. */
public enum QuantityKind {
  ENERGY,
  MASS,
  VOLUME,
  DISTANCE,
  FREIGHT_DISTANCE,
  PASSENGER_DISTANCE,
  SPEND,
  COUNT,
  AREA,
  /** Vehicle distance (v·km): vehicles times kilometres, as a fleet's distance is counted. */
  VEHICLE_DISTANCE,
  /** Duration (h, min). */
  TIME,
  /** Floor area held for a time (m2·h), as a meeting room or a desk is booked. */
  AREA_TIME,
  /** A difference of temperature (K; a degree Celsius of difference is one kelvin). */
  TEMPERATURE_DIFFERENCE;

  /** Lower-case name as written in documentation and error messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
