package org.scopeplus.store.energy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A meter's latest nightly batch result as kept: when it was made, the local days of readings its
 * models were fitted on, the CalTRACK daily and hourly models' in-sample figures (ASHRAE Guideline
 * 14, measured minus predicted), its forecasts and ranked suggestions; or, when none could be made,
 * the reason ({@code refused}, the other figures then null and the lists empty).
 *
 * @param historyFrom first local day of the readings fitted on (null when refused before fitting)
 * @param historyTo the local day after the last one fitted on
 * @param dailyModel the daily model's description
 * @param dailyCvRmse CV(RMSE) of the daily model on its training days, n - p
 * @param dailyNmbe NMBE of the daily model on its training days, n - p
 * @param hourlyCvRmse CV(RMSE) of the hourly model on its training hours, n - p
 * @param hourlyNmbe NMBE of the hourly model on its training hours, n - p
 * @param currency the tariff's currency of the suggestions' cost
 * @param gridFactorId the grid factor of the suggestions' CO2, null when none was found
 * @param dayAhead the next local day's hours (hourly model)
 * @param monthAhead the next 31 local days (daily model)
 * @param refused the reason none was made, in English (null when made)
 * @param refusedZhCn the reason in Chinese where the batch wrote it in both languages (CalTRACK's
 *     data sufficiency), else null and the English one is said again in the page's language
 * @param warnings CalTRACK's data sufficiency warnings of the baseline, in both languages
 */
public record NightlyResult(
    String meterId,
    Instant runAt,
    LocalDate historyFrom,
    LocalDate historyTo,
    String dailyModel,
    Double dailyCvRmse,
    Double dailyNmbe,
    Double hourlyCvRmse,
    Double hourlyNmbe,
    String currency,
    String gridFactorId,
    List<Point> dayAhead,
    List<Point> monthAhead,
    List<KeptSuggestion> suggestions,
    String refused,
    String refusedZhCn,
    List<KeptWarning> warnings) {

  public NightlyResult {
    dayAhead = List.copyOf(dayAhead);
    monthAhead = List.copyOf(monthAhead);
    suggestions = List.copyOf(suggestions);
    warnings = List.copyOf(warnings);
  }

  /** A data sufficiency warning of the baseline: its CalTRACK code and its sentence in both. */
  public record KeptWarning(String code, String textEn, String textZhCn) {}

  /** One forecast interval: its start and kWh (null where the model could not predict it). */
  public record Point(Instant start, Double kwh) {}

  /** One ranked suggestion with its figures a year and its sentence in both languages. */
  public record KeptSuggestion(
      int rank,
      String rule,
      double kwhPerYear,
      double costPerYear,
      Double co2KgPerYear,
      String textEn,
      String textZhCn) {}

  /** The total kWh of the forecast points that have one. */
  public static double total(List<Point> points) {
    double sum = 0;
    for (Point p : points) {
      if (p.kwh() != null) {
        sum += p.kwh();
      }
    }
    return sum;
  }
}
