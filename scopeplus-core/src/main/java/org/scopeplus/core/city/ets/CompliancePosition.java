package org.scopeplus.core.city.ets;

import java.time.LocalDate;

/**
 * An enterprise's position for a compliance year on a given day, as the service and the command
 * line show it: allowances allocated (net of claw-backs, deductions and reversals), tonnes deducted
 * from this year's allocation for an earlier shortfall, verified emissions, what was surrendered,
 * and its compliance. {@code balance} is allocated less verified: a surplus when positive, a
 * deficit to buy or bank from earlier vintages when negative (0 while not verified). {@code status}
 * is not-verified, compliant, due or shortfall; {@code outstanding} the tonnes still to surrender
 * before the deadline or short after it; {@code nextYearDeduction} the tonnes the next year's
 * allocation loses for this year's shortfall under the rules.
 */
public record CompliancePosition(
    String enterprise,
    int year,
    long allocated,
    long deducted,
    Long verified,
    long surrenderedAllowances,
    long surrenderedCcer,
    long balance,
    String status,
    long outstanding,
    long nextYearDeduction,
    Compliance compliance) {

  /** The position of {@code enterprise} in {@code year} on {@code on}, by the ledger's rules. */
  public static CompliancePosition of(EtsLedger l, String enterprise, int year, LocalDate on) {
    long allocated = l.allocated(enterprise, year);
    Long verified =
        l.verification(enterprise, year).map(Verification::emissionsTonnes).orElse(null);
    Compliance c = l.compliance(enterprise, year, on);
    return new CompliancePosition(
        enterprise,
        year,
        allocated,
        l.deducted(enterprise, year),
        verified,
        l.surrendered(enterprise, year, Unit.ALLOWANCE),
        l.surrendered(enterprise, year, Unit.CCER),
        verified == null ? 0 : Math.subtractExact(allocated, verified),
        status(c),
        outstanding(c),
        c instanceof Compliance.Shortfall s ? s.nextYearDeduction() : 0,
        c);
  }

  /** The status word of a compliance: not-verified, compliant, due or shortfall. */
  public static String status(Compliance compliance) {
    if (compliance instanceof Compliance.Compliant) {
      return "compliant";
    }
    if (compliance instanceof Compliance.Due) {
      return "due";
    }
    if (compliance instanceof Compliance.Shortfall) {
      return "shortfall";
    }
    return "not-verified";
  }

  /** Tonnes still to surrender before the deadline, or short after it; 0 otherwise. */
  private static long outstanding(Compliance compliance) {
    if (compliance instanceof Compliance.Due d) {
      return d.outstanding();
    }
    if (compliance instanceof Compliance.Shortfall s) {
      return s.shortfallTonnes();
    }
    return 0;
  }
}
