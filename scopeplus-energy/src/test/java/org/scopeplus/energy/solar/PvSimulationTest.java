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
    // the glass reflects part of the beam (De Soto et al. 2006, n 1.526, K L 0.008): the diffuse
    // parts count whole, as in pvlib's ModelChain.with_pvwatts
    double aoi = Math.toDegrees(Math.acos(cosAoi));
    assertEquals(aoi, h.aoi()[0], 1e-9);
    double sinR = Math.sin(Math.toRadians(aoi)) / 1.526;
    double cosR = Math.sqrt(1 - sinR * sinR);
    double rs = Math.pow((cosAoi - 1.526 * cosR) / (cosAoi + 1.526 * cosR), 2);
    double rp = Math.pow((cosR - 1.526 * cosAoi) / (cosR + 1.526 * cosAoi), 2);
    double iam =
        (2 - rs - rp)
            / 2
            * Math.exp(-0.008 / cosR)
            / ((1 - Math.pow(0.526 / 2.526, 2)) * Math.exp(-0.008));
    assertEquals(iam, h.iam()[0], 1e-12);
    double effective = poa - 800 * cosAoi * (1 - iam);
    assertEquals(effective, h.effectiveIrradiance()[0], 1e-9);
    // the cell temperature comes from POA global, as in pvlib's ModelChain
    double tc = 11 + poa / (25 + 6.84 * 2);
    assertEquals(tc, h.cellTemperature()[0], 1e-9);
    double dc = effective / 1000 * 4000 * (1 - 0.0047 * (tc - 25)) * (1 - 0.1408);
    assertEquals(dc, h.dc()[0], 1e-9);
    assertEquals(PvWatts.ac(dc, 3500, 0.96, 0.9637), h.ac()[0], 1e-12);
    assertEquals(h.ac()[0] / 1000, h.acKwh(), 1e-12);
  }

  /**
   * A year of generated hourly weather (Haurwitz clear-sky GHI scaled by a varying cloudiness,
   * split into beam and diffuse) at a northern and a southern site, through every sky and
   * temperature model: {@link PvSimulation#run} (solar positions by {@link Spa#positions}, the
   * surface's tilt and the day's extraterrestrial irradiance computed once) against the chain
   * written out hour by hour with {@link Spa#position} and the public model functions. Angles agree
   * to 1e-9 degrees (SpaSeriesTest), irradiance to 1e-7 W/m² and power to 1e-6 W: a zenith 1e-11
   * degrees apart moves 1000 W/m² of beam by about 2e-10 W/m².
   */
  @Test
  void aYearAgreesWithTheChainWrittenOutHourByHour() {
    double[][] places = {{36.0978, -79.9436, 270}, {-33.9249, 18.4241, 10}};
    for (double[] place : places) {
      WeatherYear w = generatedYear(place[0], place[1], place[2]);
      for (Transposition.SkyModel sky : Transposition.SkyModel.values()) {
        for (PvSystem.TemperatureModel tm : PvSystem.TemperatureModel.values()) {
          PvSystem system =
              new PvSystem(
                  Double.NaN,
                  Double.NaN,
                  5,
                  25,
                  place[0] > 0 ? 170 : 10,
                  14.08,
                  4.2,
                  -0.0037,
                  tm,
                  sky,
                  Double.NaN,
                  69);
          PvSimulation.Hours fast = PvSimulation.run(system, w);
          String what = place[0] + " " + sky + " " + tm;
          double pressure = Irradiance.pressureAtAltitude(place[2]) / 100.0;
          for (int i = 0; i < w.size(); i++) {
            long mid = w.hourEnd()[i] - 1800;
            SolarPosition sp =
                Spa.position(
                    mid,
                    place[0],
                    place[1],
                    place[2],
                    pressure,
                    PvSimulation.REFRACTION_TEMPERATURE,
                    69);
            int doy = java.time.Instant.ofEpochSecond(mid).atOffset(ZoneOffset.UTC).getDayOfYear();
            double dniExtra = Irradiance.extraterrestrial(doy, Irradiance.SOLAR_CONSTANT);
            double albedo = Double.isNaN(w.albedo()[i]) ? 0.25 : w.albedo()[i];
            Transposition.Poa poa =
                Transposition.poa(
                    sky,
                    25,
                    system.azimuth(),
                    sp.zenith(),
                    sp.azimuth(),
                    w.dni()[i],
                    w.ghi()[i],
                    w.dhi()[i],
                    dniExtra,
                    Irradiance.relativeAirmass(sp.zenith()),
                    albedo);
            double aoi =
                Math.toDegrees(
                    Math.acos(
                        Math.min(
                            1,
                            Transposition.cosAoi(
                                25, system.azimuth(), sp.zenith(), sp.azimuth()))));
            double iam = IncidenceAngleModifier.physical(aoi);
            double effective = poa.beam() * iam + poa.skyDiffuse() + poa.groundDiffuse();
            double tc = tm.cell(poa.global(), w.airTemperature()[i], w.windSpeed()[i]);
            double dc = Math.max(PvWatts.dc(effective, tc, 5000, -0.0037), 0) * (1 - 0.1408);
            double ac = PvWatts.ac(dc, 4200, 0.96, 0.9637);
            assertEquals(sp.zenith(), fast.zenith()[i], 1e-9, what);
            assertEquals(0, Math.IEEEremainder(sp.azimuth() - fast.azimuth()[i], 360), 1e-9, what);
            assertEquals(dniExtra, fast.dniExtra()[i], 0, what);
            assertEquals(poa.beam(), fast.poaBeam()[i], 1e-7, what);
            assertEquals(poa.skyDiffuse(), fast.poaSky()[i], 1e-7, what);
            assertEquals(poa.groundDiffuse(), fast.poaGround()[i], 1e-7, what);
            assertEquals(poa.global(), fast.poaGlobal()[i], 1e-7, what);
            // acos magnifies a rounding near normal incidence: 1e-6 degrees there
            assertEquals(aoi, fast.aoi()[i], 1e-6, what);
            assertEquals(iam, fast.iam()[i], 1e-9, what);
            assertEquals(effective, fast.effectiveIrradiance()[i], 1e-7, what);
            assertEquals(tc, fast.cellTemperature()[i], 1e-7, what);
            assertEquals(dc, fast.dc()[i], 1e-6, what);
            assertEquals(ac, fast.ac()[i], 1e-6, what);
          }
          assertTrue(fast.acKwh() > 1000, what + ": " + fast.acKwh() + " kWh a year");
        }
      }
    }
  }

  /** 2023 hour by hour: clear-sky GHI times a cloudiness cycling over 7 and 11 days. */
  private static WeatherYear generatedYear(double latitude, double longitude, double elevation) {
    int n = 8760;
    long start = OffsetDateTime.of(2023, 1, 1, 1, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    long[] end = new long[n];
    double[] ghi = new double[n];
    double[] dni = new double[n];
    double[] dhi = new double[n];
    double[] air = new double[n];
    double[] wind = new double[n];
    double[] nan = new double[n];
    java.util.Arrays.fill(nan, Double.NaN);
    for (int i = 0; i < n; i++) {
      end[i] = start + i * 3600L;
      double z = Spa.position(end[i] - 1800, latitude, longitude, elevation, 1000, 12, 69).zenith();
      double clear = Irradiance.haurwitz(z);
      double sky = 0.55 + 0.45 * Math.cos(2 * Math.PI * i / (7 * 24)) * Math.cos(i / (11.0 * 24));
      ghi[i] = clear * sky;
      dhi[i] = ghi[i] * (1 - 0.7 * sky);
      double cosZ = Math.cos(Math.toRadians(z));
      dni[i] = cosZ > 0.05 ? (ghi[i] - dhi[i]) / cosZ : 0;
      air[i] = 15 + 10 * Math.sin(2 * Math.PI * i / 8760) + 5 * Math.sin(2 * Math.PI * i / 24);
      wind[i] = 1 + (i % 7);
    }
    return new WeatherYear(
        new Site("generated", latitude, longitude, elevation, 0),
        end,
        ghi,
        dni,
        dhi,
        air,
        wind,
        nan,
        nan);
  }

  @Test
  void darkHourMakesNoPower() {
    PvSimulation.Hours h = PvSimulation.run(SYSTEM, goldenHour(0, 0, 0));
    assertEquals(0, h.ac()[0]);
    assertTrue(h.zenith()[0] < 90);
  }
}
