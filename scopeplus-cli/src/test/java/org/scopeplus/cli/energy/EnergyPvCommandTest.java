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
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "energy",
                "pv",
                "--weather",
                TMY3.toString(),
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

  @Test
  void refusesAClearSkyWithoutItsTurbidityOrOfNoKnownModel(@TempDir Path dir) throws Exception {
    Path system = dir.resolve("system.properties");
    Files.writeString(system, "dc_capacity_kw=4\ntilt=30\nazimuth=180\n");
    String[][] cases = {
      {"--clear-sky", "ineichen_perez"},
      {"--clear-sky", "sunny"},
      {"--linke-turbidity", "3"},
      {"--clear-sky", "ineichen_perez", "--linke-turbidity", "1e300"}
    };
    String[] said = {
      "Linke turbidity",
      "not one of ineichen_perez, haurwitz",
      "for --clear-sky only",
      "Linke turbidity"
    };
    for (int c = 0; c < cases.length; c++) {
      CommandRun run = pv(system, dir.resolve("o.csv"), cases[c]);
      assertEquals(2, run.exit(), String.join(" ", cases[c]));
      assertTrue(run.err().contains(said[c]), run.err());
    }
  }
}
