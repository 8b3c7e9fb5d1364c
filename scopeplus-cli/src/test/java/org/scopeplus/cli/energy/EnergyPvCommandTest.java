package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/** {@code scopeplus energy pv} on an excerpt of a published TMY3 file. */
class EnergyPvCommandTest {

  private static final Path TMY3 = Path.of("src/test/resources/energy/723170TYA-excerpt.CSV");

  /** {@code energy pv} on the TMY3 excerpt with the system file, writing to out, and more. */
  private static CommandRun pv(Path system, Path out, String... more) {
    return pv(TMY3, system, out, more);
  }

  /** {@code energy pv} on a weather file with the system file, writing to out, and more. */
  private static CommandRun pv(Path weather, Path system, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "energy",
                "pv",
                "--weather",
                weather.toString(),
                "--system",
                system.toString(),
                "--out",
                out.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void writesOneRowPerHourAndPrintsTheEnergy(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "dc_capacity_kw=4\ntilt=30\nazimuth=180\ninverter_ac_kw=3.5\n");
    Path out = dir.resolve("pv.csv");
    CommandRun run = pv(system, out);
    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(36, lines.size());
    assertTrue(lines.get(0).startsWith("hour_end,ghi_w_m2"), lines.get(0));
    assertTrue(lines.get(1).startsWith("1988-01-01T01:00-05:00,0.000000"), lines.get(1));
    // The sum of the ac_w column over the hours, in kWh, is what the command prints.
    double sum = 0;
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      sum += Double.parseDouble(f[f.length - 1]);
    }
    assertTrue(sum > 0);
    // each hour's effective irradiance is the beam through the glass (times the modifier at the
    // angle of incidence) plus the sky and ground diffuse; the modifier is 1 at normal incidence,
    // below 1 at an angle and 0 from behind
    List<String> head = List.of(lines.get(0).split(","));
    int beam = head.indexOf("poa_beam_w_m2");
    int aoi = head.indexOf("aoi_deg");
    int iam = head.indexOf("iam");
    int effective = head.indexOf("effective_irradiance_w_m2");
    int daylight = 0;
    for (String l : lines.subList(1, lines.size())) {
      String[] f = l.split(",");
      double b = Double.parseDouble(f[beam]);
      double m = Double.parseDouble(f[iam]);
      double e =
          b * m
              + Double.parseDouble(f[head.indexOf("poa_sky_diffuse_w_m2")])
              + Double.parseDouble(f[head.indexOf("poa_ground_diffuse_w_m2")]);
      // six decimals in the file: the modifier rounded by 5e-7 moves 1000 W/m² of beam by 5e-4
      assertEquals(e, Double.parseDouble(f[effective]), 1e-3, l);
      double angle = Double.parseDouble(f[aoi]);
      assertTrue(angle >= 90 ? m == 0 : m > 0 && m <= 1, l);
      if (b > 0) {
        daylight++;
        assertTrue(m < 1, l);
      }
    }
    assertTrue(daylight > 0);
    assertTrue(
        run.out().contains(String.format(java.util.Locale.ROOT, "AC energy %.1f kWh", sum / 1000)),
        run.out());
  }

  @Test
  void refusesASystemWithoutCapacity(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "tilt=30\nazimuth=180\n");
    CommandRun run = pv(system, dir.resolve("o.csv"));
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("'dc_capacity_kw' is required"), run.err());
  }

  /**
   * A typical clear year: the file's hours and temperatures with Ineichen-Perez irradiance at the
   * file's site (ClearSkyWeatherTest checks the model's hour by hand); the chain then runs on it.
   */
  @Test
  void aClearYearTakesTheClearSkysIrradiance(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "dc_capacity_kw=4\ntilt=30\nazimuth=180\n");
    Path out = dir.resolve("clear.csv");
    CommandRun run = pv(system, out, "--clear-sky", "ineichen_perez", "--linke-turbidity", "3");
    assertEquals(0, run.exit(), run.err());
    org.scopeplus.energy.weather.WeatherYear tmy =
        org.scopeplus.energy.weather.WeatherFiles.read(TMY3, null);
    org.scopeplus.energy.weather.WeatherYear clear =
        org.scopeplus.energy.solar.ClearSkyWeather.of(
            tmy, org.scopeplus.energy.solar.ClearSkyWeather.Model.INEICHEN_PEREZ, 3, 67);
    List<String> lines = Files.readAllLines(out);
    assertEquals(tmy.size() + 1, lines.size());
    boolean sunny = false;
    for (int i = 0; i < tmy.size(); i++) {
      String[] f = lines.get(i + 1).split(",");
      assertEquals(clear.ghi()[i], Double.parseDouble(f[1]), 1e-6, lines.get(i + 1));
      assertEquals(clear.dni()[i], Double.parseDouble(f[2]), 1e-6, lines.get(i + 1));
      assertEquals(clear.dhi()[i], Double.parseDouble(f[3]), 1e-6, lines.get(i + 1));
      assertEquals(tmy.airTemperature()[i], Double.parseDouble(f[4]), 1e-6);
      sunny |= clear.ghi()[i] > 300;
    }
    assertTrue(sunny, "a January noon in Greensboro under a clear sky");
  }

  /**
   * {@code --linke-turbidity auto}: each hour's turbidity from the file's precipitable water and
   * aerosol optical depth. At 01/01/1988 12:00 (Pwat 2.0 cm, AOD set to 0.1) by hand from the
   * hour's written solar zenith z: Kasten-Young air mass 1 / (cos z + 0.50572 (96.07995 -
   * z)^-1.6364) times the standard pressure at 273 m over 101325 Pa; TL = (9.4 + 0.9 am)(-0.101 +
   * 0.235 am^-0.16 + 0.112 am^-0.55 2.0^0.34 + 0.1) (Kasten 1996; pvlib kasten96_lt, whose test
   * vectors LinkeTurbidityTest checks); Ineichen-Perez at that TL gives the written GHI.
   */
  @Test
  void anAutomaticTurbidityComesFromTheFilesAtmosphere(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "dc_capacity_kw=4\ntilt=30\nazimuth=180\n");
    Path tmy3 =
        org.scopeplus.energy.weather.WeatherFilesTest.withAerosol(
            TMY3, dir.resolve("aod.csv"), 0.1);
    Path out = dir.resolve("auto.csv");
    CommandRun run =
        pv(tmy3, system, out, "--clear-sky", "ineichen_perez", "--linke-turbidity", "auto");
    assertEquals(0, run.exit(), run.err());
    List<String> lines = Files.readAllLines(out);
    List<String> head = List.of(lines.get(0).split(","));
    String[] noon = lines.get(12).split(",");
    assertTrue(noon[0].startsWith("1988-01-01T12:00"), noon[0]);
    double z = Double.parseDouble(noon[head.indexOf("solar_zenith_deg")]);
    double pressure = 100 * Math.pow((44331.514 - 273) / 11880.516, 1 / 0.1902632);
    double am =
        pressure
            / 101325
            / (Math.cos(Math.toRadians(z)) + 0.50572 * Math.pow(96.07995 - z, -1.6364));
    double tl =
        (9.4 + 0.9 * am)
            * (-0.101
                + 0.235 * Math.pow(am, -0.16)
                + 0.112 * Math.pow(am, -0.55) * Math.pow(2.0, 0.34)
                + 0.1);
    // a January noon at 36 N: the sun near 33 degrees high, air mass near 1.8, TL near 3.6
    assertTrue(tl > 3 && tl < 4.5, Double.toString(tl));
    double dniExtra = Double.parseDouble(noon[head.indexOf("dni_extra_w_m2")]);
    var cs = org.scopeplus.energy.solar.Irradiance.ineichenPerez(z, am, tl, 273, dniExtra);
    assertEquals(cs.ghi(), Double.parseDouble(noon[1]), 1e-5, lines.get(12));
    assertEquals(cs.dni(), Double.parseDouble(noon[2]), 1e-5, lines.get(12));
    // the published file gives no aerosol optical depth (0 on every hour): refused, with its line
    CommandRun none =
        pv(
            system,
            dir.resolve("o.csv"),
            "--clear-sky",
            "ineichen_perez",
            "--linke-turbidity",
            "auto");
    assertEquals(2, none.exit());
    assertTrue(none.err().contains("line 3: AOD is 0"), none.err());
  }

  /**
   * A forecast CSV with cloud cover and no irradiance, read as the service reads it: Shanghai
   * (31.23 N, 121.47 E), the hour from 04:00Z on 2024-06-21 (local noon) at 50 % cover. By hand
   * from Kasten and Czeplak (1980): GHI = (910 sin h - 30)(1 - 0.75 x 0.5^3.4), h the sun's
   * apparent elevation at 04:30Z (NREL SPA), split by Erbs et al. (1982); an hour with its own
   * irradiance is kept, an hour with neither left out and counted.
   */
  @Test
  void aCloudCoverForecastGivesItsPvOutput(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(
        system, "latitude=31.23\nlongitude=121.47\ndc_capacity_kw=4\ntilt=30\nazimuth=180\n");
    Path forecast = dir.resolve("forecast.csv");
    Files.writeString(
        forecast,
        "time,temp_air,wind_speed,cloud_cover,ghi,dni,dhi\n"
            + "2024-06-21T05:00Z,30,1,50,,,\n"
            + "2024-06-21T06:00Z,30,1,,640,500,140\n"
            + "2024-06-21T07:00Z,30,1,,,,\n");
    Path out = dir.resolve("pv.csv");
    CommandRun run = pv(forecast, system, out);
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.err().contains("1 of 3 hours have neither"), run.err());
    List<String> lines = Files.readAllLines(out);
    assertEquals(3, lines.size());
    List<String> head = List.of(lines.get(0).split(","));
    String[] first = lines.get(1).split(",");
    assertEquals("2024-06-21T05:00Z", first[0]);
    long mid = java.time.Instant.parse("2024-06-21T04:30:00Z").getEpochSecond();
    var sp =
        org.scopeplus.energy.solar.Spa.position(
            mid,
            31.23,
            121.47,
            0,
            org.scopeplus.energy.solar.Irradiance.pressureAtAltitude(0) / 100,
            12,
            67);
    double ghi =
        (910 * Math.sin(Math.toRadians(sp.apparentElevation())) - 30)
            * (1 - 0.75 * Math.pow(0.5, 3.4));
    assertEquals(ghi, Double.parseDouble(first[1]), 1e-5);
    double cosZ = Math.cos(Math.toRadians(sp.zenith()));
    double dni = Double.parseDouble(first[2]);
    double dhi = Double.parseDouble(first[3]);
    // Erbs: kt = GHI / (dni_extra cos z) in the middle range; closure GHI = DHI + DNI cos z
    double kt = ghi / (Double.parseDouble(first[head.indexOf("dni_extra_w_m2")]) * cosZ);
    double df =
        0.9511
            - 0.1604 * kt
            + 4.388 * kt * kt
            - 16.638 * Math.pow(kt, 3)
            + 12.336 * Math.pow(kt, 4);
    assertTrue(kt > 0.22 && kt <= 0.8, Double.toString(kt));
    assertEquals(df * ghi, dhi, 1e-5);
    assertEquals(ghi, dhi + dni * cosZ, 1e-5);
    assertTrue(Double.parseDouble(first[head.indexOf("ac_w")]) > 0, lines.get(1));
    String[] second = lines.get(2).split(",");
    assertEquals(640, Double.parseDouble(second[1]));
    assertEquals(500, Double.parseDouble(second[2]));
  }

  @Test
  void refusesAClearSkyWithoutItsTurbidityOrOfNoKnownModel(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "dc_capacity_kw=4\ntilt=30\nazimuth=180\n");
    String[][] cases = {
      {"--clear-sky", "ineichen_perez"},
      {"--clear-sky", "sunny"},
      {"--linke-turbidity", "3"},
      {"--clear-sky", "ineichen_perez", "--linke-turbidity", "1e300"},
      {"--clear-sky", "ineichen_perez", "--linke-turbidity", "cloudy"},
      {"--clear-sky", "haurwitz", "--linke-turbidity", "auto"}
    };
    String[] said = {
      "Linke turbidity",
      "not one of ineichen_perez, haurwitz",
      "for --clear-sky only",
      "Linke turbidity",
      "neither a number nor auto",
      "for --clear-sky ineichen_perez only"
    };
    for (int c = 0; c < cases.length; c++) {
      CommandRun run = pv(system, dir.resolve("o.csv"), cases[c]);
      assertEquals(2, run.exit(), String.join(" ", cases[c]));
      assertTrue(run.err().contains(said[c]), run.err());
    }
  }
}
