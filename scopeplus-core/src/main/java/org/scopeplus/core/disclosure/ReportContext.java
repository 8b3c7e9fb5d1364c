package org.scopeplus.core.disclosure;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.supplier.EngagementYear;
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
 * @param trendMeasure what the trend and the pathway measure: {@code total-market} (Scopes 1, 2
 *     market-based and 3) or {@code scope-1-2-market}
 * @param verification the verifier's statement, or null
 * @param management the management ledgers' figures
 * @param avoided the Scope 3+ avoided emissions' figures
 * @param revenue net revenue of the reporting year, or null
 * @param supplierEngagement the supplier engagement figures by year, or null when no supplier
 *     register was given (then the report has no such figures: none is measured as 0)
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
    String trendMeasure,
    VerificationStatement verification,
    List<LedgerEntry> management,
    List<LedgerEntry> avoided,
    IntensityDenominator revenue,
    SortedMap<Integer, EngagementYear> supplierEngagement) {

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
          "total-market",
          null,
          List.of(),
          List.of(),
          null,
          null);

  /** The trend measure of Scopes 1, 2 (market-based) and 3. */
  public static final String TOTAL_MARKET = "total-market";

  /** The trend measure of Scopes 1 and 2 (market-based). */
  public static final String SCOPE_1_2_MARKET = "scope-1-2-market";

  public ReportContext {
    if (!TOTAL_MARKET.equals(trendMeasure) && !SCOPE_1_2_MARKET.equals(trendMeasure)) {
      throw new IllegalArgumentException("trend measure is total-market or scope-1-2-market");
    }
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

  /** With the uncertainty intervals of one approach. */
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
        trendMeasure,
        verification,
        management,
        avoided,
        revenue,
        supplierEngagement);
  }

  /** With the base year, its totals and its restatements. */
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
        trendMeasure,
        verification,
        management,
        avoided,
        revenue,
        supplierEngagement);
  }

  /** With the years of the trend and a target's pathway of the same measure. */
  public ReportContext withTrend(
      SortedMap<Integer, Totals> years,
      SortedMap<Integer, Long> targetPathway,
      String label,
      String measure) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        years,
        targetPathway,
        label,
        measure,
        verification,
        management,
        avoided,
        revenue,
        supplierEngagement);
  }

  /** With the verifier's statement. */
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
        trendMeasure,
        statement,
        management,
        avoided,
        revenue,
        supplierEngagement);
  }

  /** With the management ledgers and the Scope 3+ avoided emissions. */
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
        trendMeasure,
        verification,
        managed,
        scope3Plus,
        revenue,
        supplierEngagement);
  }

  /** With the year's net revenue. */
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
        trendMeasure,
        verification,
        management,
        avoided,
        netRevenue,
        supplierEngagement);
  }

  /** With the supplier engagement figures of the years (from a supplier register). */
  public ReportContext withSupplierEngagement(SortedMap<Integer, EngagementYear> years) {
    return new ReportContext(
        uncertainty,
        uncertaintyApproach,
        baseYear,
        baseYearTotals,
        restatements,
        trend,
        pathway,
        pathwayLabel,
        trendMeasure,
        verification,
        management,
        avoided,
        revenue,
        java.util.Collections.unmodifiableSortedMap(new TreeMap<>(years)));
  }

  /** The trend measure of a year's totals, grams CO2e. */
  public long trendValue(Totals t) {
    return SCOPE_1_2_MARKET.equals(trendMeasure)
        ? Math.addExact(t.scope1(), t.scope2Market())
        : t.totalMarket();
  }
}
