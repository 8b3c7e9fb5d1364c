package org.scopeplus.core.baseyear;

import java.util.Locale;

/**
 * Whether a recalculated base year must be restated: the significance test of the GHG Protocol
 * Corporate Standard, chapter 5, applied to the base-year total.
 *
 * @param trigger why it was recalculated
 * @param baseRunId the run stating the base year now
 * @param candidateRunId the recalculated run
 * @param baseGrams base-year total now, grams CO2e (Scope 1 + 2 location-based + 3)
 * @param candidateGrams the recalculated total
 * @param change (candidate - base) / base
 * @param threshold the significance threshold
 * @param restatementRequired true when |change| is at or above the threshold
 * @param explanation a sentence saying so
 */
public record Assessment(
    RecalculationTrigger trigger,
    String baseRunId,
    String candidateRunId,
    long baseGrams,
    long candidateGrams,
    double change,
    double threshold,
    boolean restatementRequired,
    String explanation) {

  /**
   * The significance test: the change is measured against the base-year total now, and a change at
   * or above the base year's threshold, up or down, requires a restatement. A base year of zero
   * grams counts any recalculated emissions as a change of 100%.
   *
   * @param base the base year, with its run and threshold
   * @param baseGrams the total of the base year's run
   * @param trigger why the base year was recalculated
   * @param candidateRunId the recalculated run
   * @param candidateGrams its total
   */
  public static Assessment of(
      BaseYear base,
      long baseGrams,
      RecalculationTrigger trigger,
      String candidateRunId,
      long candidateGrams) {
    double change =
        baseGrams == 0
            ? (candidateGrams == 0 ? 0.0 : 1.0)
            : (candidateGrams - baseGrams) / (double) baseGrams;
    boolean required = Math.abs(change) >= base.threshold();
    String explanation =
        "the "
            + trigger.label()
            + " changes base-year "
            + base.year()
            + " emissions by "
            + percent(change)
            + (required
                ? ", at or above the significance threshold of "
                    + percent(base.threshold())
                    + ": the base year must be restated"
                : ", below the significance threshold of "
                    + percent(base.threshold())
                    + ": no restatement is needed");
    return new Assessment(
        trigger,
        base.runId(),
        candidateRunId,
        baseGrams,
        candidateGrams,
        change,
        base.threshold(),
        required,
        explanation);
  }

  /** A ratio as a percentage with two decimals, e.g. 0.05 as {@code 5.00%}. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.2f%%", ratio * 100);
  }
}
