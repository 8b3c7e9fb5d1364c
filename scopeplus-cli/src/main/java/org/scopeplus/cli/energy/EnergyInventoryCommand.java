package org.scopeplus.cli.energy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.cli.inventory.CalculationOptions;
import org.scopeplus.cli.inventory.InventoryCommand;
import org.scopeplus.energy.carbon.ActivityFile;
import org.scopeplus.energy.carbon.EnergyActivity;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.io.run.InventoryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scopeplus energy inventory}: a site's Scope 1 and 2 inventory from its meters, by the
 * inventory engine.
 */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description =
        "A site's Scope 1 and 2 inventory from its meters: monthly totals become activity records"
            + " (electricity purchased after own PV, gas burnt) calculated by the inventory"
            + " engine, Scope 2 location- and market-based.")
public class EnergyInventoryCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--meter",
      required = true,
      paramLabel = "FILE",
      description = "The site's electricity consumption, kWh (meter CSV).")
  Path meter;

  @Option(
      names = "--pv-meter",
      paramLabel = "FILE",
      description = "Its own PV generation, kWh (meter CSV): self-consumed PV reduces purchase.")
  Path pvMeter;

  @Option(names = "--gas-meter", paramLabel = "FILE", description = "Natural gas, m³ (meter CSV).")
  Path gasMeter;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "Where the site is: CN-ZJ, CN-GD, CN, GB, ... (selects the factors).")
  String region;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year.")
  int year;

  @Option(
      names = "--certificate",
      paramLabel = "ID=KWH",
      description =
          "A green electricity certificate (or I-REC, PPA) and the kWh it covers; repeatable.")
  List<String> certificates = new ArrayList<>();

  @Option(
      names = "--site",
      defaultValue = "site",
      paramLabel = "NAME",
      description = "The site's name: org unit, facility and record ids.")
  String site;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone.")
  String zone;

  @Option(
      names = "--activity-out",
      paramLabel = "FILE",
      description = "Also write the activity records calculated (docs/input-format.md).")
  Path activityOut;

  @Mixin CalculationOptions calculation;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    return LoadInputs.refusing(
        err,
        () -> {
          Inputs in = inputs();
          Path file = activityOut;
          Path temp = null;
          if (file == null) {
            temp = Files.createTempFile("scopeplus-energy-", ".csv");
            file = temp;
          }
          try {
            writeActivity(file, in.rows(), meter);
            // the summary goes with the table; beside JSON or CSV it would spoil the document
            PrintWriter summary =
                calculation.format() == org.scopeplus.cli.inventory.OutputFormat.TABLE
                    ? spec.commandLine().getOut()
                    : err;
            summary.printf(
                Locale.ROOT,
                "%s %d: consumption %.1f kWh, own PV used on site %.1f kWh (exported %.1f kWh, not"
                    + " credited), purchased %.1f kWh, gas %.1f m³; %d activity records%n",
                site,
                year,
                in.sum(EnergyActivity.Month::consumptionKwh),
                in.sum(EnergyActivity.Month::pvSelfConsumedKwh),
                in.sum(EnergyActivity.Month::pvExportedKwh),
                in.sum(EnergyActivity.Month::gridKwh),
                in.sum(EnergyActivity.Month::gasM3),
                in.rows().size());
            summary.flush();
            return InventoryCommand.calculate(
                request(file), false, calculation.format(), null, false, calculation.sources());
          } finally {
            if (temp != null) {
              Files.deleteIfExists(temp);
            }
          }
        });
  }

  /** The months and records of the year. */
  record Inputs(List<EnergyActivity.Month> months, List<EnergyActivity.Row> rows) {
    double sum(java.util.function.ToDoubleFunction<EnergyActivity.Month> f) {
      return months.stream().mapToDouble(f).sum();
    }
  }

  Inputs inputs() throws IOException {
    if (year < 1970 || year > 2200) {
      throw new LoadInputs.Refused("--year " + year + ": outside 1970-2200");
    }
    if (!region.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?|GLOBAL")) {
      throw new LoadInputs.Refused(
          "--region " + region + ": an ISO 3166 code such as CN, CN-ZJ or GB, or GLOBAL");
    }
    if (!site.matches("[A-Za-z0-9_.-]{1,64}")) {
      throw new LoadInputs.Refused("--site " + site + ": letters, digits, '.', '_' or '-'");
    }
    ZoneId z = EnergyBacktestCommand.zone(zone);
    List<EnergyActivity.Certificate> certs = new ArrayList<>();
    for (String c : certificates) {
      int eq = c.lastIndexOf('=');
      try {
        certs.add(
            new EnergyActivity.Certificate(
                c.substring(0, Math.max(eq, 0)), Double.parseDouble(c.substring(eq + 1))));
      } catch (NumberFormatException e) {
        throw new LoadInputs.Refused("--certificate " + c + ": expected ID=KWH, e.g. GEC-1=5000");
      }
    }
    HourlySeries e = LoadInputs.meter(meter, z);
    HourlySeries pv = pvMeter == null ? null : LoadInputs.meter(pvMeter, z);
    HourlySeries gas = gasMeter == null ? null : LoadInputs.meter(gasMeter, z);
    List<EnergyActivity.Month> months = EnergyActivity.months(e, pv, gas, z, year);
    if (months.isEmpty()) {
      throw new LoadInputs.Refused(meter + ": no reading in " + year);
    }
    return new Inputs(months, EnergyActivity.rows(site, months, certs));
  }

  private InventoryRequest request(Path activity) {
    return calculation.request(List.of(activity), List.of(), null, null, year);
  }

  void writeActivity(Path file, List<EnergyActivity.Row> rows, Path source) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ActivityFile.write(
          w,
          rows,
          r ->
              new ActivityFile.Placing(
                  site, site, region, "meter " + source.getFileName() + " " + r.month()));
    }
  }
}
