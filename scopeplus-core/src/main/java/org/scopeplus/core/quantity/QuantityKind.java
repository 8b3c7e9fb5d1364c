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
  AREA;

  /** Lower-case name as written in documentation and error messages. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
