package org.scopeplus.energy.load;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Backtests on a rolling origin (Tashman 2000, "Out-of-sample tests of forecasting accuracy", Int.
 * J. Forecasting 16(4) 437-450): at each origin the model is fitted on the training window just
 * before it (of the length given) and predicts the next step (a day for day-ahead, a month for
 * month-ahead); the origin moves by one step until the end. A single fit is the case of one step
 * covering the whole prediction period.
 */
public final class Backtest {

  private Backtest() {}

  /**
   * Fits a model of the named kind: {@code hourly}, {@code daily}, or a {@link LoadModelKind} on
   * the class path.
   */
  public static LoadModel fit(String model, LoadData train) {
    return switch (model) {
      case "hourly" -> HourlyModel.fit(train);
      case "daily" -> DailyModel.fit(train);
      default -> {
        for (LoadModelKind kind : ServiceLoader.load(LoadModelKind.class)) {
          if (kind.name().equals(model)) {
            yield kind.fit(train);
          }
        }
        throw new IllegalArgumentException(
            "unknown model '" + model + "'; choose " + String.join(" or ", models()));
      }
    };
  }

  /** The names {@link #fit} takes here: hourly, daily, then any provided kinds by name. */
  public static List<String> models() {
    List<String> names = new ArrayList<>(List.of("hourly", "daily"));
    List<String> provided = new ArrayList<>();
    for (LoadModelKind kind : ServiceLoader.load(LoadModelKind.class)) {
      provided.add(kind.name());
    }
    provided.sort(null);
    names.addAll(provided);
    return List.copyOf(names);
  }

  /** Predictions concatenated over the origins, and their accuracy (p = 0: out of sample). */
  public record Result(
      Predictions predictions, Accuracy accuracy, int folds, LoadModel lastModel) {}

  /**
   * @param trainSeconds length of each training window
   * @param step null for one fit on [predictFrom - trainSeconds, predictFrom)
   */
  public static Result rolling(
      String model,
      HourlySeries meter,
      HourlySeries temperature,
      ZoneId zone,
      long trainSeconds,
      long predictFrom,
      long predictTo,
      Period step) {
    List<Predictions> parts = new ArrayList<>();
    long origin = predictFrom;
    LoadModel last = null;
    while (origin < predictTo) {
      long next =
          step == null
              ? predictTo
              : Math.min(
                  predictTo, Instant.ofEpochSecond(origin).atZone(zone).plus(step).toEpochSecond());
      LoadData train = LoadData.of(meter, temperature, origin - trainSeconds, origin, zone);
      last = fit(model, train);
      parts.add(last.predict(LoadData.of(meter, temperature, origin, next, zone)));
      origin = next;
    }
    Predictions all = concat(parts);
    return new Result(all, Accuracy.of(all, 0), parts.size(), last);
  }

  static Predictions concat(List<Predictions> parts) {
    int n = 0;
    for (Predictions p : parts) {
      n += p.size();
    }
    long[] s = new long[n];
    double[] f = new double[n];
    double[] a = new double[n];
    int k = 0;
    Predictions.Granularity g = Predictions.Granularity.HOUR;
    for (Predictions p : parts) {
      System.arraycopy(p.start(), 0, s, k, p.size());
      System.arraycopy(p.predicted(), 0, f, k, p.size());
      System.arraycopy(p.actual(), 0, a, k, p.size());
      k += p.size();
      g = p.granularity();
    }
    return new Predictions(s, f, a, g);
  }
}
