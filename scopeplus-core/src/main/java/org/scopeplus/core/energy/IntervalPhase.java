package org.scopeplus.core.energy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where a meter's intervals start on the UTC clock: its phase, the minutes past the UTC grid of its
 * interval (0 to interval - 1) at which its site's clock starts an interval. A zone with a
 * whole-hour offset gives 0; India (+05:30) gives 30 for an hourly meter and 0 for a 30-minute one;
 * Nepal (+05:45) gives 15 for hourly, 30-minute and 15-minute meters alike (00:00 in Kathmandu is
 * 18:15 UTC). A zone whose summer time moves its clock by a step that is not a multiple of the
 * interval (Lord Howe Island, +10:30 and +11:00, for an hourly meter) has no one phase and is
 * refused.
 */
public final class IntervalPhase {

  private IntervalPhase() {}

  /** What deriving the phase gave. */
  public sealed interface Derived {
    /** The phase, minutes past the UTC grid of the interval. */
    record Phase(int minutes) implements Derived {}

    /** No one phase, with the sentence why. */
    record Refused(String reason) implements Derived {}
  }

  /** The phase a clock at {@code offset} gives intervals of {@code intervalMinutes}. */
  public static int of(ZoneOffset offset, int intervalMinutes) {
    int minutes = Math.floorDiv(offset.getTotalSeconds(), 60);
    return Math.floorMod(-minutes, intervalMinutes);
  }

  /**
   * The phase the zone's clock gives a meter of this interval, over the offsets the zone uses in
   * the year from {@code at} (standard and summer time); refused when they give different phases.
   */
  public static Derived of(ZoneId zone, int intervalMinutes, Instant at) {
    ZoneRules rules = zone.getRules();
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    offsets.add(rules.getOffset(at));
    Instant end = at.plus(Duration.ofDays(366));
    ZoneOffsetTransition t = rules.nextTransition(at);
    while (t != null && t.getInstant().isBefore(end)) {
      offsets.add(t.getOffsetAfter());
      t = rules.nextTransition(t.getInstant());
    }
    Set<Integer> phases = new LinkedHashSet<>();
    for (ZoneOffset o : offsets) {
      phases.add(of(o, intervalMinutes));
    }
    if (phases.size() > 1) {
      return new Derived.Refused(
          "the clock of "
              + zone
              + " moves between offsets "
              + offsets
              + ", so its "
              + intervalMinutes
              + "-minute intervals start at different minutes past the hour in summer and in"
              + " winter: give the meter 30- or 15-minute readings");
    }
    return new Derived.Phase(phases.iterator().next());
  }

  /** What putting a meter on a zone's clock gave. */
  public sealed interface Phased {
    /** The meter with the phase of the zone's clock, the rest kept. */
    record OnClock(Meter meter) implements Phased {}

    /** The zone gives the meter's interval no one phase, with the sentence why. */
    record Refused(String reason) implements Phased {}
  }

  /**
   * The meter on the zone's clock: with the phase the zone gives its interval ({@link #of(ZoneId,
   * int, Instant)}), the rest kept; refused, with the sentence why, when the zone gives no one
   * phase.
   */
  public static Phased onClock(Meter meter, ZoneId zone, Instant at) {
    Derived d = of(zone, meter.intervalMinutes(), at);
    if (d instanceof Derived.Refused r) {
      return new Phased.Refused(r.reason());
    }
    return new Phased.OnClock(meter.withPhase(((Derived.Phase) d).minutes()));
  }

  /**
   * The minutes past the UTC hour at which the hours of a meter's analysis start: an hourly meter's
   * own intervals; for a 15- or 30-minute meter the site's clock hour at {@code at} when the
   * meter's intervals fit into it, else the hour starting with the meter's own phase.
   */
  public static int hourOf(Meter meter, ZoneId zone, Instant at) {
    if (meter.intervalMinutes() == 60) {
      return meter.phaseMinutes();
    }
    int clock = of(zone.getRules().getOffset(at), 60);
    return Math.floorMod(clock - meter.phaseMinutes(), meter.intervalMinutes()) == 0
        ? clock
        : meter.phaseMinutes();
  }
}
