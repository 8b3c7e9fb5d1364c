package org.scopeplus.server.energy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The latest year of readings ends on the last local day the readings reach into, not on the last
 * stored (UTC) day read as a local day. Every date by hand: a meter stored up to 3 June 2024 (UTC)
 * has its last hourly reading end at 2024-06-04T00:00Z, which is 08:00 on 4 June in Shanghai
 * (UTC+8, no summer time) and 20:00 on 3 June in New York (UTC-4 in June, summer time).
 */
class RecentWindowTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void eastOfUtcTheWindowTakesInTheLocalDayAfterTheLastStoredDay() {
    MeterAnalysis.Window w =
        MeterAnalysis.recentWindow(Instant.parse("2024-06-04T00:00:00Z"), SHANGHAI, 365);
    // readings reach 08:00 on 4 June: the window ends (excluded) on 5 June
    assertThat(w.to()).isEqualTo(LocalDate.of(2024, 6, 5));
    // 365 days back from 5 June 2024, 29 February 2024 among them: 6 June 2023
    assertThat(w.from()).isEqualTo(LocalDate.of(2023, 6, 6));
    // local midnights: 16:00Z the day before
    assertThat(Instant.ofEpochSecond(w.start())).isEqualTo(Instant.parse("2023-06-05T16:00:00Z"));
    assertThat(Instant.ofEpochSecond(w.end())).isEqualTo(Instant.parse("2024-06-04T16:00:00Z"));
  }

  @Test
  void westOfUtcTheWindowEndsAfterTheLastStoredDay() {
    MeterAnalysis.Window w =
        MeterAnalysis.recentWindow(Instant.parse("2024-06-04T00:00:00Z"), NEW_YORK, 365);
    // readings reach 20:00 on 3 June: the window ends (excluded) on 4 June
    assertThat(w.to()).isEqualTo(LocalDate.of(2024, 6, 4));
    assertThat(w.from()).isEqualTo(LocalDate.of(2023, 6, 5));
    // local midnights in summer time: 04:00Z
    assertThat(Instant.ofEpochSecond(w.start())).isEqualTo(Instant.parse("2023-06-05T04:00:00Z"));
    assertThat(Instant.ofEpochSecond(w.end())).isEqualTo(Instant.parse("2024-06-04T04:00:00Z"));
  }

  @Test
  void readingsEndingOnALocalMidnightEndTheWindowThere() {
    // the last reading 23:00 to 24:00 on 30 June in Shanghai ends at 2024-06-30T16:00Z, on the
    // stored day 30 June, which reaches to 08:00 on 1 July: 1 July itself has no reading
    assertThat(
            MeterAnalysis.recentWindow(Instant.parse("2024-06-30T16:00:00Z"), SHANGHAI, 365).to())
        .isEqualTo(LocalDate.of(2024, 7, 1));
    // in New York 00:00 on 1 July is 04:00Z: the readings end there, 1 July has none
    assertThat(
            MeterAnalysis.recentWindow(Instant.parse("2024-07-01T04:00:00Z"), NEW_YORK, 365).to())
        .isEqualTo(LocalDate.of(2024, 7, 1));
    // a quarter-hour later, 00:00 to 00:15 on 1 July is read: the window takes 1 July in
    assertThat(
            MeterAnalysis.recentWindow(Instant.parse("2024-07-01T04:15:00Z"), NEW_YORK, 365).to())
        .isEqualTo(LocalDate.of(2024, 7, 2));
  }
}
