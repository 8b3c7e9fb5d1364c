package org.scopeplus.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The phase of a meter's intervals, by hand from the zones' offsets in the IANA time zone database
 * (tzdata): a local interval starting at 00:00 starts at 00:00 minus the offset in UTC, so the
 * phase is (-offset) mod interval.
 */
class IntervalPhaseTest {

  private static final Instant AT = Instant.parse("2024-01-01T00:00:00Z");

  private static int phase(String zone, int interval) {
    IntervalPhase.Derived d = IntervalPhase.of(ZoneId.of(zone), interval, AT);
    assertThat(d).as(zone + " " + interval).isInstanceOf(IntervalPhase.Derived.Phase.class);
    return ((IntervalPhase.Derived.Phase) d).minutes();
  }

  @Test
  void wholeHourZonesKeepTheUtcGrid() {
    assertThat(phase("Asia/Shanghai", 60)).isZero();
    assertThat(phase("America/New_York", 60)).isZero();
    assertThat(phase("Europe/Berlin", 15)).isZero();
    assertThat(phase("UTC", 30)).isZero();
  }

  @Test
  void indiaStartsItsHoursAtHalfPastTheUtcHour() {
    // +05:30: 00:00 IST is 18:30 UTC the day before
    assertThat(phase("Asia/Kolkata", 60)).isEqualTo(30);
    assertThat(phase("Asia/Kolkata", 30)).isZero();
    assertThat(phase("Asia/Kolkata", 15)).isZero();
  }

  @Test
  void nepalStartsItsIntervalsAtAQuarterPastTheUtcHour() {
    // +05:45: 00:00 NPT is 18:15 UTC; 345 minutes = 5 h 45 = 11 x 30 + 15 = 23 x 15
    assertThat(phase("Asia/Kathmandu", 60)).isEqualTo(15);
    assertThat(phase("Asia/Kathmandu", 30)).isEqualTo(15);
    assertThat(phase("Asia/Kathmandu", 15)).isZero();
  }

  @Test
  void halfHourZonesWithSummerTimeKeepOnePhase() {
    // Adelaide +09:30 / +10:30, Newfoundland -03:30 / -02:30: a whole hour apart
    assertThat(phase("Australia/Adelaide", 60)).isEqualTo(30);
    assertThat(phase("America/St_Johns", 60)).isEqualTo(30);
    assertThat(phase("Asia/Tehran", 60)).isEqualTo(30);
    // Chatham Islands +12:45 / +13:45: 00:00 is 11:15 UTC
    assertThat(phase("Pacific/Chatham", 60)).isEqualTo(15);
  }

  @Test
  void lordHoweIsRefusedForHourlyMetersOnlyAsItsSummerTimeIsHalfAnHour() {
    // +10:30 in winter, +11:00 in summer: hours start at :30 and at :00 UTC
    IntervalPhase.Derived d = IntervalPhase.of(ZoneId.of("Australia/Lord_Howe"), 60, AT);
    assertThat(d).isInstanceOf(IntervalPhase.Derived.Refused.class);
    assertThat(((IntervalPhase.Derived.Refused) d).reason())
        .contains("Australia/Lord_Howe")
        .contains("30- or 15-minute");
    assertThat(phase("Australia/Lord_Howe", 30)).isZero();
  }

  @Test
  void aMeterPutOnANewClockTakesItsPhaseAndKeepsTheRest() {
    Meter hourly =
        new Meter("m", "s", "Main", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 60, 0);
    // London (+00:00 / +01:00) keeps the UTC grid; Kolkata (+05:30) starts at :30 past the hour
    Meter kolkata = onClock(hourly, "Asia/Kolkata");
    assertThat(kolkata).isEqualTo(hourly.withPhase(30));
    assertThat(onClock(kolkata, "Europe/London")).isEqualTo(hourly);
    // Nepal (+05:45): 00:00 in Kathmandu is 18:15 UTC
    assertThat(onClock(hourly, "Asia/Kathmandu")).isEqualTo(hourly.withPhase(15));
    // Lord Howe's half-hour summer time gives an hourly meter no one phase: refused, not thrown
    IntervalPhase.Phased refused =
        IntervalPhase.onClock(hourly, ZoneId.of("Australia/Lord_Howe"), AT);
    assertThat(refused).isInstanceOf(IntervalPhase.Phased.Refused.class);
    assertThat(((IntervalPhase.Phased.Refused) refused).reason())
        .contains("Australia/Lord_Howe")
        .contains("30- or 15-minute")
        .isEqualTo(
            ((IntervalPhase.Derived.Refused)
                    IntervalPhase.of(ZoneId.of("Australia/Lord_Howe"), 60, AT))
                .reason());
  }

  /** The meter on the zone's clock, which gives it one phase. */
  private static Meter onClock(Meter m, String zone) {
    IntervalPhase.Phased p = IntervalPhase.onClock(m, ZoneId.of(zone), AT);
    assertThat(p).as(zone).isInstanceOf(IntervalPhase.Phased.OnClock.class);
    return ((IntervalPhase.Phased.OnClock) p).meter();
  }

  @Test
  void analysisHoursFollowTheSiteClockWhenTheIntervalsFitIntoIt() {
    Meter quarter =
        new Meter("m", "s", "Q", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 15, 0);
    Meter hourly =
        new Meter("m", "s", "H", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 60, 0);
    assertThat(IntervalPhase.hourOf(quarter, ZoneId.of("Asia/Kathmandu"), AT)).isEqualTo(15);
    assertThat(IntervalPhase.hourOf(quarter, ZoneId.of("Asia/Kolkata"), AT)).isEqualTo(30);
    // an hourly meter kept on the UTC grid keeps its own hours
    assertThat(IntervalPhase.hourOf(hourly, ZoneId.of("Asia/Kolkata"), AT)).isZero();
    // a 30-minute meter of phase 0 does not fit Nepal's :15 hour: its own phase
    Meter half = new Meter("m", "s", "Q", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 30, 0);
    assertThat(IntervalPhase.hourOf(half, ZoneId.of("Asia/Kathmandu"), AT)).isZero();
  }

  @Test
  void aPhaseBeyondTheIntervalIsRefused() {
    Meter m = new Meter("m", "s", "H", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 30, 30);
    assertThat(m.refusal()).hasValueSatisfying(r -> assertThat(r).contains("phaseMinutes"));
  }
}
