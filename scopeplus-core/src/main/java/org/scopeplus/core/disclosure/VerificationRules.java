package org.scopeplus.core.disclosure;

import java.util.Optional;

/**
 * What a verifier's finding and opinion must hold to be recorded: a materiality, the run and the
 * line or record concerned, a text; an assurance level and a materiality threshold above 0 and at
 * most 1 (a share of the total). Each check answers the sentence that refuses, or empty.
 */
public final class VerificationRules {

  /** The most characters of a finding, a response or an opinion. */
  public static final int MAX_TEXT = 4000;

  private VerificationRules() {}

  /** Why a finding cannot be recorded, or empty. */
  public static Optional<String> refusesFinding(
      String materiality, Long lineNo, String recordId, String text) {
    if (Materiality.parse(materiality).isEmpty()) {
      return Optional.of("materiality is material or immaterial");
    }
    boolean line = lineNo != null;
    boolean record = recordId != null && !recordId.isBlank();
    if (line == record) {
      return Optional.of("name the lineNo or the recordId the finding concerns, one of them");
    }
    if (line && lineNo < 1) {
      return Optional.of("lineNo is 1 or more");
    }
    return refusesText("finding", text);
  }

  /** Why an opinion cannot be recorded, or empty. */
  public static Optional<String> refusesOpinion(String assurance, Double threshold, String text) {
    if (Assurance.parse(assurance).isEmpty()) {
      return Optional.of("assurance is reasonable or limited");
    }
    if (threshold == null || !(threshold > 0 && threshold <= 1)) {
      return Optional.of(
          "materialityThreshold is the share of the total used, above 0 and at most 1 (e.g. 0.05)");
    }
    return refusesText("opinion", text);
  }

  /** Why a text (a finding, a response, an opinion) cannot be recorded, or empty. */
  public static Optional<String> refusesText(String what, String text) {
    if (text == null || text.isBlank()) {
      return Optional.of("give the " + what + "'s text");
    }
    if (text.length() > MAX_TEXT) {
      return Optional.of(
          "the " + what + " has " + text.length() + " characters; at most " + MAX_TEXT);
    }
    return Optional.empty();
  }
}
