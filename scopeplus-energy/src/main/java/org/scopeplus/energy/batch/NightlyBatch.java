package org.scopeplus.energy.batch;

import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.scopeplus.energy.load.DailyModel;
import org.scopeplus.energy.load.LoadData;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;

/**
 * The nightly batch over many meters, one at a time: fit the CalTRACK daily model on a meter's
 * history, forecast the next period from its temperatures, and compute its suggestions. Meters come
 * from an iterator and results go to a consumer, so only one meter's data is held at a time and
 * memory does not grow with the number of meters. A meter that cannot be fitted or suggested for
 * gets a result with its reason instead of stopping the batch.
 */
public final class NightlyBatch {

  private NightlyBatch() {}

  /**
   * One meter's input.
   *
   * @param site its history (kWh and temperatures) with tariff, grid factor and PV description
   * @param forecast the hours to forecast with their temperatures (kWh NaN)
   */
  public record Meter(String id, Suggestions.Site site, LoadData forecast) {}

  /**
   * One meter's result: its daily model, the forecast (local days), its suggestions, or the reason
   * none could be made (null when all went well).
   */
  public record Result(
      String id,
      DailyModel model,
      Predictions forecast,
      List<Suggestion> suggestions,
      String refused) {}

  /** Runs every meter in turn; returns the number of meters with a result without refusal. */
  public static long run(
      Iterator<Meter> meters, Suggestions.Options options, Consumer<Result> results) {
    long ok = 0;
    while (meters.hasNext()) {
      Meter m = meters.next();
      Result r;
      try {
        DailyModel model = DailyModel.fit(m.site().load());
        Predictions f = m.forecast() == null ? null : model.predict(m.forecast());
        r = new Result(m.id(), model, f, Suggestions.of(m.site(), options), null);
        ok++;
      } catch (IllegalArgumentException e) {
        r = new Result(m.id(), null, null, List.of(), e.getMessage());
      }
      results.accept(r);
    }
    return ok;
  }
}
