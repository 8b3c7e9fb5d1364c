package org.scopeplus.cli.energy;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.core.energy.WeatherHours;
import org.scopeplus.energy.solar.ClearSkyWeather;
import org.scopeplus.energy.solar.CloudCover;
import org.scopeplus.energy.solar.PvSimulation;
import org.scopeplus.energy.solar.PvSystem;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.SiteWeather;
import org.scopeplus.energy.weather.SiteWeatherFiles;
import org.scopeplus.energy.weather.WeatherFileException;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scopeplus energy}: energy management for a site (docs/energy.md). */
@Command(
    name = "energy",
    mixinStandardHelpOptions = true,
    description =
        "Energy management: PV generation from weather, load baselines and measured savings.",
    subcommands = {
      EnergyCommand.Pv.class,
      EnergyBacktestCommand.class,
      EnergySavingsCommand.class,
      EnergySuggestCommand.class,
      EnergyInventoryCommand.class,
      EnergyCertificateCommand.class
    })
public final class EnergyCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code scopeplus energy pv}: hourly PV generation from a weather file. */
  @Command(
      name = "pv",
      mixinStandardHelpOptions = true,
      description =
          "Hourly solar position, plane-of-array irradiance, angle of incidence and the glass"
              + " cover's loss, cell temperature, DC and AC power of a PVWatts system from a TMY3, EPW or CSV weather file; prints the annual"
              + " AC energy in kWh.")
  public static final class Pv implements Callable<Integer> {

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--weather",
        required = true,
        paramLabel = "FILE",
        description =
            "TMY3 CSV, EPW, or a CSV of observations or forecasts: time,temp_air and ghi,dni,dhi"
                + " or cloud_cover (%), wind_speed optional; an hour with cloud cover and no"
                + " irradiance gets Kasten-Czeplak irradiance split by Erbs.")
    Path weather;

    @Option(
        names = "--system",
        required = true,
        paramLabel = "FILE",
        description = "System properties: dc_capacity_kw, tilt, azimuth, ... (docs/energy.md).")
    Path system;

    @Option(
        names = "--out",
        required = true,
        paramLabel = "FILE",
        description = "Hourly results, CSV.")
    Path out;

    @Option(
        names = "--clear-sky",
        paramLabel = "MODEL",
        description =
            "A typical clear year: the weather file's hours, temperatures and wind with the"
                + " irradiance of a clear sky, ineichen_perez (needs --linke-turbidity) or"
                + " haurwitz.")
    String clearSky;

    @Option(
        names = "--linke-turbidity",
        paramLabel = "TL",
        description =
            "Linke turbidity factor for --clear-sky ineichen_perez, 1 to 10, or auto: each"
                + " hour's by Kasten (1996) from the TMY3 file's precipitable water (Pwat) and"
                + " broadband aerosol optical depth (AOD) at the hour's air mass.")
    String linkeTurbidity;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      return LoadInputs.refusing(
          err,
          () -> {
            PvSystem sys = PvSystem.read(system);
            Site csvSite =
                Double.isNaN(sys.latitude()) || Double.isNaN(sys.longitude())
                    ? null
                    : new Site(
                        system.getFileName().toString(), sys.latitude(), sys.longitude(), 0, 0);
            WeatherYear w =
                SiteWeatherFiles.isObservations(weather)
                    ? observedOrForecast(csvSite, err)
                    : WeatherFiles.read(weather, null);
            if (clearSky != null) {
              ClearSkyWeather.Model model = clearSkyModel();
              if (model == ClearSkyWeather.Model.HAURWITZ && linkeTurbidity != null) {
                throw new IllegalArgumentException(
                    "--linke-turbidity is for --clear-sky ineichen_perez only");
              }
              w =
                  isAuto()
                      ? ClearSkyWeather.of(w, WeatherFiles.atmosphere(weather), sys.deltaT())
                      : ClearSkyWeather.of(w, model, turbidity(), sys.deltaT());
            } else if (linkeTurbidity != null) {
              throw new IllegalArgumentException("--linke-turbidity is for --clear-sky only");
            }
            PvSimulation.Hours h = PvSimulation.run(sys, w);
            ZoneOffset zone =
                ZoneOffset.ofTotalSeconds((int) Math.round(w.site().utcOffsetHours() * 3600));
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(writer)) {
              csv.writeRecord(
                  "hour_end",
                  "ghi_w_m2",
                  "dni_w_m2",
                  "dhi_w_m2",
                  "temp_air_c",
                  "wind_m_s",
                  "solar_zenith_deg",
                  "solar_azimuth_deg",
                  "dni_extra_w_m2",
                  "poa_global_w_m2",
                  "poa_beam_w_m2",
                  "poa_sky_diffuse_w_m2",
                  "poa_ground_diffuse_w_m2",
                  "aoi_deg",
                  "iam",
                  "effective_irradiance_w_m2",
                  "cell_temp_c",
                  "dc_w",
                  "ac_w");
              for (int i = 0; i < w.size(); i++) {
                csv.writeRecord(
                    Instant.ofEpochSecond(h.hourEnd()[i]).atOffset(zone).toString(),
                    num(w.ghi()[i]),
                    num(w.dni()[i]),
                    num(w.dhi()[i]),
                    num(w.airTemperature()[i]),
                    num(w.windSpeed()[i]),
                    num(h.zenith()[i]),
                    num(h.azimuth()[i]),
                    num(h.dniExtra()[i]),
                    num(h.poaGlobal()[i]),
                    num(h.poaBeam()[i]),
                    num(h.poaSky()[i]),
                    num(h.poaGround()[i]),
                    num(h.aoi()[i]),
                    num(h.iam()[i]),
                    num(h.effectiveIrradiance()[i]),
                    num(h.cellTemperature()[i]),
                    num(h.dc()[i]),
                    num(h.ac()[i]));
              }
            } catch (IOException e) {
              err.println("Cannot write " + out + ": " + e.getMessage());
              return 2;
            }
            spec.commandLine()
                .getOut()
                .printf(
                    Locale.ROOT,
                    "%s: %d hours, AC energy %.1f kWh (%.0f kWh/kWp)%n",
                    w.site().name(),
                    w.size(),
                    h.acKwh(),
                    h.acKwh() / sys.dcCapacityKw());
            return 0;
          });
    }

    private ClearSkyWeather.Model clearSkyModel() {
      try {
        return ClearSkyWeather.Model.valueOf(
            clearSky.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "--clear-sky '" + clearSky + "' is not one of ineichen_perez, haurwitz");
      }
    }

    private boolean isAuto() {
      return linkeTurbidity != null && linkeTurbidity.strip().equalsIgnoreCase("auto");
    }

    private double turbidity() {
      if (linkeTurbidity == null) {
        return Double.NaN;
      }
      try {
        return Double.parseDouble(linkeTurbidity.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "--linke-turbidity '" + linkeTurbidity + "' is neither a number nor auto");
      }
    }

    /**
     * A CSV of observations or forecasts read as the service reads it: hours with cloud cover and
     * no irradiance filled by {@link CloudCover#fill}; hours with neither are left out and counted
     * on {@code err}.
     */
    private WeatherYear observedOrForecast(Site site, PrintWriter err) throws IOException {
      if (site == null) {
        throw new WeatherFileException(
            weather
                + ": a plain CSV weather file carries no location; give latitude and longitude"
                + " in the system file");
      }
      WeatherHours hours =
          CloudCover.fill(
              SiteWeatherFiles.read(weather, weather.toString()),
              site.latitude(),
              site.longitude(),
              site.elevation());
      long[] start = hours.hourStart();
      WeatherYear w =
          new SiteWeather(hours, null)
              .solar(site, start[0], start[start.length - 1] + 3600)
              .weather();
      if (w.size() == 0) {
        throw new WeatherFileException(weather + ": no hour has ghi, dni and dhi, or cloud_cover");
      }
      if (w.size() < hours.size()) {
        err.printf(
            Locale.ROOT,
            "%s: %d of %d hours have neither ghi, dni and dhi nor cloud_cover and are left out%n",
            weather,
            hours.size() - w.size(),
            hours.size());
      }
      return w;
    }

    private static String num(double v) {
      return String.format(Locale.ROOT, "%.6f", v);
    }
  }
}
