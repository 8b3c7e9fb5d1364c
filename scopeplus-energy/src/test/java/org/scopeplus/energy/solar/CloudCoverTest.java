package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.scopeplus.core.energy.WeatherHours;

/** Cloud cover to irradiance against the papers' formulas worked by hand. */
class CloudCoverTest {

  @Test
  void kastenAndCzeplakClearSkyAndCloudFactor() {
    // Kasten & Czeplak 1980: G0 = 910 sin h - 30; at h = 40 deg: 910 x 0.642788 - 30 = 554.937
    assertThat(CloudCover.clearSkyGhi(40)).isCloseTo(554.9367, within(1e-4));
    // the sun at 1 deg gives 910 x 0.017452 - 30 < 0: no irradiance, never negative
    assertThat(CloudCover.clearSkyGhi(1)).isZero();
    assertThat(CloudCover.clearSkyGhi(-5)).isZero();
    // G = G0 (1 - 0.75 (N/8)^3.4): 4 octas: 0.5^3.4 = 0.094732, 800 x 0.928951 = 743.161
    assertThat(CloudCover.ghi(800, 0.5)).isCloseTo(743.1606, within(1e-4));
    assertThat(CloudCover.ghi(800, 0)).isEqualTo(800);
    // 8 octas: 1 - 0.75 = 0.25
    assertThat(CloudCover.ghi(800, 1)).isCloseTo(200, within(1e-9));
    assertThatThrownBy(() -> CloudCover.ghi(800, 1.5)).hasMessageContaining("from 0 to 1");
    assertThatThrownBy(() -> CloudCover.ghi(800, Double.NaN)).hasMessageContaining("from 0 to 1");
  }

  @Test
  void erbsSplitsGlobalIntoDirectAndDiffuseInEachRangeOfTheClearnessIndex() {
    // kt = 500 / (1400 cos 30) = 0.412393; DF = 0.9511 - 0.1604 kt + 4.388 kt^2 - 16.638 kt^3
    // + 12.336 kt^4 = 0.821102; DHI = 410.551; DNI = (500 - 410.551) / cos 30 = 103.287
    CloudCover.Components mid = CloudCover.erbs(500, 30, 1400);
    assertThat(mid.dhi()).isCloseTo(410.5512, within(1e-4));
    assertThat(mid.dni()).isCloseTo(103.2866, within(1e-4));
    assertThat(mid.ghi()).isEqualTo(500);
    // kt = 100 / (1400 cos 70) = 0.208843 <= 0.22: DF = 1 - 0.09 kt = 0.981204; DHI = 98.1204,
    // DNI = (100 - 98.1204) / cos 70 = 5.49555
    CloudCover.Components low = CloudCover.erbs(100, 70, 1400);
    assertThat(low.dhi()).isCloseTo(98.1204, within(1e-4));
    assertThat(low.dni()).isCloseTo(5.49555, within(1e-5));
    // kt = 1100 / (1400 cos 20) = 0.836 > 0.80: DF = 0.165; DHI = 181.5, DNI = 918.5 / cos 20
    CloudCover.Components high = CloudCover.erbs(1100, 20, 1400);
    assertThat(high.dhi()).isCloseTo(181.5, within(1e-9));
    assertThat(high.dni()).isCloseTo(918.5 / Math.cos(Math.toRadians(20)), within(1e-9));
    // beyond a zenith of 87 deg all is diffuse
    CloudCover.Components low87 = CloudCover.erbs(20, 88, 1400);
    assertThat(low87.dni()).isZero();
    assertThat(low87.dhi()).isEqualTo(20);
  }

  @Test
  void forecastHoursWithCloudCoverOnlyGetIrradianceAndOthersAreKept() {
    // Shanghai (31.23 N, 121.47 E), 2024-06-21: the hour from 04:00Z (local noon) at 50 % cover,
    // an hour with its own irradiance, and an hour with neither
    long noon = java.time.Instant.parse("2024-06-21T04:00:00Z").getEpochSecond();
    double nan = Double.NaN;
    WeatherHours w =
        new WeatherHours(
            false,
            0,
            new long[] {noon, noon + 3600, noon + 7200},
            new double[] {30, 30, 30},
            new double[] {nan, 640, nan},
            new double[] {nan, 500, nan},
            new double[] {nan, 140, nan},
            new double[] {1, 1, 1},
            new double[] {50, 50, nan});
    WeatherHours filled = CloudCover.fill(w, 31.23, 121.47, 4);
    SolarPosition sp =
        Spa.position(noon + 1800, 31.23, 121.47, 4, Irradiance.pressureAtAltitude(4) / 100, 12, 67);
    // the sun is near 82 deg high at the solstice noon of 31 N (90 - 31.23 + 23.44)
    assertThat(sp.apparentElevation()).isBetween(78.0, 83.0);
    double clear = 910 * Math.sin(Math.toRadians(sp.apparentElevation())) - 30;
    double ghi = clear * (1 - 0.75 * Math.pow(0.5, 3.4));
    assertThat(filled.ghi()[0]).isCloseTo(ghi, within(1e-9));
    CloudCover.Components c =
        CloudCover.erbs(ghi, sp.zenith(), Irradiance.extraterrestrial(173, 1366.1));
    assertThat(filled.dni()[0]).isCloseTo(c.dni(), within(1e-9));
    assertThat(filled.dhi()[0]).isCloseTo(c.dhi(), within(1e-9));
    // closure: GHI = DHI + DNI cos z
    assertThat(filled.dhi()[0] + filled.dni()[0] * Math.cos(Math.toRadians(sp.zenith())))
        .isCloseTo(ghi, within(1e-9));
    assertThat(filled.ghi()[1]).isEqualTo(640);
    assertThat(filled.dni()[1]).isEqualTo(500);
    assertThat(filled.ghi()[2]).isNaN();
    assertThat(CloudCover.fill(filled, 31.23, 121.47, 4)).isSameAs(filled);
  }
}
