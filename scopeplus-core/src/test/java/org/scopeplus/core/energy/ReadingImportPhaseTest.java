package org.scopeplus.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Readings of meters in zones whose offset is not a whole hour, stored on the meter's phase. Every
 * expected instant is the local time less the zone's offset, by hand (tzdata: Asia/Kolkata +05:30,
 * Asia/Kathmandu +05:45, Australia/Adelaide +09:30, +10:30 from 2024-10-06 02:00 local).
 */
class ReadingImportPhaseTest {

  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  private static final ZoneId ADELAIDE = ZoneId.of("Australia/Adelaide");

  private static Meter meter(int interval, int phase) {
    return new Meter(
        "m", "s", "Main", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, interval, phase);
  }

  private static List<ReadingRow> rows(String... pairs) {
    List<ReadingRow> out = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(new ReadingRow(i / 2 + 2, pairs[i], pairs[i + 1]));
    }
    return out;
  }

  private static ReadingImport.Outcome.Accepted accepted(ReadingImport.Outcome o) {
    assertThat(o).isInstanceOf(ReadingImport.Outcome.Accepted.class);
    return (ReadingImport.Outcome.Accepted) o;
  }

  @Test
  void kolkataLocalHoursAcrossTheUtcDayAreStoredOnPhaseThirty() {
    // 05:00 IST = 23:30Z on the 31st, 06:00 IST = 00:30Z on the 1st
    var a =
        accepted(
            ReadingImport.check(
                meter(60, 30),
                KOLKATA,
                "k.csv",
                rows(
                    "2024-01-01 05:00",
                    "1.25",
                    "2024-01-01 06:00",
                    "2.5",
                    "2024-01-01 07:00",
                    "3")));
    IntervalReadings r = a.readings();
    assertThat(a.gapIntervals()).isZero();
    assertThat(r.at(Instant.parse("2023-12-31T23:30:00Z"))).isEqualTo(1250);
    assertThat(r.at(Instant.parse("2024-01-01T00:30:00Z"))).isEqualTo(2500);
    assertThat(r.at(Instant.parse("2024-01-01T01:30:00Z"))).isEqualTo(3000);
    // the stored days: 23:30Z is the 31st's last slot, 00:30Z the 1st's first
    assertThat(r.days().keySet())
        .containsExactly(LocalDate.parse("2023-12-31"), LocalDate.parse("2024-01-01"));
    assertThat(r.days().get(LocalDate.parse("2023-12-31"))[23]).isEqualTo(1250);
    assertThat(r.days().get(LocalDate.parse("2024-01-01"))[0]).isEqualTo(2500);
    assertThat(r.start(LocalDate.parse("2024-01-01"), 0))
        .isEqualTo(Instant.parse("2024-01-01T00:30:00Z").getEpochSecond());
    // read back in the site's zone: the local hours given
    assertThat(
            Instant.ofEpochSecond(r.start(LocalDate.parse("2023-12-31"), 23))
                .atZone(KOLKATA)
                .toLocalDateTime()
                .toString())
        .isEqualTo("2024-01-01T05:00");
  }

  @Test
  void aUtcHourIsRefusedForAKolkataHourlyMeterNamingItsPhase() {
    ReadingImport.Outcome o =
        ReadingImport.check(meter(60, 30), KOLKATA, "k.csv", rows("2024-01-01T00:00Z", "1"));
    assertThat(o).isInstanceOf(ReadingImport.Outcome.Refused.class);
    var p = ((ReadingImport.Outcome.Refused) o).problems().get(0);
    assertThat(p.row()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("timestamp");
    assertThat(p.message()).contains("60-minute").contains("30 minutes past");
  }

  @Test
  void kathmanduHourlyAndQuarterHourlyAcrossLocalMidnight() {
    // 23:00 NPT on the 1st = 17:15Z, 00:00 NPT on the 2nd = 18:15Z
    var h =
        accepted(
            ReadingImport.check(
                meter(60, 15),
                KATHMANDU,
                "h.csv",
                rows("2024-01-01 23:00", "4", "2024-01-02 00:00", "5")));
    assertThat(h.readings().at(Instant.parse("2024-01-01T17:15:00Z"))).isEqualTo(4000);
    assertThat(h.readings().at(Instant.parse("2024-01-01T18:15:00Z"))).isEqualTo(5000);
    // the 15-minute meter's phase is 0: 23:45 NPT = 18:00Z, 00:00 NPT = 18:15Z
    var q =
        accepted(
            ReadingImport.check(
                meter(15, 0),
                KATHMANDU,
                "q.csv",
                rows(
                    "2024-01-01 23:45",
                    "0.5",
                    "2024-01-02 00:00",
                    "0.75",
                    "2024-01-02 00:15",
                    "1")));
    assertThat(q.readings().at(Instant.parse("2024-01-01T18:00:00Z"))).isEqualTo(500);
    assertThat(q.readings().at(Instant.parse("2024-01-01T18:15:00Z"))).isEqualTo(750);
    assertThat(q.readings().at(Instant.parse("2024-01-01T18:30:00Z"))).isEqualTo(1000);
    assertThat(q.gapIntervals()).isZero();
    // a 30-minute meter has phase 15: 00:00 NPT = 18:15Z, 00:30 NPT = 18:45Z
    var half =
        accepted(
            ReadingImport.check(
                meter(30, 15),
                KATHMANDU,
                "t.csv",
                rows("2024-01-02 00:00", "1", "2024-01-02 00:30", "2")));
    assertThat(half.readings().at(Instant.parse("2024-01-01T18:45:00Z"))).isEqualTo(2000);
    assertThat(half.readings().days().get(LocalDate.parse("2024-01-01"))[36]).isEqualTo(1000);
  }

  @Test
  void adelaideAcrossTheStartOfSummerTime() {
    // 2024-10-06 in Adelaide: 01:00 ACST (+09:30) = 15:30Z on the 5th, 02:00 is skipped,
    // 03:00 ACDT (+10:30) = 16:30Z: one hour on, no gap
    var a =
        accepted(
            ReadingImport.check(
                meter(60, 30),
                ADELAIDE,
                "a.csv",
                rows("2024-10-06 01:00", "1", "2024-10-06 03:00", "2")));
    assertThat(a.gapIntervals()).isZero();
    assertThat(a.readings().at(Instant.parse("2024-10-05T15:30:00Z"))).isEqualTo(1000);
    assertThat(a.readings().at(Instant.parse("2024-10-05T16:30:00Z"))).isEqualTo(2000);
    ReadingImport.Outcome skipped =
        ReadingImport.check(meter(60, 30), ADELAIDE, "a.csv", rows("2024-10-06 02:00", "1"));
    assertThat(((ReadingImport.Outcome.Refused) skipped).problems().get(0).message())
        .contains("does not exist");
  }

  @Test
  void wholeHourMetersAreStoredAsBefore() {
    var a =
        accepted(
            ReadingImport.check(
                meter(60, 0), ZoneId.of("Asia/Shanghai"), "s.csv", rows("2024-01-01 08:00", "7")));
    assertThat(a.readings().days().get(LocalDate.parse("2024-01-01"))[0]).isEqualTo(7000);
  }
}
