package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.weather.Atmosphere;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/**
 * A clear year's irradiance by hand at the SPA report's example (Golden CO, 1830.14 m, 17 October
 * 2003 12:30:30 UTC-7, the middle of the hour ending 13:00:30): refracted zenith 50.11162° (Reda
 * and Andreas 2008, NREL/TP-560-34302; here refracted at the standard pressure of the site, which
 * moves it by far less than 0.001°, so the hand values hold to 0.05 W/m²).
 */
class ClearSkyWeatherTest {

  private static WeatherYear goldenHour() {
    long end =
        OffsetDateTime.of(2003, 10, 17, 13, 0, 30, 0, ZoneOffset.ofHours(-7)).toEpochSecond();
    return new WeatherYear(
        new Site("Golden", 39.742476, -105.1786, 1830.14, -7),
        new long[] {end},
        new double[] {10},
        new double[] {20},
        new double[] {30},
        new double[] {11},
        new double[] {2},
        new double[] {Double.NaN},
        new double[] {0.2});
  }

  @Test
  void ineichenPerezWithTurbidity3ByHand() {
    // Kasten-Young relative air mass at 50.11162°: 1.5570099125426915
    // standard pressure at 1830.14 m: 81186.4656173044 Pa, absolute air mass x p / 101325
    // = 1.2475512630688315
    // Spencer, day 290 (19:30 UTC on 17 October): 1375.7909147032206 W/m²
    // fh1 = exp(-1830.14/8000), fh2 = exp(-1830.14/1250), cg1 = 0.961154, cg2 = 0.1104415
    // GHI = cg1 x 1375.79 x cos z x exp(-cg2 x 1.24755 x (fh1 + 2 fh2)) = 713.0533796521801
    // beam: eq. 2, (0.664 + 0.163/fh1) exp(-0.09 x 1.24755 x 2) x 1375.79 = 954.9858905634231,
    // below the global-consistent 1029.07, so DNI = 954.986; DHI = GHI - DNI cos z = 100.6266
    WeatherYear clear =
        ClearSkyWeather.of(goldenHour(), ClearSkyWeather.Model.INEICHEN_PEREZ, 3, 67);
    assertThat(clear.ghi()[0]).isCloseTo(713.0533796521801, within(0.05));
    assertThat(clear.dni()[0]).isCloseTo(954.9858905634231, within(0.05));
    assertThat(clear.dhi()[0]).isCloseTo(100.62662766004769, within(0.05));
    // the weather's own temperature, wind and albedo are kept
    assertThat(clear.airTemperature()[0]).isEqualTo(11);
    assertThat(clear.windSpeed()[0]).isEqualTo(2);
    assertThat(clear.albedo()[0]).isEqualTo(0.2);
    assertThat(clear.hourEnd()).isEqualTo(goldenHour().hourEnd());
  }

  @Test
  void ineichenPerezWithEachHoursTurbidityFromItsAtmosphereByHand() {
    // the Golden hour twice, each row with its own atmosphere; absolute air mass 1.24755126 (as
    // above). Kasten (1996): TL = (9.4 + 0.9 am)(-0.101 + 0.235 am^-0.16 + 0.112 am^-0.55 w^0.34
    // + AOD): 9.4 + 0.9 am = 10.522796, clean dry -0.101 + 0.235 am^-0.16 = 0.125829;
    // w = 1.5 cm: water 0.113830, AOD 0.1: TL = 10.522796 x 0.339659 = 3.574163
    // w = 3.0 cm: water 0.144081, AOD 0.25: TL = 10.522796 x 0.519910 = 5.470908
    // Ineichen-Perez with these (as in the test above): GHI 700.1256 and 659.0616; beam by eq. 2
    // 895.3635 and 723.6182 (below the global-consistent 1006.48 and 943.40); DHI = GHI - DNI
    // cos z = 125.9343 and 195.0095
    WeatherYear one = goldenHour();
    WeatherYear two =
        new WeatherYear(
            one.site(),
            new long[] {one.hourEnd()[0], one.hourEnd()[0]},
            new double[] {10, 10},
            new double[] {20, 20},
            new double[] {30, 30},
            new double[] {11, 11},
            new double[] {2, 2},
            new double[] {Double.NaN, Double.NaN},
            new double[] {0.2, 0.2});
    WeatherYear clear =
        ClearSkyWeather.of(
            two, new Atmosphere(new double[] {1.5, 3.0}, new double[] {0.1, 0.25}), 67);
    assertThat(clear.ghi()[0]).isCloseTo(700.1255728762395, within(0.05));
    assertThat(clear.dni()[0]).isCloseTo(895.3635248550721, within(0.05));
    assertThat(clear.dhi()[0]).isCloseTo(125.93428816971254, within(0.05));
    assertThat(clear.ghi()[1]).isCloseTo(659.0615951677358, within(0.05));
    assertThat(clear.dni()[1]).isCloseTo(723.6182423680822, within(0.05));
    assertThat(clear.dhi()[1]).isCloseTo(195.00953509564147, within(0.05));
    assertThatThrownBy(
            () ->
                ClearSkyWeather.of(
                    one, new Atmosphere(new double[] {1, 1}, new double[] {0.1, 0.1}), 67))
        .hasMessageContaining("2 hours");
  }

  @Test
  void haurwitzSplitByErbsByHand() {
    // Haurwitz: 1098 cos z exp(-0.059 / cos z) = 642.2495418973662
    // kt = 642.2495 / (1375.7909 cos z) = 0.7279376257997823, in Erbs' middle range:
    // 0.9511 - 0.1604 kt + 4.388 kt² - 16.638 kt³ + 12.336 kt⁴ = 0.2055337087341882
    // DHI = 0.20553 x 642.25 = 132.00393027899906, DNI = (642.25 - 132.00) / cos z = 795.65
    WeatherYear clear =
        ClearSkyWeather.of(goldenHour(), ClearSkyWeather.Model.HAURWITZ, Double.NaN, 67);
    assertThat(clear.ghi()[0]).isCloseTo(642.2495418973662, within(0.05));
    assertThat(clear.dhi()[0]).isCloseTo(132.00393027899906, within(0.05));
    assertThat(clear.dni()[0]).isCloseTo(795.6500238312658, within(0.05));
  }

  @Test
  void darkHoursStayDark() {
    WeatherYear w = goldenHour();
    long midnight = w.hourEnd()[0] + 12 * 3600;
    WeatherYear night =
        new WeatherYear(
            w.site(),
            new long[] {midnight},
            new double[] {0},
            new double[] {0},
            new double[] {0},
            new double[] {5},
            new double[] {1},
            new double[] {Double.NaN},
            new double[] {Double.NaN});
    for (ClearSkyWeather.Model m : ClearSkyWeather.Model.values()) {
      WeatherYear clear = ClearSkyWeather.of(night, m, 3, 67);
      assertThat(clear.ghi()[0]).as(m.name()).isZero();
      assertThat(clear.dni()[0]).as(m.name()).isZero();
      assertThat(clear.dhi()[0]).as(m.name()).isZero();
    }
  }

  @Test
  void ineichenPerezRefusesAMissingOrAbsurdTurbidity() {
    for (double tl : new double[] {Double.NaN, 0, 1e300}) {
      assertThatThrownBy(
              () -> ClearSkyWeather.of(goldenHour(), ClearSkyWeather.Model.INEICHEN_PEREZ, tl, 67))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Linke turbidity");
    }
  }
}
