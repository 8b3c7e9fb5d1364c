package org.scopeplus.store.run;

/**
 * One stored line of a run's trace: a gas of an activity record, its factor with citation, and the
 * formula with its numbers.
 */
public record TraceLine(
    long lineNo,
    String recordId,
    String source,
    String orgUnit,
    String activityType,
    int scope,
    int category,
    String method,
    String gas,
    boolean biogenic,
    long gasGrams,
    long co2eGrams,
    String factorId,
    String factorLibrary,
    String citation,
    String factorNote,
    String formula) {

  /** The canonical text of the line, hashed into the run's result hash. */
  public String canonical() {
    return lineNo
        + "|"
        + recordId
        + "|"
        + source
        + "|"
        + orgUnit
        + "|"
        + activityType
        + "|"
        + scope
        + "|"
        + category
        + "|"
        + method
        + "|"
        + gas
        + "|"
        + biogenic
        + "|"
        + gasGrams
        + "|"
        + co2eGrams
        + "|"
        + factorId
        + "|"
        + factorLibrary
        + "|"
        + formula
        + "\n";
  }
}
