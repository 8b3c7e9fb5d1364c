package org.scopeplus.energy.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The worked example of Reda and Andreas, NREL/TP-560-34302 (rev. 2008), Appendix A.5, Table A5.1
 * inputs and Table A5.2 outputs: 17 October 2003 12:30:30 local time (UTC-7), Golden, Colorado.
 */
class SpaTest {

  private static final double EPOCH =
      OffsetDateTime.of(2003, 10, 17, 12, 30, 30, 0, ZoneOffset.ofHours(-7)).toEpochSecond();

  @Test
  void julianDayOfTheWorkedExample() {
    assertEquals(2452930.312847, Spa.julianDay(EPOCH), 1e-6);
  }

  @Test
  void reproducesTheReportsWorkedExample() {
    SolarPosition p = Spa.position(EPOCH, 39.742476, -105.1786, 1830.14, 820, 11, 67);
    // Table A5.2: zenith 50.11162 degrees, azimuth 194.34024 degrees, R 0.9965422974 AU,
    // topocentric declination -9.316179 degrees.
    assertEquals(50.11162, p.zenith(), 1e-5);
    assertEquals(194.34024, p.azimuth(), 1e-5);
    assertEquals(0.9965422974, p.earthSunDistance(), 1e-9);
    assertEquals(-9.316179, p.declination(), 1e-6);
  }

  @Test
  void refusesALatitudeOffTheGlobe() {
    assertThrows(IllegalArgumentException.class, () -> Spa.position(EPOCH, 91, 0, 0, 1013, 12, 67));
  }
}
