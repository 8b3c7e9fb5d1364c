package org.scopeplus.energy.solar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Spa#positions} (the periodic terms carried from hour to hour by angle addition between
 * anchors, the nutation terms built by complex multiplication) against {@link Spa#position}, which
 * computes every sine and cosine of the report's equations directly, at every hour of a year.
 *
 * <p>Stated tolerances: 1e-9 degrees for the zenith, elevation, azimuth, declination and hour
 * angle, and 1e-13 AU for the Earth-Sun distance, against the SPA's own uncertainty of 0.0003
 * degrees (Reda and Andreas 2008, abstract). Both ways round the same quantities differently: the
 * differences measured are at most about 1.3e-11 degrees in zenith and 5e-11 degrees in azimuth
 * (largest near the poles, where the azimuth turns fastest), so a tolerance of 1e-9 leaves room for
 * a different processor's libm yet fails at once on any wrong term, multiplier or step (one wrong
 * term of the smallest amplitude in Table A4.2 moves L by about 1e-5 degrees).
 */
class SpaSeriesTest {

  private static final double DEGREES = 1e-9;
  private static final double AU = 1e-13;

  private static long epoch(int year, int month, int day, int hour, int minute) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC).toEpochSecond();
  }

  static Stream<Arguments> sites() {
    // name, latitude, longitude, elevation (m), year: both hemispheres, the equator, east and west
    // of Greenwich and near the date line, above both polar circles (midnight sun and polar
    // night), a leap year, a year in the past and one ahead.
    return Stream.of(
        Arguments.of("Golden, Colorado", 39.742476, -105.1786, 1830.14, 2024),
        Arguments.of("Cape Town", -33.9249, 18.4241, 10.0, 2023),
        Arguments.of("Quito", -0.1807, -78.4678, 2850.0, 1990),
        Arguments.of("Auckland", -36.8485, 174.7633, 20.0, 2030),
        Arguments.of("Honolulu", 21.3069, -157.8583, 5.0, 2023),
        Arguments.of("Shanghai", 31.2304, 121.4737, 4.0, 2100),
        Arguments.of("Tromso", 69.6492, 18.9553, 10.0, 2023),
        Arguments.of("Longyearbyen", 78.2232, 15.6267, 20.0, 2024),
        Arguments.of("McMurdo Station", -77.8419, 166.6863, 10.0, 2025));
  }

  @ParameterizedTest(name = "{0} {4}")
  @MethodSource("sites")
  void everyHourOfAYearAgreesWithTheDirectComputation(
      String name, double latitude, double longitude, double elevation, int year) {
    long from = epoch(year, 1, 1, 0, 30);
    int hours = (int) ((epoch(year + 1, 1, 1, 0, 30) - from) / 3600);
    long[] t = new long[hours];
    for (int i = 0; i < hours; i++) {
      t[i] = from + i * 3600L;
    }
    SolarPosition[] fast = Spa.positions(t, latitude, longitude, elevation, 1000, 12, 69);
    assertThat(fast).hasSize(hours);
    Diff d = new Diff();
    for (int i = 0; i < hours; i++) {
      d.add(fast[i], Spa.position(t[i], latitude, longitude, elevation, 1000, 12, 69));
    }
    d.check(name + " " + year);
  }

  @Test
  void aQuarterHourSeriesAgreesToo() {
    // 35,040 quarter hours of 2023 at Golden: 24 steps between anchors are 6 hours here.
    long from = epoch(2023, 1, 1, 0, 0);
    long[] t = new long[365 * 96];
    for (int i = 0; i < t.length; i++) {
      t[i] = from + i * 900L;
    }
    SolarPosition[] fast = Spa.positions(t, 39.742476, -105.1786, 1830.14, 820, 11, 67);
    Diff d = new Diff();
    for (int i = 0; i < t.length; i++) {
      d.add(fast[i], Spa.position(t[i], 39.742476, -105.1786, 1830.14, 820, 11, 67));
    }
    d.check("quarter hours");
  }

  @Test
  void instantsAtUnequalStepsAreComputedAfresh() {
    // A gap of five hours, a repeated instant, a step back, a half hour and a jump of months:
    // every instant that does not follow the first step is an anchor.
    long h = epoch(2023, 6, 21, 0, 30);
    long[] t = {
      h,
      h + 3600,
      h + 7200,
      h + 7 * 3600,
      h + 8 * 3600,
      h + 8 * 3600,
      h + 9 * 3600,
      h + 5 * 3600,
      h + 6 * 3600,
      h + 6 * 3600 + 1800,
      h + 7 * 3600 + 1800,
      epoch(2023, 12, 21, 12, 0),
      epoch(2023, 12, 21, 13, 0)
    };
    for (double latitude : new double[] {-45, 0, 51.5, 89.9}) {
      SolarPosition[] fast = Spa.positions(t, latitude, -0.1276, 11, 1013, 12, 69);
      Diff d = new Diff();
      for (int i = 0; i < t.length; i++) {
        d.add(fast[i], Spa.position(t[i], latitude, -0.1276, 11, 1013, 12, 69));
      }
      d.check("unequal steps at latitude " + latitude);
    }
  }

  @Test
  void reproducesTheReportsWorkedExample() {
    // Table A5.2 of NREL/TP-560-34302 for 17 October 2003 12:30:30 at UTC-7, Golden, Colorado
    // (as SpaTest), here as the third instant of an hourly series, so the terms are carried there.
    long example =
        OffsetDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7)).toEpochSecond();
    long[] t = {example - 7200, example - 3600, example, example + 3600};
    SolarPosition p = Spa.positions(t, 39.742476, -105.1786, 1830.14, 820, 11, 67)[2];
    assertThat(p.zenith()).isCloseTo(50.11162, within(1e-5));
    assertThat(p.azimuth()).isCloseTo(194.34024, within(1e-5));
    assertThat(p.earthSunDistance()).isCloseTo(0.9965422974, within(1e-9));
    assertThat(p.declination()).isCloseTo(-9.316179, within(1e-6));
  }

  @Test
  void anEmptySeriesHasNoPositions() {
    assertThat(Spa.positions(new long[0], 10, 10, 0, 1013, 12, 69)).isEmpty();
  }

  @Test
  void refusesALatitudeOffTheGlobe() {
    assertThatThrownBy(() -> Spa.positions(new long[] {0}, 91, 0, 0, 1013, 12, 67))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("latitude must lie in -90..90");
  }

  /** The largest differences of each output, angles wrapped to -180..180. */
  private static final class Diff {
    double zenith;
    double elevation;
    double azimuth;
    double declination;
    double hourAngle;
    double distance;
    int count;

    void add(SolarPosition fast, SolarPosition direct) {
      zenith = Math.max(zenith, Math.abs(fast.zenith() - direct.zenith()));
      elevation =
          Math.max(elevation, Math.abs(fast.apparentElevation() - direct.apparentElevation()));
      azimuth = Math.max(azimuth, angle(fast.azimuth() - direct.azimuth()));
      declination = Math.max(declination, Math.abs(fast.declination() - direct.declination()));
      hourAngle = Math.max(hourAngle, angle(fast.hourAngle() - direct.hourAngle()));
      distance = Math.max(distance, Math.abs(fast.earthSunDistance() - direct.earthSunDistance()));
      count++;
    }

    private static double angle(double d) {
      double a = Math.abs(Math.IEEEremainder(d, 360));
      return Double.isNaN(a) ? Double.POSITIVE_INFINITY : a;
    }

    void check(String what) {
      assertThat(count).as(what).isPositive();
      assertThat(zenith).as(what + ": zenith").isLessThanOrEqualTo(DEGREES);
      assertThat(elevation).as(what + ": elevation").isLessThanOrEqualTo(DEGREES);
      assertThat(azimuth).as(what + ": azimuth").isLessThanOrEqualTo(DEGREES);
      assertThat(declination).as(what + ": declination").isLessThanOrEqualTo(DEGREES);
      assertThat(hourAngle).as(what + ": hour angle").isLessThanOrEqualTo(DEGREES);
      assertThat(distance).as(what + ": Earth-Sun distance").isLessThanOrEqualTo(AU);
    }
  }
}
