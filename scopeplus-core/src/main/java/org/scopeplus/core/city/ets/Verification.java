package org.scopeplus.core.city.ets;

/**
 * An enterprise's verified emissions and output of a compliance year (核查), as the verifier's report
 * states them; the true-up and the surrender obligation follow from it.
 */
public record Verification(String enterprise, int year, long emissionsTonnes, double output) {

  /** Text of the verification as stored. */
  public String state() {
    return enterprise + "|" + year + "|" + emissionsTonnes + "|" + output;
  }
}
