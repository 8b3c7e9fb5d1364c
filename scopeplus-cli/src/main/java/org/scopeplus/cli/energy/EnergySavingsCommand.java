package org.scopeplus.cli.energy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.energy.load.AvoidedEnergy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.DataSufficiency;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus energy savings}: IPMVP Option C avoided energy use. */
@Command(
    name = "savings",
    mixinStandardHelpOptions = true,
    description =
        "Measured savings (IPMVP Option C, avoided energy use): a CalTRACK baseline fitted on the"
            + " baseline period, projected into the reporting period with its temperatures, minus"
            + " the metered use, with ASHRAE Guideline 14 fractional savings uncertainty and the CO2"
            + " avoided at the grid factor of the region and year; the baseline and reporting"
            + " periods must meet CalTRACK 2.0's data sufficiency.")
public final class EnergySavingsCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--meter", required = true, paramLabel = "FILE", description = "Meter CSV.")
  Path meter;

  @Option(
      names = "--weather",
      required = true,
      paramLabel = "FILE",
      description = "Temperature CSV (dt,tempC or dt,tempF) or a TMY3, EPW or weather CSV file.")
  Path weather;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "FROM/TO",
      description = "Period before the intervention.")
  String baseline;

  @Option(
      names = "--reporting",
      required = true,
      paramLabel = "FROM/TO",
      description = "Period after it.")
  String reporting;

  @Option(
      names = "--model",
      defaultValue = "hourly",
      paramLabel = "NAME",
      description = "hourly or daily.")
  String model;

  @Option(names = "--zone", defaultValue = "UTC", paramLabel = "ZONE", description = "Time zone.")
  String zone;

  @Option(
      names = "--confidence",
      defaultValue = "0.68",
      paramLabel = "LEVEL",
      description = "Confidence level of the uncertainty, 0.5 to 0.99 (Guideline 14: 0.68).")
  double confidence;

  @Option(
      names = "--price",
      paramLabel = "PER_KWH",
      description =
          "A flat energy price per kWh (e.g. CNY), to print the cost saved; 0 to 100 a kWh.")
  Double price;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "The baseline projected into the reporting period: timestamp_utc,predicted_kwh.")
  Path out;

  @Mixin GridFactorOptions grid;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "FORMAT",
      description = "table (default) or json (schema scopeplus.energy-savings/1).")
  TableOrJson format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter print = spec.commandLine().getOut();
    return LoadInputs.refusing(
        err,
        () -> {
          if (!(confidence >= 0.5 && confidence <= 0.99)) {
            throw new LoadInputs.Refused("--confidence " + confidence + ": between 0.5 and 0.99");
          }
          if (price != null && !(price >= 0 && price <= 100)) {
            throw new LoadInputs.Refused("--price " + price + ": a price from 0 to 100 a kWh");
          }
          String name = LoadInputs.model(model);
          ZoneId z = EnergyBacktestCommand.zone(zone);
          long[] b = LoadInputs.period("--baseline", baseline, z);
          long[] r = LoadInputs.period("--reporting", reporting, z);
          if (r[0] < b[1]) {
            throw new LoadInputs.Refused("--reporting must start after the baseline period ends");
          }
          GridFactorOptions.Choice factor = grid.choose(r, z);
          HourlySeries kwh = LoadInputs.meter(meter, z);
          HourlySeries temp = LoadInputs.temperature(weather, z);
          List<DataSufficiency.Finding> warnings =
              LoadInputs.sufficient(name, kwh, temp, b, r, z, baseline, reporting);
          LoadModel m = Backtest.fit(name, LoadData.of(kwh, temp, b[0], b[1], z));
          LoadData rep = LoadData.of(kwh, temp, r[0], r[1], z);
          AvoidedEnergy s = AvoidedEnergy.of(m, rep, confidence);
          double co2 = s.savingsKwh() * factor.kgPerKwh();
          double co2Uncertainty = s.uncertaintyKwh() * factor.kgPerKwh();
          Saved v = new Saved(m, s, factor, co2, co2Uncertainty, warnings);
          if (format == TableOrJson.json) {
            print.println(json(v));
          } else {
            table(print, v);
          }
          if (out != null) {
            LoadInputs.write(out, m.predict(rep));
          }
          return 0;
        });
  }

  /** What the command found, for its table or JSON. */
  private record Saved(
      LoadModel model,
      AvoidedEnergy savings,
      GridFactorOptions.Choice factor,
      double co2Kg,
      double co2UncertaintyKg,
      List<DataSufficiency.Finding> warnings) {}

  private void table(PrintWriter print, Saved v) {
    LoadModel m = v.model();
    AvoidedEnergy s = v.savings();
    print.println(m.description());
    print.printf(
        Locale.ROOT,
        "baseline projected %.1f kWh, metered %.1f kWh over %d %s: avoided energy use %.1f kWh"
            + " (%.2f %%)%n",
        s.baselineKwh(),
        s.reportingKwh(),
        s.reportingIntervals(),
        m.name().equals("daily") ? "days" : "hours",
        s.savingsKwh(),
        s.savingsFraction() * 100);
    print.printf(
        Locale.ROOT,
        "fractional savings uncertainty %.1f %% at %.0f %% confidence (± %.1f kWh; baseline"
            + " CV(RMSE) %.1f %%, lag-1 autocorrelation %.3f, n %d, n' %.0f, t %.3f); ASHRAE"
            + " Guideline 14 asks below 50 %% at 68 %%%n",
        s.fractionalUncertainty() * 100,
        confidence * 100,
        s.uncertaintyKwh(),
        s.baselineCvRmse() * 100,
        s.autocorrelation(),
        s.baselineIntervals(),
        s.effectiveBaselineIntervals(),
        s.t());
    if (price != null) {
      print.printf(
          Locale.ROOT,
          "cost saved at %.4f a kWh: %.2f (± %.2f)%n",
          price,
          s.savingsKwh() * price,
          s.uncertaintyKwh() * price);
    }
    print.printf(
        Locale.ROOT,
        "CO2 avoided: %.3f kg (± %.3f kg); %s%n",
        v.co2Kg(),
        v.co2UncertaintyKg(),
        v.factor().sentence());
    LoadInputs.warn(print, "warning", v.warnings());
  }

  private String json(Saved v) {
    LoadModel m = v.model();
    AvoidedEnergy s = v.savings();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schema", "scopeplus.energy-savings/1");
    root.put("model", m.name());
    root.put("description", m.description());
    root.put("baseline", baseline);
    root.put("reporting", reporting);
    root.put("interval", m.name().equals("daily") ? "day" : "hour");
    root.put("baselineProjectedKwh", s.baselineKwh());
    root.put("reportingKwh", s.reportingKwh());
    root.put("savingsKwh", s.savingsKwh());
    root.put("savingsFraction", s.savingsFraction());
    root.put("confidence", confidence);
    root.put("fractionalUncertainty", s.fractionalUncertainty());
    root.put("uncertaintyKwh", s.uncertaintyKwh());
    root.put("meetsGuideline14", s.meetsGuideline14());
    if (price != null) {
      root.put("pricePerKwh", price);
      root.put("savingsCost", s.savingsKwh() * price);
    }
    root.put("co2Kg", v.co2Kg());
    root.put("co2UncertaintyKg", v.co2UncertaintyKg());
    v.factor().putJson(root);
    List<Map<String, Object>> list = new ArrayList<>();
    for (DataSufficiency.Finding w : v.warnings()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("code", w.code());
      one.put("text", w.message());
      one.put("textZhCn", w.text(Locale.SIMPLIFIED_CHINESE));
      list.add(one);
    }
    root.put("warnings", list);
    return JsonMapper.builder().build().writeValueAsString(root);
  }
}
