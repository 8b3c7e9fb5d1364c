package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.energy.weather.SiteWeather;

/** Weather on the hours of meters in zones whose offset is not a whole hour, by hand. */
class HourPhaseTest {

  private static long t(String utc) {
    return Instant.parse(utc).getEpochSecond();
  }

  /** Weather at 00:00Z 10 °C, 01:00Z 14 °C, 02:00Z 20 °C (hour beginning). */
  private static HourlySeries weather() {
    return new HourlySeries(
        new long[] {
          t("2024-01-01T00:00:00Z"), t("2024-01-01T01:00:00Z"), t("2024-01-01T02:00:00Z")
        },
        new double[] {10, 14, 20});
  }

  @Test
  void aKolkataHourTakesHalfOfEachWeatherHourItOverlaps() {
    HourlySeries h = HourPhase.temperature(weather(), 1800);
    // 00:30Z-01:30Z: (10 + 14) / 2 = 12; 01:30Z-02:30Z: (14 + 20) / 2 = 17; 02:30Z lacks 03:00Z
    assertThat(h.hourStarts())
        .containsExactly(t("2024-01-01T00:30:00Z"), t("2024-01-01T01:30:00Z"));
    assertThat(h.values()).containsExactly(12.0, 17.0);
  }

  @Test
  void aKathmanduHourTakesThreeQuartersOfTheEarlierHour() {
    HourlySeries h = HourPhase.temperature(weather(), 900);
    // 00:15Z-01:15Z: 45 min at 10 °C and 15 min at 14 °C = 0.75 x 10 + 0.25 x 14 = 11
    assertThat(h.at(t("2024-01-01T00:15:00Z"))).isCloseTo(11.0, within(1e-12));
    // 01:15Z-02:15Z: 0.75 x 14 + 0.25 x 20 = 15.5
    assertThat(h.at(t("2024-01-01T01:15:00Z"))).isCloseTo(15.5, within(1e-12));
  }

  @Test
  void weatherOnTheMetersOwnPhaseIsTakenAsItIs() {
    HourlySeries w = weather();
    assertThat(HourPhase.temperature(w, 0)).isSameAs(w);
  }

  @Test
  void aMeterWithHoursOfTwoPhasesIsRefusedWithTheHour() {
    HourlySeries mixed =
        new HourlySeries(
            new long[] {t("2024-04-06T14:30:00Z"), t("2024-04-06T16:00:00Z")}, new double[] {1, 1});
    assertThatThrownBy(() -> HourPhase.of(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("30 and 0 minutes past the UTC hour")
        .hasMessageContaining("2024-04-06T16:00:00Z");
  }

  @Test
  void loadDataOfAKolkataMeterPairsEachHourWithItsTemperature() {
    HourlySeries meter =
        new HourlySeries(
            new long[] {t("2024-01-01T00:30:00Z"), t("2024-01-01T01:30:00Z")}, new double[] {5, 6});
    LoadData d =
        LoadData.of(
            meter,
            weather(),
            t("2024-01-01T00:00:00Z"),
            t("2024-01-02T00:00:00Z"),
            ZoneId.of("Asia/Kolkata"));
    assertThat(d.hourStarts())
        .containsExactly(t("2024-01-01T00:30:00Z"), t("2024-01-01T01:30:00Z"));
    assertThat(d.kwh()).containsExactly(5.0, 6.0);
    assertThat(d.temperatureC()).containsExactly(12.0, 17.0);
    // 00:30Z is 06:00 IST on Monday 2024-01-01: hour of week 6
    assertThat(d.hoursOfWeek()).containsExactly(6, 7);
  }

  /**
   * Adelaide's summer time ends on 2024-04-07 at 03:00 ACDT (+10:30), back to 02:00 ACST (+09:30):
   * the local hour 02:00 comes twice. The meter file in local time gives 01:00, 02:00, 02:00 and
   * 03:00: 14:30Z, 15:30Z, 16:30Z and 17:30Z on the 6th, one hour apart and all at :30, and the
   * calendar keeps Sunday's local hours 1, 2, 2 and 3 (hour of week 6 x 24 + h).
   */
  @Test
  void anAdelaideMeterAcrossTheEndOfSummerTimeKeepsItsHalfPastHours(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("adelaide.csv");
    Files.writeString(
        file,
        "timestamp,kwh\n2024-04-07 01:00,1\n2024-04-07 02:00,2\n2024-04-07 02:00,3\n"
            + "2024-04-07 03:00,4\n");
    ZoneId adelaide = ZoneId.of("Australia/Adelaide");
    HourlySeries meter = MeterFiles.readEnergy(file, adelaide);
    assertThat(meter.hourStarts())
        .containsExactly(
            t("2024-04-06T14:30:00Z"),
            t("2024-04-06T15:30:00Z"),
            t("2024-04-06T16:30:00Z"),
            t("2024-04-06T17:30:00Z"));
    HourlySeries weather =
        new HourlySeries(
            new long[] {
              t("2024-04-06T14:00:00Z"),
              t("2024-04-06T15:00:00Z"),
              t("2024-04-06T16:00:00Z"),
              t("2024-04-06T17:00:00Z"),
              t("2024-04-06T18:00:00Z")
            },
            new double[] {10, 12, 14, 16, 18});
    LoadData d =
        LoadData.of(meter, weather, t("2024-04-06T14:30:00Z"), t("2024-04-06T18:30:00Z"), adelaide);
    assertThat(d.kwh()).containsExactly(1.0, 2.0, 3.0, 4.0);
    // each hour the mean of the two weather hours it overlaps: (10 + 12) / 2 = 11, 13, 15, 17
    assertThat(d.temperatureC()).containsExactly(11.0, 13.0, 15.0, 17.0);
    assertThat(d.hoursOfWeek()).containsExactly(145, 146, 146, 147);
  }

  @Test
  void siteWeatherFromALocalMidnightInKolkataIsOnTheLocalHours() {
    SiteWeather sw = SiteWeather.of(weather(), null, java.time.ZoneOffset.ofHoursMinutes(5, 30));
    HourlySeries h = sw.temperature(t("2024-01-01T00:30:00Z"), t("2024-01-01T02:30:00Z"));
    assertThat(h.hourStarts())
        .containsExactly(t("2024-01-01T00:30:00Z"), t("2024-01-01T01:30:00Z"));
    assertThat(h.values()).containsExactly(12.0, 17.0);
  }
}
