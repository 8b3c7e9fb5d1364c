package org.scopeplus.core.disclosure;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.uncertainty.Interval;

/**
 * What an annual report shows beside the run's own lines, each part optional: the uncertainty
 * intervals, the base year with its restatements, the earlier years and the target pathway, the
 * verification statement, the management ledgers, the Scope 3+ avoided emissions, net revenue.
 *
 * @param uncertainty 95% intervals per total (IPCC Approach 1 or 2), empty when not assessed
 * @param uncertaintyApproach {@code 1} or {@code 2}, "" when not assessed
 * @param baseYear the base year, 0 when none is set
 * @param baseYearTotals the base year's totals, null when none is set
 * @param restatements every restatement of the base year, oldest first
 * @param trend the totals of each year shown in the trend, by year (the reporting year included)
 * @param pathway a target pathway in grams CO2e by year, empty when no target
 * @param pathwayLabel the pathway's target, in the user's words
 * @param verification the verifier's statement, or null
 * @param management the management ledgers' figures
 * @param avoided the Scope 3+ avoided emissions' figures
 * @param revenue net revenue of the reporting year, or null
 */
public record ReportContext(
    List<Interval> uncertainty,
    String uncertaintyApproach,
    int baseYear,
    Totals baseYearTotals,
    List<Restatement> restatements,
    SortedMap<Integer, Totals> trend,
    SortedMap<Integer, Long> pathway,
    String pathwayLabel,
    VerificationStatement verification,
    List<LedgerEntry> management,
    List<LedgerEntry> avoided,
    IntensityDenominator revenue) {

  /** Nothing beside the lines. */
  public static final ReportContext NONE =
      new ReportContext(
          List.of(),
          "",
          0,
          null,
          List.of(),
          new TreeMap<>(),
          new TreeMap<>(),
          "",
          null,
          List.of(),
          List.of(),
          null);

  public ReportContext {
    uncertainty = List.copyOf(uncertainty);
    uncertaintyApproach = uncertaintyApproach == null ? "" : uncertaintyApproach;
    restatements = List.copyOf(restatements);
    trend = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(trend));
    pathway = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(pathway));
    pathwayLabel = pathwayLabel == null ? "" : pathwayLabel;
    management = List.copyOf(management);
    avoided = List.copyOf(avoided);
    for (LedgerEntry e : avoided) {
      if (!e.ledger().equals("scope3plus")) {
        throw new IllegalArgumentException("avoided emissions are the scope3plus ledger only");
      }
    }
    for (LedgerEntry e : management) {
      if (e.ledger().equals("scope3plus")) {
        throw new IllegalArgumentException("Scope 3+ figures go in their own section");
      }
    }
  }

  public ReportContext withUncertainty(List<Interval> intervals, String approach) {
    return new ReportContext(
        intervals,
        approach,
        baseYear,
        baseYearTotals,
        restatements,
        trend,
        pathway,
        pathwayLabel,
        verification,
        management,
        avoided,
        revenue);
  }

  public ReportContext withBaseYear(int year, Totals totals, List<Restatement> restated) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        year,
        totals,
        restated,
        trend,
        pathway,
        pathwayLabel,
        verification,
        management,
        avoided,
        revenue);
  }

  public ReportContext withTrend(
      SortedMap<Integer, Totals> years, SortedMap<Integer, Long> targetPathway, String label) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        years,
        targetPathway,
        label,
        verification,
        management,
        avoided,
        revenue);
  }

  public ReportContext withVerification(VerificationStatement statement) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        trend,
        pathway,
        pathwayLabel,
        statement,
        management,
        avoided,
        revenue);
  }

  public ReportContext withLedgers(List<LedgerEntry> managed, List<LedgerEntry> scope3Plus) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        trend,
        pathway,
        pathwayLabel,
        verification,
        managed,
        scope3Plus,
        revenue);
  }

  public ReportContext withRevenue(IntensityDenominator netRevenue) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        trend,
        pathway,
        pathwayLabel,
        verification,
        management,
        avoided,
        netRevenue);
  }
}
