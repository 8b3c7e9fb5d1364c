package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;
import org.scopeplus.core.instrument.RenewableShare;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoManagement;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus instruments share (--demo | --data DIR | --hourly FILE) [--unit PATH] [--year Y]
 * [--format table|json]}: the renewable-electricity share of an org unit (and the units below it)
 * by month, with the kWh it is made of, and the year's share as the year's kWh (not a mean of
 * months). With {@code --data}, the folder's instruments are allocated to its electricity by the
 * registry's rules ({@link InstrumentFolder}).
 */
@Command(
    name = "share",
    mixinStandardHelpOptions = true,
    description =
        "Renewable-electricity share (RE100) of an org unit by month: covered kWh over consumed"
            + " kWh.")
public final class InstrumentsShareCommand implements Callable<Integer> {

  @Option(names = "--demo", description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "A folder with instruments.csv, activity.csv and optionally allocations.csv",
        "(see docs/management.md)."
      })
  Path data;

  @Option(
      names = "--hourly",
      paramLabel = "FILE",
      description = {
        "Hourly matching: a CSV of hour, side (consumption or supply), name, region, kwh;",
        "the share of consumption met by supply of the same hour and market boundary,",
        "beside the same share over the year (see docs/management.md)."
      })
  Path hourly;

  @Option(
      names = "--unit",
      description =
          "The org unit path (default: the whole company, e.g. " + DemoCompany.ROOT + ").")
  String unit;

  @Option(names = "--year", description = "Only this year's months.")
  Integer year;

  @Option(
      names = "--format",
      description = "table or json (default ${DEFAULT-VALUE}).",
      defaultValue = "table")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    if (hourly != null) {
      if (demo || data != null) {
        System.err.println("Give --hourly FILE alone, or --demo or --data DIR.");
        return 2;
      }
      return hourlyMatching();
    }
    if (demo == (data != null)) {
      System.err.println("Give either --demo or --data DIR, or --hourly FILE.");
      return 2;
    }
    RenewableShare share;
    if (data != null) {
      InstrumentRegistry registry;
      try {
        registry = InstrumentFolder.registry(data);
      } catch (IllegalArgumentException e) {
        System.err.println(e.getMessage());
        return 2;
      }
      share = registry.renewableShare();
      if (unit == null) {
        String first = registry.consumption().get(0).orgUnit();
        unit = first.contains("/") ? first.substring(0, first.indexOf('/')) : first;
      }
    } else {
      Path dir = Files.createTempDirectory("scopeplus-demo");
      try {
        share = DemoManagement.renewableShare(DemoDataset.extract(dir).activity());
      } finally {
        FileSystemUtils.deleteRecursively(dir);
      }
      if (unit == null) {
        unit = DemoCompany.ROOT;
      }
    }
    SortedMap<YearMonth, long[]> months = share.kwhByMonth(unit);
    if (months.isEmpty()) {
      System.err.println("no electricity is recorded for the org unit " + unit);
      return 2;
    }
    if (year != null) {
      months = months.subMap(YearMonth.of(year, 1), YearMonth.of(year, 12).plusMonths(1));
      if (months.isEmpty()) {
        System.err.println("no electricity is recorded for " + unit + " in " + year);
        return 2;
      }
    }
    if (format == TableOrJson.json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Map.Entry<YearMonth, long[]> e : months.entrySet()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", e.getKey().toString());
        row.put("consumedKwh", e.getValue()[0]);
        row.put("renewableKwh", e.getValue()[1]);
        row.put("share", e.getValue()[0] == 0 ? null : (double) e.getValue()[1] / e.getValue()[0]);
        rows.add(row);
      }
      Map<String, Object> years = new LinkedHashMap<>();
      share
          .of(unit)
          .forEach(
              (y, v) -> {
                if (year == null || y.equals(year)) {
                  years.put(y.toString(), v);
                }
              });
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("schema", "scopeplus.renewable-share/1");
      out.put("unit", unit);
      out.put("months", rows);
      out.put("years", years);
      System.out.println(JsonMapper.builder().build().writeValueAsString(out));
      return 0;
    }
    System.out.println(
        "Renewable-electricity share of "
            + unit
            + " (RE100: electricity covered by certificates, contracts or on-site generation over"
            + " all electricity)");
    System.out.printf("%-8s %16s %16s %7s%n", "month", "consumed MWh", "renewable MWh", "share");
    for (Map.Entry<YearMonth, long[]> e : months.entrySet()) {
      long[] c = e.getValue();
      System.out.printf(
          "%-8s %16s %16s %7s%n", e.getKey(), Kwh.mwh(c[0]), Kwh.mwh(c[1]), percent(c[1], c[0]));
    }
    for (Map.Entry<Integer, Double> e : share.of(unit).entrySet()) {
      if (year == null || e.getKey().equals(year)) {
        System.out.printf(
            Locale.ROOT, "%d: %.1f%% of the year's electricity%n", e.getKey(), e.getValue() * 100);
      }
    }
    return 0;
  }

  private int hourlyMatching() throws IOException {
    InstrumentFolder.Hours hours;
    try {
      hours = InstrumentFolder.hourly(hourly);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    SortedMap<Integer, HourlyMatching.Score> scores =
        HourlyMatching.score(hours.consumption(), hours.supply());
    if (year != null) {
      scores = scores.subMap(year, year + 1);
      if (scores.isEmpty()) {
        System.err.println("no consumption is recorded in " + year);
        return 2;
      }
    }
    if (format == TableOrJson.json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (HourlyMatching.Score s : scores.values()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("year", s.year());
        row.put("consumedKwh", s.consumedKwh());
        row.put("hourlyMatchedKwh", s.hourlyMatchedKwh());
        row.put("hourlyShare", s.hourlyShare());
        row.put("annualMatchedKwh", s.annualMatchedKwh());
        row.put("annualShare", s.annualShare());
        rows.add(row);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("schema", "scopeplus.hourly-matching/1");
      out.put("years", rows);
      System.out.println(JsonMapper.builder().build().writeValueAsString(out));
      return 0;
    }
    System.out.println(
        "Hourly matching: consumption met by supply of the same hour and market boundary, beside"
            + " the same over the year (annual matching)");
    System.out.printf(
        "%-6s %16s %16s %7s %16s %7s%n",
        "year", "consumed MWh", "hourly MWh", "hourly", "annual MWh", "annual");
    for (HourlyMatching.Score s : scores.values()) {
      System.out.printf(
          "%-6d %16s %16s %7s %16s %7s%n",
          s.year(),
          Kwh.mwh(s.consumedKwh()),
          Kwh.mwh(s.hourlyMatchedKwh()),
          percent(s.hourlyMatchedKwh(), s.consumedKwh()),
          Kwh.mwh(s.annualMatchedKwh()),
          percent(s.annualMatchedKwh(), s.consumedKwh()));
    }
    return 0;
  }

  private static String percent(long part, long whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
  }
}
