package org.scopeplus.core.city.ets;

import java.time.LocalDate;

/** An enterprise's compliance (履约) for a year, on a given day. */
public sealed interface Compliance {

  String enterprise();

  int year();

  /** No verified emissions recorded yet: nothing is due. */
  record NotVerified(String enterprise, int year) implements Compliance {}

  /** Surrendered at least the verified emissions. */
  record Compliant(String enterprise, int year, long verified, long surrendered)
      implements Compliance {}

  /** Not yet surrendered in full, and the deadline has not passed. */
  record Due(String enterprise, int year, long verified, long surrendered, LocalDate deadline)
      implements Compliance {
    public long outstanding() {
      return verified - surrendered;
    }
  }

  /**
   * The deadline has passed with {@code shortfallTonnes} not surrendered: a fine in the configured
   * range, and the shortfall deducted from the next year's allocation when the rules say so.
   */
  record Shortfall(
      String enterprise,
      int year,
      long verified,
      long surrendered,
      long shortfallTonnes,
      long fineMinYuan,
      long fineMaxYuan,
      long nextYearDeduction)
      implements Compliance {}
}
