package org.scopeplus.store.city.inventory;

import org.scopeplus.core.calculation.ResultLine;

/**
 * One result line summed into a calculated GPC line, as kept: enough for a verifier to walk from
 * the line to the activity record and the factor with its source.
 *
 * @param recordId the activity record's id
 * @param file the activity file it was read from
 * @param row its row in the file
 * @param activityType the record's activity type
 * @param gas the gas of the result line
 * @param co2eGrams grams CO2e
 * @param factorId the factor's id, or null when none applied (the source then says why)
 * @param source the factor's source citation, or how the factor was chosen
 * @param formula the formula with its numbers
 */
public record TraceLine(
    String recordId,
    String file,
    long row,
    String activityType,
    String gas,
    long co2eGrams,
    String factorId,
    String source,
    String formula) {

  /** The kept form of a result line of the engine. */
  public static TraceLine of(ResultLine r) {
    return new TraceLine(
        r.record().id(),
        r.record().source().file(),
        r.record().source().row(),
        r.type().key(),
        r.gas().id(),
        r.co2eGrams(),
        r.factor() == null ? null : r.factor().id(),
        r.factor() == null ? r.factorNote() : r.factor().citation().shortText(),
        r.formula());
  }
}
