package org.scopeplus.store.baseyear;

/**
 * Whether a recalculated base year must be restated.
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
    String explanation) {}
