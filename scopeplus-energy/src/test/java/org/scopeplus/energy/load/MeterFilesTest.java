package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeterFilesTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path p = dir.resolve("meter.csv");
    Files.writeString(p, text);
    return p;
  }

  private static long utc(String iso) {
    return Instant.parse(iso).getEpochSecond();
  }

  /**
   * 31 October 2021, London: clocks go back from 02:00 BST to 01:00 GMT, so local 01:00 comes
   * twice. Written in local time without offsets, five rows are five different hours: 00:00 BST =
   * 23:00Z, 01:00 BST = 00:00Z, 01:00 GMT = 01:00Z, 02:00 GMT = 02:00Z, 03:00 GMT = 03:00Z.
   */
  @Test
  void theRepeatedHourWhenClocksGoBackIsTwoHours() throws IOException {
    HourlySeries s =
        MeterFiles.readEnergy(
            file(
                "timestamp,kwh\n2021-10-31 00:00,1\n2021-10-31 01:00,2\n2021-10-31 01:00,3\n"
                    + "2021-10-31 02:00,4\n2021-10-31 03:00,5\n"),
            LONDON);
    assertThat(s.hourStarts())
        .containsExactly(
            utc("2021-10-30T23:00:00Z"),
            utc("2021-10-31T00:00:00Z"),
            utc("2021-10-31T01:00:00Z"),
            utc("2021-10-31T02:00:00Z"),
            utc("2021-10-31T03:00:00Z"));
    assertThat(s.values()).containsExactly(1, 2, 3, 4, 5);
  }

  /** 28 March 2021, London: 01:00-02:00 local does not exist; a reading there is refused. */
  @Test
  void aLocalTimeSkippedWhenClocksGoForwardIsRefused() throws IOException {
    Path p = file("timestamp,kwh\n2021-03-28 00:00,1\n2021-03-28 01:30,2\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(p, LONDON))
        .isInstanceOf(MeterFileException.class)
        .hasMessageContaining("meter.csv, row 3, timestamp")
        .hasMessageContaining("does not exist");
  }

  /** The day clocks go forward has 23 local hours; the daily model counts it complete with 23. */
  @Test
  void aTwentyThreeHourDayIsAWholeDay() throws IOException {
    StringBuilder csv = new StringBuilder("timestamp,kwh\n");
    for (int h = 0; h < 24; h++) {
      if (h != 1) {
        csv.append(String.format("2021-03-28T%02d:00,1%n", h));
      }
    }
    HourlySeries kwh = MeterFiles.readEnergy(file(csv.toString()), LONDON);
    assertThat(kwh.size()).isEqualTo(23);
    double[] temp = new double[23];
    LoadData d = LoadData.of(kwh.hourStarts(), kwh.values(), temp, LONDON);
    DailyDays days = DailyDays.of(d);
    assertThat(days.size()).isEqualTo(1);
    assertThat(days.kwh[0]).isEqualTo(23);
  }

  /** Quarter-hours add up into hours; an hour missing a quarter is left out, not half-counted. */
  @Test
  void quarterHoursAddIntoWholeHoursOnly() throws IOException {
    HourlySeries s =
        MeterFiles.readEnergy(
            file(
                "timestamp,kwh\n2024-01-01T00:00:00+08:00,1\n2024-01-01T00:15:00+08:00,1\n"
                    + "2024-01-01T00:30:00+08:00,1\n2024-01-01T00:45:00+08:00,1.5\n"
                    + "2024-01-01T01:00:00+08:00,1\n2024-01-01T01:15:00+08:00,1\n"),
            ZoneId.of("Asia/Shanghai"));
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.hourStart(0)).isEqualTo(utc("2023-12-31T16:00:00Z"));
    assertThat(s.value(0)).isEqualTo(4.5);
  }

  /** Hourly readings keep their start even where the local clock is half an hour off UTC. */
  @Test
  void hourlyReadingsInAHalfHourZoneKeepTheirTimes() throws IOException {
    HourlySeries s =
        MeterFiles.readEnergy(
            file("timestamp,kwh\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,2\n"),
            ZoneId.of("Asia/Kolkata"));
    assertThat(s.hourStarts())
        .containsExactly(utc("2024-01-01T00:00:00Z"), utc("2024-01-01T01:00:00Z"));
  }

  @Test
  void theOpenEeMeterSampleFormats() {
    HourlySeries kwh = DevelopmentMeters.IL_KWH;
    assertThat(kwh.size()).isEqualTo(19417);
    assertThat(kwh.hourStart(0)).isEqualTo(utc("2015-11-22T06:00:00Z"));
    assertThat(kwh.value(0)).isEqualTo(0.23);
    // 21.01 °F = (21.01 - 32) × 5/9 °C
    assertThat(DevelopmentMeters.IL_TEMPERATURE.value(0)).isCloseTo(-6.10556, within(1e-5));
    // "2020-04-01 01:00:00+00:00" and the UK temperatures' offset-free UTC "2020-04-01 01:00:00"
    assertThat(DevelopmentMeters.UK_KWH.hourStart(0)).isEqualTo(utc("2020-04-01T01:00:00Z"));
    assertThat(DevelopmentMeters.UK_TEMPERATURE.hourStart(0))
        .isEqualTo(utc("2020-04-01T01:00:00Z"));
    assertThat(DevelopmentMeters.UK_TEMPERATURE.value(0)).isCloseTo(5.180084, within(1e-9));
  }

  @Test
  void theSameIntervalTwiceIsRefusedNamingBothRows() throws IOException {
    Path p = file("timestamp,kwh\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,1\n2024-01-01T00:00Z,2\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(p, ZoneOffset.UTC))
        .hasMessageContaining("rows 2 and 4")
        .hasMessageContaining("the same interval twice");
  }

  @Test
  void badValuesAreRefusedNamingFileRowAndField() throws IOException {
    Path text = file("timestamp,kwh\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,lots\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(text, ZoneOffset.UTC))
        .hasMessage("meter.csv, row 3, kwh: 'lots' is not a number");
    Path absurd = file("timestamp,kwh\n2024-01-01T00:00Z,1e300\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(absurd, ZoneOffset.UTC))
        .hasMessageContaining("row 2, kwh: 1e300 kWh in one interval is beyond");
    Path yearZero = file("timestamp,kwh\n0000-01-01T00:00Z,1\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(yearZero, ZoneOffset.UTC))
        .hasMessageContaining("row 2, timestamp: year 0 is outside 1970-2200");
    Path date = file("timestamp,kwh\nyesterday,1\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(date, ZoneOffset.UTC))
        .hasMessageContaining("row 2, timestamp: 'yesterday' is not a date and time");
    Path hot = file("dt,tempF\n2024-01-01T00:00Z,1000\n");
    assertThatThrownBy(() -> MeterFiles.readTemperature(hot, ZoneOffset.UTC))
        .hasMessageContaining("row 2, tempF: 1000 °F is outside");
    Path columns = file("when,energy\n2024-01-01T00:00Z,1\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(columns, ZoneOffset.UTC))
        .hasMessageContaining("meter.csv, row 1: expected a time column");
  }

  @Test
  void everyBadRowIsListedWithItsRowAndNothingIsRead() throws IOException {
    Path p =
        file(
            "timestamp,kwh\n2024-01-01T00:00Z,1\n2024-01-01T01:00Z,lots\nyesterday,1\n"
                + "2024-01-01T00:00Z,2\n2024-01-01T03:00Z,1e300\n2024-01-01T04:00Z,1\n");
    assertThatThrownBy(() -> MeterFiles.readEnergy(p, ZoneOffset.UTC))
        .hasMessage(
            "meter.csv: 4 problems, nothing was read:\n"
                + "  meter.csv, row 3, kwh: 'lots' is not a number\n"
                + "  meter.csv, row 4, timestamp: 'yesterday' is not a date and time such as"
                + " 2024-03-31T01:00:00+01:00\n"
                + "  meter.csv, row 6, kwh: 1e300 kWh in one interval is beyond the 10000000 kWh a"
                + " meter can record\n"
                + "  meter.csv, rows 2 and 5: the same interval twice (2024-01-01T00:00:00Z)");
  }

  @Test
  void aLongListIsCappedWithTheCountOfTheRest() throws IOException {
    StringBuilder b = new StringBuilder("timestamp,kwh\n");
    int bad = org.scopeplus.core.problem.ProblemTally.configuredLimit() + 5;
    for (int i = 0; i < bad; i++) {
      b.append("2024-01-01T00:00Z,x\n");
    }
    Path p = file(b.toString());
    assertThatThrownBy(() -> MeterFiles.readEnergy(p, ZoneOffset.UTC))
        .hasMessageStartingWith("meter.csv: " + bad + " problems, nothing was read:\n")
        .hasMessageEndingWith("\n  and 5 more");
  }
}
