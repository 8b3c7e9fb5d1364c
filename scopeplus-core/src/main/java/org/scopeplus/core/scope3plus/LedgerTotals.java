package org.scopeplus.core.scope3plus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the ledger has counted: events, refusals by reason, grams per programme, action, region and
 * month, credits deducted and progress. Gross minus deducted is the Scope 3+ claim; it stands apart
 * from the inventory and from carbon credits. Every sum is exact: an overflow throws {@link
 * ArithmeticException} (the ledger's magnitude bound keeps its own totals from ever getting there).
 *
 * @param catalogVersion the methodology catalog version
 * @param acceptedEvents events counted
 * @param rejections refusals by reason (every reason present, zero when none)
 * @param grossGrams grams avoided before deductions
 * @param weakGrams the part of the gross resting on a secondary or unchecked value
 * @param deductedGrams grams of credits sold out of platform activity
 * @param byProgramme gross grams per programme
 * @param deductedByProgramme deducted grams per programme
 * @param byAction grams per action type
 * @param byRegion grams per region
 * @param byMonth grams per month ({@code yyyy-MM})
 * @param rows the aggregate cells
 * @param progress progress against the 1.5 Gt target, net of deductions
 * @param attributedGrams the part of the gross attributed to the platform and its users: per
 *     action, its grams x its methodology's attribution share, rounded once half-even, summed
 *     (WBCSD Guidance on Avoided Emissions, 2023); reported beside the gross, which stays the
 *     unattributed total
 * @param attributedByAction attributed grams per action type
 */
public record LedgerTotals(
    String catalogVersion,
    long acceptedEvents,
    Map<RejectionReason, Long> rejections,
    long grossGrams,
    long weakGrams,
    long deductedGrams,
    Map<String, Long> byProgramme,
    Map<String, Long> deductedByProgramme,
    Map<String, Long> byAction,
    Map<String, Long> byRegion,
    Map<String, Long> byMonth,
    List<AggregateRow> rows,
    Progress progress,
    long attributedGrams,
    Map<String, Long> attributedByAction) {

  /** Net grams claimed: gross minus credits sold. */
  public long netGrams() {
    return Math.subtractExact(grossGrams, deductedGrams);
  }

  /**
   * Net tonnes CO2e avoided per year of the target period ({@link Progress#FIRST_YEAR} to {@link
   * Progress#LAST_YEAR}), from the first year in which the ledger counted anything to the last:
   * each year's net grams (gross minus credits sold) over 10^6. A year between them without a
   * counted event is 0 (the ledger was kept and counted nothing); a year before the first or after
   * the last is no actual, not a zero. What a cumulative target on the Scope 3+ ledger takes as its
   * actuals.
   */
  public java.util.SortedMap<Integer, Double> netTonnesByYear() {
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (String month : byMonth.keySet()) {
      int y = Integer.parseInt(month.substring(0, 4));
      first = Math.min(first, y);
      last = Math.max(last, y);
    }
    java.util.SortedMap<Integer, Double> out = new TreeMap<>();
    for (Progress.Year y : progress.years()) {
      if (y.year() >= first && y.year() <= last) {
        out.put(y.year(), y.grams() / 1e6);
      }
    }
    return out;
  }

  /** All refusals. */
  public long rejectedEvents() {
    return rejections.values().stream().mapToLong(Long::longValue).reduce(0, Math::addExact);
  }

  /**
   * Fills {@code out} with each action's attributed grams and returns their sum. An action no
   * longer in the catalog (a restated one has no grams left) is attributed in full.
   */
  private static long attributed(
      Map<String, Long> byAction, MethodologyCatalog catalog, Map<String, Long> out) {
    long sum = 0;
    for (Map.Entry<String, Long> e : byAction.entrySet()) {
      Methodology m = catalog == null ? null : catalog.byAction(e.getKey());
      long a = m == null ? e.getValue() : m.claiming().attributed(e.getValue());
      out.put(e.getKey(), a);
      sum = Math.addExact(sum, a);
    }
    return sum;
  }

  static LedgerTotals of(
      String version,
      long accepted,
      long[] rejected,
      List<AggregateRow> rows,
      List<CreditDeduction> deductions,
      MethodologyCatalog catalog) {
    Map<RejectionReason, Long> rej = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      rej.put(r, rejected[r.ordinal()]);
    }
    long gross = 0;
    long weak = 0;
    Map<String, Long> programme = new TreeMap<>();
    Map<String, Long> action = new TreeMap<>();
    Map<String, Long> region = new TreeMap<>();
    Map<String, Long> month = new TreeMap<>();
    Map<Integer, Long> year = new TreeMap<>();
    for (AggregateRow r : rows) {
      gross = Math.addExact(gross, r.grams());
      weak = Math.addExact(weak, r.weakGrams());
      programme.merge(r.programme(), r.grams(), Math::addExact);
      action.merge(r.action(), r.grams(), Math::addExact);
      region.merge(r.region(), r.grams(), Math::addExact);
      month.merge(r.month(), r.grams(), Math::addExact);
      year.merge(Integer.parseInt(r.month().substring(0, 4)), r.grams(), Math::addExact);
    }
    Map<String, Long> attributedByAction = new TreeMap<>();
    long deducted = 0;
    Map<String, Long> deductedByProgramme = new TreeMap<>();
    for (CreditDeduction d : deductions) {
      deducted = Math.addExact(deducted, d.grams());
      deductedByProgramme.merge(d.programme(), d.grams(), Math::addExact);
      year.merge(d.monthIndex() / 12, -d.grams(), Math::addExact);
    }
    return new LedgerTotals(
        version,
        accepted,
        rej,
        gross,
        weak,
        deducted,
        programme,
        deductedByProgramme,
        action,
        region,
        month,
        List.copyOf(rows),
        Progress.of(year),
        attributed(action, catalog, attributedByAction),
        attributedByAction);
  }
}
