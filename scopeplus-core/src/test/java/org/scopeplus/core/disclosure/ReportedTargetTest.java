package org.scopeplus.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;
import org.scopeplus.core.targets.TargetProgress;

class ReportedTargetTest {

  private static Target target(String scopes, String basis, Pathway pathway) {
    return new Target(
        "T1",
        "Scopes " + scopes + " -50% by 2030",
        TargetKind.ABSOLUTE,
        "Group",
        Coverage.parse(scopes, basis).orElseThrow(),
        null,
        2020,
        2030,
        0.5,
        pathway,
        "");
  }

  private static TargetProgress progress(Target t, Map<Integer, Double> actuals) {
    ProgressOutcome o = TargetProgress.of(t, new TreeMap<>(actuals), null, 2024);
    return ((ProgressOutcome.Measured) o).progress();
  }

  @Test
  void aLinearPathwayStandsBesideTheTrendAndItsYearHeadsTheLedgers() {
    Target t = target("1+2", "market", Pathway.LINEAR);
    // by hand: base 1,000 t in 2020, -50% by 2030 on a straight line: 1,000 - 500 x 4/10 = 800 t
    // in 2024, 500 t from 2030
    TargetProgress p = progress(t, Map.of(2020, 1000.0, 2024, 900.0));
    LedgerEntry credits = new LedgerEntry("credits", "removal", 3, "t CO2e");
    ReportContext c =
        ReportedTarget.shown(ReportContext.NONE.withLedgers(List.of(credits), List.of()), p, 2024);
    assertThat(c.pathway()).hasSize(11);
    assertThat(c.pathway().get(2020)).isEqualTo(1_000_000_000L);
    assertThat(c.pathway().get(2024)).isEqualTo(800_000_000L);
    assertThat(c.pathway().get(2030)).isEqualTo(500_000_000L);
    assertThat(c.pathwayLabel()).isEqualTo(t.name());
    assertThat(c.trendMeasure()).isEqualTo(ReportContext.SCOPE_1_2_MARKET);
    assertThat(c.management())
        .extracting(LedgerEntry::labelKey, LedgerEntry::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("target-actual", 900.0),
            org.assertj.core.groups.Tuple.tuple("target-pathway", 800.0),
            org.assertj.core.groups.Tuple.tuple("", 3.0));
  }

  @Test
  void anAbsoluteContractionPathwayFollowsItsAnnualReduction() {
    Target t = target("1+2+3", "market", Pathway.ACA_1_5C);
    // by hand (SBTi absolute contraction for 1.5C, 4.2% of the base a year): 1,000 x (1 - 0.042 x
    // 4) = 832 t in 2024; no actual in 2024, so only the pathway value is in the ledgers
    ReportContext c =
        ReportedTarget.shown(ReportContext.NONE, progress(t, Map.of(2020, 1000.0)), 2024);
    assertThat(c.pathway().get(2024)).isEqualTo(832_000_000L);
    assertThat(c.trendMeasure()).isEqualTo(ReportContext.TOTAL_MARKET);
    assertThat(c.management()).extracting(LedgerEntry::labelKey).containsExactly("target-pathway");
  }

  @Test
  void onlyAMarketBasedTargetOnTheTrendsScopesIsShown() {
    assertThat(ReportedTarget.trendMeasure(target("1+2", "location", Pathway.LINEAR))).isEmpty();
    assertThat(ReportedTarget.trendMeasure(target("3", null, Pathway.LINEAR))).isEmpty();
    assertThat(ReportedTarget.trendMeasure(target("1+2", "market", Pathway.LINEAR)))
        .contains(ReportContext.SCOPE_1_2_MARKET);
    Target location = target("1+2", "location", Pathway.LINEAR);
    TargetProgress p = progress(location, Map.of(2020, 1000.0));
    assertThatThrownBy(() -> ReportedTarget.shown(ReportContext.NONE, p, 2024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("measures nothing the report's trend shows");
  }
}
