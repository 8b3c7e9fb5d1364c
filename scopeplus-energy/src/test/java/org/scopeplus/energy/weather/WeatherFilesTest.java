package org.scopeplus.energy.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TMY3, EPW and plain CSV readers on an excerpt of a published TMY3 file and small files;
 * {@link #withAerosol} serves the command line's tests too.
 */
public class WeatherFilesTest {

  private static final Path TMY3 = Path.of("src/test/resources/weather/723170TYA-excerpt.CSV");

  @Test
  void readsTheStationAndHoursOfATmy3File() throws Exception {
    WeatherYear w = WeatherFiles.read(TMY3, null);
    // Line 1: 723170,"GREENSBORO PIEDMONT TRIAD INT",NC,-5.0,36.100,-79.950,273
    assertEquals(new Site("GREENSBORO PIEDMONT TRIAD INT", 36.1, -79.95, 273, -5), w.site());
    assertEquals(35, w.size());
    // The first row is 01/01/1988 01:00 local standard time (UTC-5), the end of the first hour.
    assertEquals(
        OffsetDateTime.of(1988, 1, 1, 1, 0, 0, 0, ZoneOffset.ofHours(-5)).toEpochSecond(),
        w.hourEnd()[0]);
    // 24:00 is midnight at the end of the day.
    assertEquals(w.hourEnd()[0] + 23 * 3600, w.hourEnd()[23]);
    // Row 01/01/1988 12:00: GHI 261, DNI 3, DHI 260 W/m², dry bulb 11.7 °C.
    assertEquals(261, w.ghi()[11]);
    assertEquals(3, w.dni()[11]);
    assertEquals(260, w.dhi()[11]);
    assertEquals(11.7, w.airTemperature()[11]);
    assertEquals(993, w.pressure()[0]);
  }

  /**
   * A copy of a TMY3 file whose hours carry the given broadband aerosol optical depth (field 59,
   * "AOD (unitless)"), one value a row, repeated when the rows outnumber them: the published
   * Greensboro file gives 0 (no value) on every hour.
   */
  public static Path withAerosol(Path tmy3, Path out, double... aod) throws java.io.IOException {
    var lines = Files.readAllLines(tmy3, java.nio.charset.StandardCharsets.ISO_8859_1);
    int column = List.of(lines.get(1).split(",")).indexOf("AOD (unitless)");
    for (int i = 2; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",", -1);
      f[column] = Double.toString(aod[(i - 2) % aod.length]);
      lines.set(i, String.join(",", f));
    }
    Files.write(out, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
    return out;
  }

  @Test
  void readsTheAtmosphereOfATmy3FileRowForRow(@TempDir Path dir) throws Exception {
    Atmosphere a = WeatherFiles.atmosphere(withAerosol(TMY3, dir.resolve("a.csv"), 0.08, 0.12));
    assertEquals(35, a.size());
    // Pwat (cm) of the first rows, 01/01/1988 01:00 and 02:00: 1.5 and 1.6; of 06/25/1989 08:00,
    // the last row: 3.5
    assertEquals(1.5, a.precipitableWater()[0]);
    assertEquals(1.6, a.precipitableWater()[1]);
    assertEquals(3.5, a.precipitableWater()[34]);
    assertEquals(0.08, a.aerosolOpticalDepth()[0]);
    assertEquals(0.12, a.aerosolOpticalDepth()[1]);
  }

  @Test
  void refusesAnAtmosphereTheFileDoesNotGive(@TempDir Path dir) throws Exception {
    // the published file: AOD 0.000 on every hour
    var e = assertThrows(WeatherFileException.class, () -> WeatherFiles.atmosphere(TMY3));
    assertTrue(e.getMessage().contains("line 3: AOD is 0"), e.getMessage());
    // no Pwat column
    Path noWater = dir.resolve("no-water.csv");
    var lines = Files.readAllLines(TMY3, java.nio.charset.StandardCharsets.ISO_8859_1);
    lines.set(1, lines.get(1).replace("Pwat (cm)", "Water"));
    Files.write(noWater, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
    e = assertThrows(WeatherFileException.class, () -> WeatherFiles.atmosphere(noWater));
    assertTrue(e.getMessage().contains("line 2: no column 'Pwat (cm)'"), e.getMessage());
    // an absurd AOD, named with its line
    Path absurd = withAerosol(TMY3, dir.resolve("absurd.csv"), 0.1, 1e300);
    e = assertThrows(WeatherFileException.class, () -> WeatherFiles.atmosphere(absurd));
    assertTrue(e.getMessage().contains("line 4: AOD 1.0E300 lies outside"), e.getMessage());
    // a plain CSV carries none
    Path csv = dir.resolve("w.csv");
    Files.writeString(
        csv, "time,ghi,dni,dhi,temp_air,wind_speed\n2024-06-21T13:00+02:00,1,1,1,2,2\n");
    e = assertThrows(WeatherFileException.class, () -> WeatherFiles.atmosphere(csv));
    assertTrue(e.getMessage().contains("from a TMY3 file only"), e.getMessage());
  }

  @Test
  void refusesAnIrradianceThatIsNotANumberNamingTheLine(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.csv");
    var lines = Files.readAllLines(TMY3, java.nio.charset.StandardCharsets.ISO_8859_1);
    lines.set(4, lines.get(4).replaceFirst("^([^,]*,[^,]*,[^,]*,[^,]*),[^,]*,", "$1,lots,"));
    Files.write(bad, lines, java.nio.charset.StandardCharsets.ISO_8859_1);
    var e = assertThrows(WeatherFileException.class, () -> WeatherFiles.read(bad, null));
    assertTrue(e.getMessage().contains("line 5: GHI 'lots'"), e.getMessage());
  }

  @Test
  void readsAPlainCsvWithTheSiteGivenApart(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("w.csv");
    Files.writeString(
        csv, "time,ghi,dni,dhi,temp_air,wind_speed\n2024-06-21T13:00+02:00,800,700,150,25,2\n");
    Site site = new Site("here", 48, 11, 500, 1);
    WeatherYear w = WeatherFiles.read(csv, site);
    assertEquals(1, w.size());
    assertEquals(800, w.ghi()[0]);
    assertEquals(
        OffsetDateTime.of(2024, 6, 21, 11, 0, 0, 0, ZoneOffset.UTC).toEpochSecond(),
        w.hourEnd()[0]);
    assertThrows(WeatherFileException.class, () -> WeatherFiles.read(csv, null));
  }

  @Test
  void readsAnEpwFile(@TempDir Path dir) throws Exception {
    Path epw = dir.resolve("w.epw");
    StringBuilder s =
        new StringBuilder("LOCATION,Golden,CO,USA,test,724666,39.74,-105.18,-7.0,1829.0\n");
    for (int i = 0; i < 7; i++) {
      s.append("HEADER").append(i).append('\n');
    }
    // year,month,day,hour,minute,source,drybulb,dew,rh,pressure Pa,etr,etrn,ir,ghi,dni,dhi,
    // 4 illuminances,wind dir,wind speed
    s.append("2003,10,17,13,0,x,11.0,0,50,82000,0,0,0,650,800,100,0,0,0,0,180,3.5\n");
    Files.writeString(epw, s);
    WeatherYear w = WeatherFiles.read(epw, null);
    assertEquals(39.74, w.site().latitude());
    assertEquals(-7.0, w.site().utcOffsetHours());
    assertEquals(650, w.ghi()[0]);
    assertEquals(800, w.dni()[0]);
    assertEquals(100, w.dhi()[0]);
    assertEquals(3.5, w.windSpeed()[0]);
    assertEquals(820, w.pressure()[0], 1e-9);
    assertEquals(
        OffsetDateTime.of(2003, 10, 17, 13, 0, 0, 0, ZoneOffset.ofHours(-7)).toEpochSecond(),
        w.hourEnd()[0]);
  }
}
