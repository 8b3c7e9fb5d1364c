package org.scopeplus.core.inventory;

import org.scopeplus.core.factor.EmissionFactor;

/**
 * A factor used for activity of a year it does not describe, and the emissions calculated with it:
 * the year rule (a factor for the activity's year, else the nearest earlier year, else the earliest
 * later one) found no factor for that year, so a run lists it among its warnings.
 *
 * @param factor the factor used
 * @param activityYear the year the activity took place (the year its period starts)
 * @param earlier true when the factor describes an earlier year (the nearest earlier vintage),
 *     false when no earlier factor existed and the earliest later one was taken
 * @param emissions the emissions calculated with it for that year, by scope
 */
public record FactorYearUse(
    EmissionFactor factor, int activityYear, boolean earlier, Totals emissions) {

  /** The warning as a sentence, e.g. for a run's report. */
  public String sentence() {
    return sentence(
        factor.id(),
        factor.validFrom().toString(),
        factor.validTo().toString(),
        activityYear,
        earlier);
  }

  /**
   * The warning of a factor {@code factorId} valid {@code validFrom} to {@code validTo} used for
   * activity of {@code activityYear}, as {@link #sentence()} says it: also for warnings read back
   * from a stored run.
   */
  public static String sentence(
      String factorId, String validFrom, String validTo, int activityYear, boolean earlier) {
    return "factor "
        + factorId
        + " describes "
        + validFrom
        + " to "
        + validTo
        + " and was used for activity of "
        + activityYear
        + (earlier
            ? ": no factor for " + activityYear + ", the nearest earlier year's was used"
            : ": no factor for "
                + activityYear
                + " or earlier, the earliest later year's was used");
  }
}
