package org.scopeplus.store.run;

import org.scopeplus.store.HashBytes;

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

  /**
   * Adds the bytes of {@link #canonical()} in UTF-8 to {@code hash}, without making the text: what
   * the run does for every line it writes on H2 (on PostgreSQL {@link TraceLineRows#write} writes
   * the same bytes with the line's COPY row).
   */
  void canonicalInto(HashBytes hash) {
    hash.decimal(lineNo).ascii('|');
    hash.text(String.valueOf(recordId)).ascii('|');
    hash.text(String.valueOf(source)).ascii('|');
    hash.text(String.valueOf(orgUnit)).ascii('|');
    hash.text(String.valueOf(activityType)).ascii('|');
    middleInto(hash);
    hash.text(String.valueOf(formula)).ascii('\n');
  }

  /**
   * Adds the bytes of {@link #canonical()} from the scope to the library, with the separator after
   * it: the part between the activity type and the formula.
   */
  void middleInto(HashBytes hash) {
    hash.decimal(scope).ascii('|');
    hash.decimal(category).ascii('|');
    hash.text(String.valueOf(method)).ascii('|');
    hash.text(String.valueOf(gas)).ascii('|');
    hash.text(biogenic ? "true" : "false").ascii('|');
    hash.decimal(gasGrams).ascii('|');
    hash.decimal(co2eGrams).ascii('|');
    hash.text(String.valueOf(factorId)).ascii('|');
    hash.text(String.valueOf(factorLibrary)).ascii('|');
  }
}
