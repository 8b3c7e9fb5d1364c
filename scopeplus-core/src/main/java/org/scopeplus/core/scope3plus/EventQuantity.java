package org.scopeplus.core.scope3plus;

import java.util.Objects;

/**
 * A quantity on an event, in the unit it was reported in.
 *
 * @param value the number
 * @param unit the unit symbol, e.g. {@code km}, {@code kg}, {@code kWh}, {@code item}
 */
public record EventQuantity(double value, String unit) {
  public EventQuantity {
    Objects.requireNonNull(unit, "unit");
  }

  /** Shorthand. */
  public static EventQuantity of(double value, String unit) {
    return new EventQuantity(value, unit);
  }
}
