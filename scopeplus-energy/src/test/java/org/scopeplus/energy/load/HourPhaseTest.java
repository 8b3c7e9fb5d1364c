package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
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

  @Test
  void siteWeatherFromALocalMidnightInKolkataIsOnTheLocalHours() {
    SiteWeather sw = SiteWeather.of(weather(), null, java.time.ZoneOffset.ofHoursMinutes(5, 30));
    HourlySeries h = sw.temperature(t("2024-01-01T00:30:00Z"), t("2024-01-01T02:30:00Z"));
    assertThat(h.hourStarts())
        .containsExactly(t("2024-01-01T00:30:00Z"), t("2024-01-01T01:30:00Z"));
    assertThat(h.values()).containsExactly(12.0, 17.0);
  }
}
