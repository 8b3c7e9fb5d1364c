package org.scopeplus.core.energy;

import java.util.Locale;
import java.util.Optional;

/**
 * A meter of a site: what it measures ({@link Carrier}), which way ({@link Direction}: energy taken
 * from the grid or network, or fed into it), its reading interval of 15, 30 or 60 minutes and its
 * phase, the minutes past the UTC grid of the interval at which its intervals start ({@link
 * IntervalPhase}: 30 for an hourly meter in India, 0 where the site's offset is whole hours).
 * Readings are energy per interval in kWh (gas and heat converted to kWh by the reader).
 */
public record Meter(
    String id,
    String siteId,
    String name,
    Carrier carrier,
    Direction direction,
    int intervalMinutes,
    int phaseMinutes) {

  /** A meter whose intervals start on the UTC grid (phase 0). */
  public Meter(
      String id,
      String siteId,
      String name,
      Carrier carrier,
      Direction direction,
      int intervalMinutes) {
    this(id, siteId, name, carrier, direction, intervalMinutes, 0);
  }

  /** The same meter with another phase. */
  public Meter withPhase(int minutes) {
    return new Meter(id, siteId, name, carrier, direction, intervalMinutes, minutes);
  }

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
    if (phaseMinutes < 0 || phaseMinutes >= intervalMinutes) {
      return Optional.of(
          "phaseMinutes is 0 to "
              + (intervalMinutes - 1)
              + " for a "
              + intervalMinutes
              + "-minute meter");
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
