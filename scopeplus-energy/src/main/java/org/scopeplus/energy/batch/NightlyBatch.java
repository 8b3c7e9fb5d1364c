package org.scopeplus.energy.batch;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.scopeplus.energy.load.DailyModel;
import org.scopeplus.energy.load.HourlyModel;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;

/**
 * The nightly batch over many meters, one at a time: fit the CalTRACK hourly and daily models on a
 * meter's history, forecast the next day hour by hour (hourly model) and the next month day by day
 * (daily model) from the forecast temperatures, and compute its suggestions. Meters come from an
 * iterator and results go to a consumer, so only one meter's data is held at a time and memory does
 * not grow with the number of meters. A meter that cannot be fitted or suggested for gets a result
 * with its reason instead of stopping the batch.
 */
public final class NightlyBatch {

  private NightlyBatch() {}

  /**
   * One meter's input.
   *
   * @param site its history (kWh and temperatures) with tariff, grid factor and PV description
   * @param dayAhead the hours of the next day with their forecast temperatures (kWh NaN), or null
   * @param monthAhead the hours of the next month with their forecast temperatures, or null
   */
  public record Meter(String id, Suggestions.Site site, LoadData dayAhead, LoadData monthAhead) {}

  /**
   * Time spent on one meter by the clock given to {@link #run(Iterator, Suggestions.Options,
   * Consumer, LongSupplier)}, nanoseconds: fitting both models and forecasting, then the
   * suggestions.
   */
  public record Timing(long fitAndForecastNanos, long suggestionsNanos) {}

  /**
   * One meter's result: its models, the day-ahead forecast (hours), the month-ahead forecast (local
   * days), its suggestions, or the reason none could be made (null when all went well).
   */
  public record Result(
      String id,
      DailyModel model,
      HourlyModel hourlyModel,
      Predictions dayAhead,
      Predictions monthAhead,
      List<Suggestion> suggestions,
      String refused,
      Timing timing) {}

  /** Runs every meter in turn; returns the number of meters with a result without refusal. */
  public static long run(
      Iterator<Meter> meters, Suggestions.Options options, Consumer<Result> results) {
    return run(meters, options, results, () -> 0L);
  }

  /**
   * Runs every meter in turn, timing each meter's stages by the given clock (for example the
   * running thread's CPU time); returns the number of meters with a result without refusal.
   */
  public static long run(
      Iterator<Meter> meters,
      Suggestions.Options options,
      Consumer<Result> results,
      LongSupplier clock) {
    long ok = 0;
    while (meters.hasNext()) {
      Result r = run(meters.next(), options, clock);
      if (r.refused() == null) {
        ok++;
      }
      results.accept(r);
    }
    return ok;
  }

  /**
   * One meter's step of the batch: fits both models, forecasts, suggests, or gives the reason it
   * cannot; every path that runs the batch (this class's loop, the Flink job) calls it.
   */
  public static Result run(Meter m, Suggestions.Options options, LongSupplier clock) {
    long t0 = clock.getAsLong();
    try {
      LoadData history = m.site().load();
      DailyModel daily = DailyModel.fit(history);
      HourlyModel hourly = HourlyModel.fit(history);
      Predictions day = m.dayAhead() == null ? null : hourly.predict(m.dayAhead());
      Predictions month = m.monthAhead() == null ? null : daily.predict(m.monthAhead());
      long t1 = clock.getAsLong();
      List<Suggestion> suggestions = Suggestions.of(m.site(), options, daily);
      long t2 = clock.getAsLong();
      return new Result(
          m.id(), daily, hourly, day, month, suggestions, null, new Timing(t1 - t0, t2 - t1));
    } catch (IllegalArgumentException e) {
      return new Result(
          m.id(),
          null,
          null,
          null,
          null,
          List.of(),
          e.getMessage(),
          new Timing(clock.getAsLong() - t0, 0));
    }
  }
}
