package org.scopeplus.cli.energy;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.Backtest;
import org.scopeplus.energy.load.DataSufficiency;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scopeplus energy backtest}: fit a load model on one period, predict another. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description =
        "Fit a load model (CalTRACK hourly or daily, or gradient-boosted trees) on the training period and predict the"
            + " prediction period from its temperatures; with --step, on a rolling origin. Writes"
            + " timestamp_utc,predicted_kwh and prints CV(RMSE), NMBE and MAE where the meter has"
            + " readings.")
public final class EnergyBacktestCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--meter", required = true, paramLabel = "FILE", description = "Meter CSV.")
  Path meter;

  @Option(
      names = "--weather",
      required = true,
      paramLabel = "FILE",
      description = "Temperature CSV (dt,tempC or dt,tempF) or a TMY3, EPW or weather CSV file.")
  Path weather;

  @Option(names = "--train", required = true, paramLabel = "FROM/TO", description = "Training.")
  String train;

  @Option(
      names = "--predict",
      required = true,
      paramLabel = "FROM/TO",
      description = "Prediction period.")
  String predict;

  @Option(
      names = "--model",
      defaultValue = "hourly",
      paramLabel = "NAME",
      description =
          "hourly, daily, gbt (gradient-boosted trees), or auto (hourly and daily; the lower daily"
              + " CV(RMSE) is chosen).")
  String model;

  @Option(
      names = "--zone",
      defaultValue = "UTC",
      paramLabel = "ZONE",
      description =
          "The site's time zone (Europe/London, -06:00): local calendar and offset-free times.")
  String zone;

  @Option(
      names = "--step",
      paramLabel = "PERIOD",
      description =
          "Rolling origin: P1D day-ahead, P1M month-ahead; each fit on the training length before"
              + " its origin.")
  String step;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Predictions CSV.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter print = spec.commandLine().getOut();
    return LoadInputs.refusing(
        err,
        () -> {
          ZoneId z = zone(zone);
          long[] tr = LoadInputs.period("--train", train, z);
          long[] pr = LoadInputs.period("--predict", predict, z);
          Period st = step == null ? null : step(step);
          HourlySeries kwh = LoadInputs.meter(meter, z);
          HourlySeries temp = LoadInputs.temperature(weather, z);
          List<String> known = Backtest.models();
          String[] models;
          if (model.equals("auto")) {
            // gradient-boosted trees did not earn a place in the choice (docs/energy.md)
            models = new String[] {"hourly", "daily"};
          } else if (known.contains(model)) {
            models = new String[] {model};
          } else {
            throw new LoadInputs.Refused(
                "--model " + model + ": choose " + String.join(", ", known) + " or auto");
          }
          for (String m : models) {
            // a backtest measures forecasts, so CalTRACK's rules for a savings baseline are told,
            // not enforced: a forecast may learn from less than a year
            LoadInputs.warn(
                print,
                m + " training, note",
                DataSufficiency.baseline(kwh, temp, tr[0], tr[1], z, m).all());
          }
          Predictions chosen = null;
          String chosenName = null;
          double chosenCv = Double.POSITIVE_INFINITY;
          for (String m : models) {
            Predictions p;
            LoadModel fitted;
            int folds;
            if (st == null) {
              fitted = Backtest.fit(m, LoadData.of(kwh, temp, tr[0], tr[1], z));
              p = fitted.predict(LoadData.of(kwh, temp, pr[0], pr[1], z));
              folds = 1;
            } else {
              Backtest.Result r =
                  Backtest.rolling(m, kwh, temp, z, tr[1] - tr[0], pr[0], pr[1], st);
              p = r.predictions();
              fitted = r.lastModel();
              folds = r.folds();
            }
            print.println(
                fitted.description() + (folds > 1 ? " (last of " + folds + " fits)" : ""));
            Accuracy a = Accuracy.of(p, 0);
            Accuracy daily = Accuracy.of(p.byLocalDay(z), 0);
            if (a.n() > 0) {
              print.println(
                  "  "
                      + m
                      + ", "
                      + (p.granularity() == Predictions.Granularity.HOUR ? "hours" : "days")
                      + ": "
                      + a.summary(
                          p.granularity() == Predictions.Granularity.HOUR ? "hours" : "days"));
              if (p.granularity() == Predictions.Granularity.HOUR) {
                print.println("  " + m + ", summed into days: " + daily.summary("days"));
              }
            } else {
              print.println("  " + m + ": no metered readings in the prediction period to compare");
            }
            double cv = daily.n() > 0 ? daily.cvRmse() : Double.POSITIVE_INFINITY;
            if (chosen == null || cv < chosenCv) {
              chosen = p;
              chosenName = m;
              chosenCv = cv;
            }
          }
          if (models.length > 1) {
            print.printf(
                Locale.ROOT,
                "chosen: %s, the lower CV(RMSE) of daily totals (%.1f %%) in this backtest%n",
                chosenName,
                chosenCv * 100);
          }
          LoadInputs.write(out, chosen);
          return 0;
        });
  }

  static ZoneId zone(String text) {
    try {
      return ZoneId.of(text);
    } catch (java.time.DateTimeException e) {
      throw new LoadInputs.Refused("--zone " + text + ": not a time zone such as Europe/London");
    }
  }

  private static Period step(String text) {
    try {
      Period p = Period.parse(text);
      if (p.isNegative() || p.isZero() || p.toTotalMonths() > 12 || p.getDays() > 366) {
        throw new LoadInputs.Refused("--step " + text + ": a period from P1D to P1Y is needed");
      }
      return p;
    } catch (DateTimeParseException e) {
      throw new LoadInputs.Refused("--step " + text + ": expected P1D (day-ahead) or P1M");
    }
  }
}
