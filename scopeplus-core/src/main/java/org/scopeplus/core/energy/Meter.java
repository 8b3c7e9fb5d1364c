package org.scopeplus.core.energy;

import java.util.Locale;
import java.util.Optional;

/**
 * A meter of a site: what it measures ({@link Carrier}), which way ({@link Direction}: energy taken
 * from the grid or network, or fed into it) and its reading interval of 15, 30 or 60 minutes.
 * Readings are energy per interval in kWh (gas and heat converted to kWh by the reader).
 */
public record Meter(
    String id,
    String siteId,
    String name,
    Carrier carrier,
    Direction direction,
    int intervalMinutes) {

  /** What a meter measures. */
  public enum Carrier {
    ELECTRICITY,
    GAS,
    HEAT;

    public static Optional<Carrier> parse(String s) {
      return Meter.parse(Carrier.class, s);
    }
  }

  /** Import: taken from the grid or network; export: fed into it (e.g. PV surplus). */
  public enum Direction {
    IMPORT,
    EXPORT;

    public static Optional<Direction> parse(String s) {
      return Meter.parse(Direction.class, s);
    }
  }

  /** The readings intervals a meter may have, in minutes. */
  public static boolean intervalAllowed(int minutes) {
    return minutes == 15 || minutes == 30 || minutes == 60;
  }

  /** Readings in a day (UTC) at this meter's interval. */
  public int readingsPerDay() {
    return 1440 / intervalMinutes;
  }

  /** Why the meter cannot be kept, if it cannot. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a meter has a name of 1 to 200 characters");
    }
    if (carrier == null) {
      return Optional.of("carrier is electricity, gas or heat");
    }
    if (direction == null) {
      return Optional.of("direction is import or export");
    }
    if (!intervalAllowed(intervalMinutes)) {
      return Optional.of("intervalMinutes is 15, 30 or 60");
    }
    return Optional.empty();
  }

  private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String s) {
    if (s == null || s.length() > 40) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, s.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
