package org.scopeplus.cli.energy;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.MeterFiles;
import org.scopeplus.energy.solar.PvSystem;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.energy.suggest.Tariff;
import org.scopeplus.energy.weather.Site;
import org.scopeplus.energy.weather.SiteWeather;
import org.scopeplus.energy.weather.WeatherFileException;
import org.scopeplus.energy.weather.WeatherFiles;
import org.scopeplus.energy.weather.WeatherYear;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus energy suggest}: energy-saving suggestions with kWh, cost and CO2 a year. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description =
        "Energy-saving suggestions from a meter, its weather and its time-of-use tariff, each with"
            + " kWh, cost and CO2 a year and the data that shows it, ranked by cost saved.")
public final class EnergySuggestCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--meter", required = true, paramLabel = "FILE", description = "Meter CSV.")
  Path meter;

  @Option(
      names = "--weather",
      required = true,
      paramLabel = "FILE",
      description =
          "Temperature CSV, or a TMY3, EPW or weather CSV file (then also used for PV); a typical"
              + " year is matched to the meter by month, day and hour.")
  Path weather;

  @Option(
      names = "--tariff",
      required = true,
      paramLabel = "FILE",
      description = "Time-of-use tariff (docs/energy.md).")
  Path tariff;

  @Option(
      names = "--pv-system",
      paramLabel = "FILE",
      description =
          "The PV system to assess (energy pv's system file); without it one facing the equator"
              + " is sized for 90 % self-consumption.")
  Path pvSystem;

  @Option(
      names = "--has-pv",
      description = "The site already has PV: no PV suggestion.",
      defaultValue = "false")
  boolean hasPv;

  @Mixin GridFactorOptions grid;

  @Option(
      names = "--period",
      paramLabel = "FROM/TO",
      description = "The period analysed (default: the whole meter file).")
  String period;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone.")
  String zone;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "LANG",
      description = "en or zh-CN: the language of the sentences.")
  String lang;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table (default) or json (schema scopeplus.energy-suggestions/1).")
  TableOrJson format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    return LoadInputs.refusing(
        err,
        () -> {
          Locale locale =
              switch (lang.replace('_', '-').toLowerCase(Locale.ROOT)) {
                case "en" -> Locale.ENGLISH;
                case "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
                default -> throw new LoadInputs.Refused("--lang is en or zh-CN, not " + lang);
              };
          ZoneId z = EnergyBacktestCommand.zone(zone);
          Tariff t = Tariff.read(tariff);
          PvSystem sys = pvSystem == null ? null : PvSystem.read(pvSystem);
          HourlySeries kwh = LoadInputs.meter(meter, z);
          if (kwh.size() == 0) {
            throw new LoadInputs.Refused(meter + ": no readings");
          }
          long[] p =
              period == null
                  ? new long[] {kwh.hourStart(0), kwh.hourStart(kwh.size() - 1) + 3600}
                  : LoadInputs.period("--period", period, z);
          GridFactorOptions.Choice grid = this.grid.choose(p, z);
          double factor = grid.kgPerKwh();
          WeatherYear solar = solarWeather(sys);
          HourlySeries temp;
          try {
            temp = LoadInputs.temperature(weather, z);
          } catch (IllegalArgumentException e) {
            if (solar == null) {
              throw e;
            }
            temp = null; // a typical year whose months come from different years
          }
          SiteWeather sw =
              SiteWeather.of(
                  temp, solar, z.getRules().getStandardOffset(Instant.ofEpochSecond(p[0])));
          LoadData data = LoadData.of(kwh, sw.temperature(p[0], p[1]), p[0], p[1], z);
          if (data.metered() == 0) {
            throw new LoadInputs.Refused(
                "the weather file has no temperature for the meter's hours");
          }
          List<Suggestion> all =
              Suggestions.of(
                  new Suggestions.Site(data, t, factor, solar, sys, hasPv, demand(p, z)),
                  Suggestions.Options.defaults());
          if (format == TableOrJson.json) {
            out.println(json(all, t, grid, locale));
          } else {
            out.printf(
                Locale.ROOT,
                "%d hours metered; tariff in %s; %s%s%n",
                data.metered(),
                t.currency(),
                grid.sentence(),
                solar == null && !hasPv
                    ? "; no irradiance in the weather file: no PV suggestion"
                    : "");
            out.printf(
                Locale.ROOT,
                "%-4s %-17s %12s %12s %12s%n",
                "rank",
                "rule",
                "kWh/year",
                t.currency() + "/year",
                "kg CO2/year");
            int rank = 1;
            for (Suggestion s : all) {
              out.printf(
                  Locale.ROOT,
                  "%-4d %-17s %12.0f %12.0f %12.0f%n",
                  rank++,
                  s.rule().key(),
                  s.kwhPerYear(),
                  s.costPerYear(),
                  s.co2KgPerYear());
              out.println("     " + s.text(locale));
              for (String e : s.evidence()) {
                out.println("       - " + e);
              }
            }
          }
          return 0;
        });
  }

  /** The weather file with irradiance, or null when it is a temperature-only file. */
  private WeatherYear solarWeather(PvSystem sys) throws IOException {
    Site csvSite =
        sys == null || Double.isNaN(sys.latitude()) || Double.isNaN(sys.longitude())
            ? null
            : new Site(pvSystem.getFileName().toString(), sys.latitude(), sys.longitude(), 0, 0);
    try {
      return WeatherFiles.read(weather, csvSite);
    } catch (WeatherFileException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The meter's 15- or 30-minute demand over the period, for the demand charge; null for an hourly
   * meter.
   */
  private Suggestions.IntervalDemand demand(long[] period, ZoneId z) throws IOException {
    MeterFiles.Intervals iv = MeterFiles.readEnergyIntervals(meter, z);
    if (iv.minutes() >= 60) {
      return null;
    }
    long[] start = new long[iv.start().length];
    double[] kwh = new double[start.length];
    int n = 0;
    for (int i = 0; i < start.length; i++) {
      if (!Double.isNaN(iv.kwh()[i]) && iv.start()[i] >= period[0] && iv.start()[i] < period[1]) {
        start[n] = iv.start()[i];
        kwh[n] = iv.kwh()[i];
        n++;
      }
    }
    return Suggestions.IntervalDemand.ofKwh(
        java.util.Arrays.copyOf(start, n), java.util.Arrays.copyOf(kwh, n), iv.minutes());
  }

  private static String json(
      List<Suggestion> all, Tariff t, GridFactorOptions.Choice grid, Locale locale) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "scopeplus.energy-suggestions/1");
    root.put("currency", t.currency());
    grid.putJson(root);
    List<Map<String, Object>> list = new ArrayList<>();
    int rank = 1;
    for (Suggestion s : all) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rank", rank++);
      m.put("rule", s.rule().key());
      m.put("kwhPerYear", s.kwhPerYear());
      m.put("costPerYear", s.costPerYear());
      m.put("co2KgPerYear", s.co2KgPerYear());
      m.put("text", s.text(locale));
      m.put("textEn", s.text(Locale.ENGLISH));
      m.put("textZhCn", s.text(Locale.SIMPLIFIED_CHINESE));
      m.put("evidence", s.evidence());
      list.add(m);
    }
    root.put("suggestions", list);
    return JsonMapper.builder().build().writeValueAsString(root);
  }
}
