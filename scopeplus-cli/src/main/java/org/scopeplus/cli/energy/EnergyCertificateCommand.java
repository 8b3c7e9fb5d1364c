package org.scopeplus.cli.energy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.energy.carbon.EnergyActivity;
import org.scopeplus.energy.load.AvoidedEnergy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.DataSufficiency;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.disclosure.EnergyCertificate;
import org.scopeplus.io.disclosure.EnergyCertificatePdfWriter;
import org.scopeplus.io.disclosure.FileRunReport;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.ParallelInventoryJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus energy certificate}: the one-page low-carbon certificate of a site's inventory
 * from its meters (the inputs of {@code energy inventory}) and, when a baseline and a reporting
 * period are given, its measured savings. The run is not stored: its hash is the manifest hash of
 * the annual report from files ({@link FileRunReport#manifestHash}).
 */
@Command(
    name = "certificate",
    mixinStandardHelpOptions = true,
    description =
        "Writes the one-page low-carbon certificate (PDF, English or Chinese) of a site's Scope 1"
            + " and 2 inventory from its meters, with its measured savings when a baseline and a"
            + " reporting period are given, and the run hash a verifier recalculates.")
public final class EnergyCertificateCommand extends EnergyInventoryCommand {

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The PDF to write.")
  Path out;

  @Option(
      names = "--lang",
      defaultValue = "en",
      paramLabel = "LANG",
      description = "en (default) or zh-CN.")
  String lang;

  @Option(
      names = "--organisation",
      paramLabel = "NAME",
      description = "The company named on the certificate (default: the site's name).")
  String organisation;

  @Option(
      names = "--baseline",
      paramLabel = "FROM/TO",
      description = "Savings: the period before the intervention (with --reporting, --weather).")
  String baseline;

  @Option(names = "--reporting", paramLabel = "FROM/TO", description = "Savings: the period after.")
  String reporting;

  @Option(
      names = "--weather",
      paramLabel = "FILE",
      description = "Savings: temperatures (dt,tempC) or a TMY3, EPW or weather CSV file.")
  Path weather;

  @Option(
      names = "--model",
      defaultValue = "hourly",
      paramLabel = "NAME",
      description = "Savings: the baseline model, hourly or daily.")
  String model;

  @Option(
      names = "--confidence",
      defaultValue = "0.68",
      paramLabel = "LEVEL",
      description = "Savings: confidence of the uncertainty, 0.5 to 0.99 (Guideline 14: 0.68).")
  double confidence;

  @Option(
      names = "--price",
      paramLabel = "CNY_PER_KWH",
      description = "Savings: the energy price, CNY a kWh (0 to 100), for the cost saved.")
  Double price;

  @Option(
      names = "--issued",
      paramLabel = "DATE",
      description = "The issue date (default today), e.g. 2025-01-15.")
  String issued;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter print = spec.commandLine().getOut();
    return LoadInputs.refusing(
        err,
        () -> {
          ReportLanguage language =
              ReportLanguage.parse(lang)
                  .orElseThrow(() -> new LoadInputs.Refused("--lang " + lang + ": en or zh-CN"));
          LocalDate issueDate = issueDate();
          boolean savings = baseline != null || reporting != null || weather != null;
          if (savings && (baseline == null || reporting == null || weather == null)) {
            throw new LoadInputs.Refused(
                "measured savings need --baseline, --reporting and --weather together");
          }
          if (!(confidence >= 0.5 && confidence <= 0.99)) {
            throw new LoadInputs.Refused("--confidence " + confidence + ": between 0.5 and 0.99");
          }
          if (price != null && !(price >= 0 && price <= 100)) {
            throw new LoadInputs.Refused("--price " + price + ": a price from 0 to 100 a kWh");
          }
          Inputs in = inputs();
          Path activity = Files.createTempFile("scopeplus-energy-", ".csv");
          InventoryOutcome outcome;
          Map<String, String> sources = new TreeMap<>();
          // kg CO2e a kWh of each location-based electricity record, summed over its gases
          Map<String, double[]> locationKg = new TreeMap<>();
          try {
            writeActivity(activity, in.rows(), meter);
            ParallelInventoryJob job = new ParallelInventoryJob(BuiltInReferenceData.load(), 1);
            outcome =
                job.run(
                    calculation.request(List.of(activity), List.of(), null, null, year),
                    done -> {},
                    line -> {
                      synchronized (sources) {
                        collect(line, sources, locationKg);
                      }
                    });
          } finally {
            Files.deleteIfExists(activity);
          }
          if (!outcome.ok()) {
            err.println("The inventory cannot be calculated:");
            outcome.problems().forEach(p -> err.println("  " + p));
            return 1;
          }
          Inventory inventory = outcome.inventory();
          Totals t = inventory.totals();
          double certificateKwh = 0;
          for (EnergyActivity.Row r : in.rows()) {
            if (r.instrument() != null) {
              certificateKwh += r.quantity();
            }
          }
          EnergyCertificate.Savings saved = savings ? savings(kgPerKwh(locationKg), print) : null;
          EnergyCertificate certificate =
              new EnergyCertificate(
                  organisation == null || organisation.isBlank() ? site : organisation.strip(),
                  site,
                  year,
                  t.scope1(),
                  t.scope2Location(),
                  t.scope2Market(),
                  new EnergyCertificate.Energy(
                      in.sum(EnergyActivity.Month::consumptionKwh),
                      in.sum(EnergyActivity.Month::pvSelfConsumedKwh),
                      in.sum(EnergyActivity.Month::pvExportedKwh),
                      in.sum(EnergyActivity.Month::gridKwh),
                      certificateKwh,
                      in.sum(EnergyActivity.Month::gasM3),
                      "m3"),
                  saved,
                  sources.entrySet().stream()
                      .map(e -> new EnergyCertificate.FactorSource(e.getKey(), e.getValue()))
                      .toList(),
                  "",
                  FileRunReport.manifestHash(inventory.manifest()),
                  EnergyCertificate.HashCheck.FILE_RUN,
                  issueDate,
                  null);
          try (OutputStream os = Files.newOutputStream(out)) {
            new EnergyCertificatePdfWriter().write(certificate, language, os);
          }
          print.printf(
              Locale.ROOT,
              "%s %d: Scope 1 %s t, Scope 2 location-based %s t, market-based %s t CO2e; run hash %s;"
                  + " certificate written to %s%n",
              site,
              year,
              BigDecimal.valueOf(t.scope1(), 6).toPlainString(),
              BigDecimal.valueOf(t.scope2Location(), 6).toPlainString(),
              BigDecimal.valueOf(t.scope2Market(), 6).toPlainString(),
              certificate.runHash(),
              out);
          print.flush();
          return 0;
        });
  }

  private LocalDate issueDate() {
    if (issued == null) {
      return LocalDate.now();
    }
    try {
      LocalDate d = LocalDate.parse(issued.strip());
      if (d.getYear() < 1970 || d.getYear() > 2200) {
        throw new LoadInputs.Refused("--issued " + issued + ": a date from 1970 to 2200");
      }
      return d;
    } catch (java.time.format.DateTimeParseException e) {
      throw new LoadInputs.Refused("--issued " + issued + ": a date such as 2025-01-15");
    }
  }

  private static void collect(
      ResultLine line, Map<String, String> sources, Map<String, double[]> locationKg) {
    if (line.factor() != null) {
      sources.putIfAbsent(line.factor().id(), line.factor().citation().shortText());
    }
    if (line.method() == Scope2Method.LOCATION
        && line.record().activityType().equals(EnergyActivity.ELECTRICITY)
        && line.record().quantity() > 0) {
      double[] kg = locationKg.computeIfAbsent(line.record().id(), k -> new double[1]);
      kg[0] += line.quantity() * line.kgPerUnit() * line.gwp() / line.record().quantity();
    }
  }

  /**
   * The location-based grid factor the inventory used, kg CO2e a kWh (the year rule applied by the
   * engine): the same for every electricity record of one region and year; refused when they
   * differ, as the savings would then need a factor per hour.
   */
  private static double kgPerKwh(Map<String, double[]> locationKg) {
    if (locationKg.isEmpty()) {
      throw new LoadInputs.Refused(
          "measured savings need the inventory's location-based grid factor, but no electricity"
              + " was purchased in the year");
    }
    double first = locationKg.values().iterator().next()[0];
    for (double[] v : locationKg.values()) {
      if (Math.abs(v[0] - first) > 1e-9 * Math.max(1, first)) {
        throw new LoadInputs.Refused(
            "the year's electricity records use different grid factors; savings need one");
      }
    }
    return first;
  }

  private EnergyCertificate.Savings savings(double kgPerKwh, PrintWriter print) throws IOException {
    ZoneId z = EnergyBacktestCommand.zone(zone);
    long[] b = LoadInputs.period("--baseline", baseline, z);
    long[] r = LoadInputs.period("--reporting", reporting, z);
    if (r[0] < b[1]) {
      throw new LoadInputs.Refused("--reporting must start after the baseline period ends");
    }
    HourlySeries kwh = LoadInputs.meter(meter, z);
    HourlySeries temp = LoadInputs.temperature(weather, z);
    String name = LoadInputs.model(model);
    List<DataSufficiency.Finding> warnings =
        LoadInputs.sufficient(name, kwh, temp, b, r, z, baseline, reporting);
    LoadModel m = Backtest.fit(name, LoadData.of(kwh, temp, b[0], b[1], z));
    AvoidedEnergy s = AvoidedEnergy.of(m, LoadData.of(kwh, temp, r[0], r[1], z), confidence);
    print.println(m.description());
    LoadInputs.warn(print, "warning", warnings);
    return new EnergyCertificate.Savings(
        baseline,
        reporting,
        s.savingsKwh(),
        s.uncertaintyKwh(),
        confidence,
        price,
        grams(s.savingsKwh() * kgPerKwh),
        grams(s.uncertaintyKwh() * kgPerKwh));
  }

  /** Kilograms rounded once, half-even, to whole grams, as every line of the engine is. */
  static long grams(double kg) {
    if (!Double.isFinite(kg) || Math.abs(kg) > 1e15) {
      throw new LoadInputs.Refused("the savings' CO2e of " + kg + " kg is out of range");
    }
    return new BigDecimal(kg)
        .movePointRight(3)
        .setScale(0, RoundingMode.HALF_EVEN)
        .longValueExact();
  }
}
