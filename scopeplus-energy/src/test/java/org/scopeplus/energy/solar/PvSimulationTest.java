package org.scopeplus.energy.solar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.WeatherYear;

/** The hourly chain: position at mid-hour, transposition, temperature, DC and AC. */
class PvSimulationTest {

  private static final PvSystem SYSTEM =
      new PvSystem(
          Double.NaN,
          Double.NaN,
          4,
          30,
          180,
          14.08,
          3.5,
          -0.0047,
          PvSystem.TemperatureModel.FAIMAN,
          Transposition.SkyModel.ISOTROPIC,
          0.2,
          67);

  /** The hour ending 13:00:30 has its middle at the SPA report's example instant, 12:30:30. */
  private static WeatherYear goldenHour(double ghi, double dni, double dhi) {
    long end =
        OffsetDateTime.of(2003, 10, 17, 13, 0, 30, 0, ZoneOffset.ofHours(-7)).toEpochSecond();
    return new WeatherYear(
        new Site("Golden", 39.742476, -105.1786, 1830.14, -7),
        new long[] {end},
        new double[] {ghi},
        new double[] {dni},
        new double[] {dhi},
        new double[] {11},
        new double[] {2},
        new double[] {Double.NaN},
        new double[] {Double.NaN});
  }

  @Test
  void usesTheMiddleOfTheHourAndChainsTheModels() {
    PvSimulation.Hours h = PvSimulation.run(SYSTEM, goldenHour(650, 800, 100));
    // The report's zenith 50.11162 was refracted at 820 mbar; here the standard pressure at
    // 1830 m (813 mbar) changes refraction by far less than 0.001 degrees.
    assertEquals(50.11162, h.zenith()[0], 1e-3);
    assertEquals(194.34024, h.azimuth()[0], 1e-5);
    double cosAoi = Transposition.cosAoi(30, 180, h.zenith()[0], h.azimuth()[0]);
    double poa =
        800 * cosAoi
            + 100 * (1 + Math.cos(Math.toRadians(30))) / 2
            + 650 * 0.2 * (1 - Math.cos(Math.toRadians(30))) / 2;
    assertEquals(poa, h.poaGlobal()[0], 1e-9);
    double tc = 11 + poa / (25 + 6.84 * 2);
    assertEquals(tc, h.cellTemperature()[0], 1e-9);
    double dc = poa / 1000 * 4000 * (1 - 0.0047 * (tc - 25)) * (1 - 0.1408);
    assertEquals(dc, h.dc()[0], 1e-9);
    assertEquals(PvWatts.ac(dc, 3500, 0.96, 0.9637), h.ac()[0], 1e-12);
    assertEquals(h.ac()[0] / 1000, h.acKwh(), 1e-12);
  }

  @Test
  void darkHourMakesNoPower() {
    PvSimulation.Hours h = PvSimulation.run(SYSTEM, goldenHour(0, 0, 0));
    assertEquals(0, h.ac()[0]);
    assertTrue(h.zenith()[0] < 90);
  }
}
