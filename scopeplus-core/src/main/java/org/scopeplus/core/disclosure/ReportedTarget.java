package org.scopeplus.core.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.core.targets.YearProgress;

/**
 * A target as the annual report shows it: its pathway, in grams CO2e by year from the base year to
 * the target year, beside the trend of the report's years, and its actual and pathway values of the
 * reporting year at the head of the management ledgers. Only an absolute target on Scopes 1+2 or
 * 1+2+3, market-based, measures what the report's trend measures; the pathway values are those of
 * the target's progress ({@link TargetProgress}), so the report and the target's own progress never
 * differ.
 */
public final class ReportedTarget {

  private ReportedTarget() {}

  /**
   * The trend measure ({@link ReportContext#SCOPE_1_2_MARKET} or {@link
   * ReportContext#TOTAL_MARKET}) the target's emissions are, or empty when the report's trend has
   * no measure of its kind (an intensity, a share, a cumulative amount, a location-based or partial
   * coverage).
   */
  public static Optional<String> trendMeasure(Target t) {
    if (t.kind() != TargetKind.ABSOLUTE || t.coverage() == null || !t.coverage().scope2Market()) {
      return Optional.empty();
    }
    Set<Integer> scopes = t.coverage().scopes();
    if (scopes.equals(Set.of(1, 2))) {
      return Optional.of(ReportContext.SCOPE_1_2_MARKET);
    }
    if (scopes.equals(Set.of(1, 2, 3))) {
      return Optional.of(ReportContext.TOTAL_MARKET);
    }
    return Optional.empty();
  }

  /**
   * {@code context} with the pathway of {@code progress} beside its trend (the trend then measures
   * the target's scopes), and the target's actual (when the year has one) and pathway value of
   * {@code year} ahead of the management ledgers' other entries.
   *
   * @throws IllegalArgumentException when the target has no {@link #trendMeasure}
   */
  public static ReportContext shown(ReportContext context, TargetProgress progress, int year) {
    Target t = progress.target();
    String measure =
        trendMeasure(t)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "target '" + t.name() + "' measures nothing the report's trend shows"));
    SortedMap<Integer, Long> pathway = new TreeMap<>();
    YearProgress reported = null;
    for (YearProgress y : progress.years()) {
      if (y.year() <= t.targetYear()) {
        pathway.put(y.year(), Math.round(y.pathway() * 1_000_000));
      }
      if (y.year() == year) {
        reported = y;
      }
    }
    List<LedgerEntry> management = new ArrayList<>();
    String label = Integer.toString(year);
    if (reported != null && reported.actual() != null) {
      management.add(
          new LedgerEntry(
              "targets",
              t.name() + ": actual " + year,
              reported.actual(),
              "t CO2e",
              "target-actual",
              List.of(t.name(), label)));
    }
    if (pathway.containsKey(year)) {
      management.add(
          new LedgerEntry(
              "targets",
              t.name() + ": pathway " + year,
              pathway.get(year) / 1e6,
              "t CO2e",
              "target-pathway",
              List.of(t.name(), label)));
    }
    management.addAll(context.management());
    return context
        .withTrend(context.trend(), pathway, t.name(), measure)
        .withLedgers(management, context.avoided());
  }
}
