package org.scopeplus.core.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.Problem;

class ReadingImportTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Meter HOURLY =
      new Meter("m", "s", "Main", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 60);
  private static final Meter QUARTER =
      new Meter("m", "s", "Main", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 15);

  private static List<ReadingRow> rows(String... pairs) {
    List<ReadingRow> out = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.add(new ReadingRow(i / 2 + 2, pairs[i], pairs[i + 1]));
    }
    return out;
  }

  @Test
  void localTimesAcrossSpringForwardAreReadInTheSitesZone() {
    // 2024-03-10 in New York: 01:00 EST (-05:00), then 03:00 EDT (-04:00): one hour apart
    ReadingImport.Outcome o =
        ReadingImport.check(
            HOURLY, NEW_YORK, "m.csv", rows("2024-03-10 01:00", "1.5", "2024-03-10 03:00", "2"));
    assertThat(o).isInstanceOf(ReadingImport.Outcome.Accepted.class);
    ReadingImport.Outcome.Accepted a = (ReadingImport.Outcome.Accepted) o;
    assertThat(a.gapIntervals()).as("02:00 does not exist: no gap").isZero();
    assertThat(a.readings().at(Instant.parse("2024-03-10T06:00:00Z"))).isEqualTo(1500);
    assertThat(a.readings().at(Instant.parse("2024-03-10T07:00:00Z"))).isEqualTo(2000);
  }

  @Test
  void aSkippedLocalTimeAndARepeatedOneAreRefusedWithTheirRows() {
    ReadingImport.Outcome o =
        ReadingImport.check(
            HOURLY,
            NEW_YORK,
            "m.csv",
            rows("2024-03-10 02:00", "1", "2024-11-03 01:00", "1", "2024-11-03T01:00-04:00", "1"));
    assertThat(o).isInstanceOf(ReadingImport.Outcome.Refused.class);
    List<Problem> p = ((ReadingImport.Outcome.Refused) o).problems();
    assertThat(p).hasSize(2);
    assertThat(p.get(0).row()).isEqualTo(2);
    assertThat(p.get(0).message()).contains("does not exist");
    assertThat(p.get(1).row()).isEqualTo(3);
    assertThat(p.get(1).message()).contains("happens twice").contains("-04:00").contains("-05:00");
  }

  @Test
  void theFallBackHourWithOffsetsGivesFourQuarterHoursTwice() {
    // 2024-10-27 in Berlin: 02:00-03:00 local twice, +02:00 then +01:00; 8 distinct quarter hours
    List<ReadingRow> r = new ArrayList<>();
    int row = 2;
    for (String off : new String[] {"+02:00", "+01:00"}) {
      for (String m : new String[] {"00", "15", "30", "45"}) {
        r.add(new ReadingRow(row++, "2024-10-27T02:" + m + off, "0.25"));
      }
    }
    ReadingImport.Outcome.Accepted a =
        (ReadingImport.Outcome.Accepted)
            ReadingImport.check(QUARTER, ZoneId.of("Europe/Berlin"), "b.csv", r);
    assertThat(a.count()).isEqualTo(8);
    assertThat(a.gapIntervals()).isZero();
    assertThat(a.readings().at(Instant.parse("2024-10-27T00:00:00Z"))).isEqualTo(250);
    assertThat(a.readings().at(Instant.parse("2024-10-27T01:45:00Z"))).isEqualTo(250);
  }

  @Test
  void duplicatesMisalignedAndAbsurdReadingsAreRefusedNothingKept() {
    ReadingImport.Outcome o =
        ReadingImport.check(
            HOURLY,
            NEW_YORK,
            "m.csv",
            rows(
                "2024-01-01T00:00Z", "1",
                "2024-01-01T00:00Z", "1",
                "2024-01-01T00:30Z", "1",
                "2024-01-01T02:00Z", "1e300",
                "2024-01-01T03:00Z", "-1",
                "0000-01-01T00:00Z", "1",
                "2024-01-01T04:00Z", "lots"));
    ReadingImport.Outcome.Refused r = (ReadingImport.Outcome.Refused) o;
    assertThat(r.problemCount()).isEqualTo(6);
    assertThat(r.problems())
        .extracting(Problem::row, Problem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "timestamp"),
            org.assertj.core.groups.Tuple.tuple(4L, "timestamp"),
            org.assertj.core.groups.Tuple.tuple(5L, "kwh"),
            org.assertj.core.groups.Tuple.tuple(6L, "kwh"),
            org.assertj.core.groups.Tuple.tuple(7L, "timestamp"),
            org.assertj.core.groups.Tuple.tuple(8L, "kwh"));
    assertThat(r.problems().get(0).message()).contains("row 2").contains("duplicate");
  }

  @Test
  void gapsAndSpikesAreFoundWithTheirRowsAndTheReadingsKept() {
    List<ReadingRow> r = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      if (h == 5 || h == 6) {
        continue; // a two-hour gap
      }
      r.add(
          new ReadingRow(
              r.size() + 2, String.format("2024-01-01T%02d:00Z", h), h == 12 ? "50" : "2"));
    }
    ReadingImport.Outcome.Accepted a =
        (ReadingImport.Outcome.Accepted) ReadingImport.check(HOURLY, NEW_YORK, "g.csv", r);
    assertThat(a.count()).isEqualTo(22);
    assertThat(a.gapIntervals()).isEqualTo(2);
    assertThat(a.spikes()).isEqualTo(1);
    // row 7 is 07:00 (rows 2..6 are 00:00..04:00); row 12 is 12:00 (the spike, 25 x median 2)
    assertThat(a.findings().get(0).row()).isEqualTo(7);
    assertThat(a.findings().get(0).message()).contains("2 interval(s)");
    assertThat(a.findings().get(1).row()).isEqualTo(12);
    assertThat(a.findings().get(1).message()).contains("25 times");
  }

  @Test
  void aDayPacksIntoFourBytesAReadingAndBack() {
    int[] day = new int[96];
    java.util.Arrays.fill(day, IntervalReadings.MISSING);
    day[0] = 0;
    day[1] = 123_456;
    day[95] = Integer.MAX_VALUE;
    byte[] packed = IntervalReadings.pack(day);
    assertThat(packed).hasSize(384);
    assertThat(IntervalReadings.unpack(packed)).containsExactly(day);
  }
}
