package org.scopeplus.core.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The claim table on hand-worked cases. Base year 1,000 t, gross 400 t in the reporting year: 600 t
 * (60%) reduced. Retired for the year: 100 t nature-based removals, 50 t technological removals,
 * 300 t offsets: 450 t of credits against 400 t gross, so carbon neutrality (ISO 14068-1) holds;
 * net zero (SBTi) does not, as 60% is below 90% and 150 t of removals do not neutralise 400 t.
 */
class NeutralityClaimTest {

  private static final long T = 1_000_000L;

  @Test
  void theStepsStandSideBySideAndEachVerdictGivesItsReason() {
    NeutralityClaim c =
        NeutralityClaim.of(
            "Scopes 1+2 (market-based)",
            2025,
            400 * T,
            2020,
            1000 * T,
            Map.of(
                CreditKind.NATURE_BASED_REMOVAL, 100L,
                CreditKind.TECHNOLOGICAL_REMOVAL, 50L,
                CreditKind.AVOIDANCE_REDUCTION, 300L),
            2_000 * T);
    assertThat(c.lines())
        .extracting(NeutralityClaim.Line::tonnes)
        .containsExactly(400.0, 600.0, 100.0, 50.0, 300.0, 0.0, 2000.0);
    assertThat(c.lines().get(6).counted()).isFalse();
    assertThat(c.grossGrams()).isEqualTo(400 * T);
    assertThat(c.carbonNeutral()).isTrue();
    assertThat(c.netZero()).isFalse();
    assertThat(c.reasons())
        .containsExactly(
            "carbon neutrality holds: emissions fell 60.0% since base year 2020 and 450 t of"
                + " credits retired for 2025 counterbalance the 400 t gross emissions",
            "net zero does not hold: emissions are 60.0% below base year 2020, and the SBTi"
                + " Net-Zero Standard asks for at least 90%",
            "net zero does not hold: 150 t of removals retired for 2025 do not neutralise the 400"
                + " t residual emissions; offsets do not count toward net zero");
  }

  @Test
  void tooFewCreditsLeaveResidualEmissionsAndTheClaimDoesNotHold() {
    // 1,200 t gross against 1,000 t in the base year: no reduction; 300 t credits leave 900 t
    NeutralityClaim c =
        NeutralityClaim.of(
            "Scope 1",
            2025,
            1200 * T,
            2020,
            1000 * T,
            Map.of(CreditKind.AVOIDANCE_REDUCTION, 300L),
            -1);
    assertThat(c.residualGrams()).isEqualTo(900 * T);
    assertThat(c.lines()).hasSize(6);
    assertThat(c.carbonNeutral()).isFalse();
    assertThat(c.reasons())
        .startsWith(
            "carbon neutrality does not hold: Scope 1 emissions have not fallen since base year"
                + " 2020, and ISO 14068-1:2023 puts reductions before counterbalancing",
            "carbon neutrality does not hold: the 300 t of credits retired for 2025 fall short of"
                + " the 1,200 t gross emissions by 900 t");
  }

  @Test
  void netZeroHoldsWithDeepReductionsAndRemovalsOnly() {
    // 95 t against 1,000 t: 90.5% below; 95 t of removals neutralise them
    NeutralityClaim c =
        NeutralityClaim.of(
            "Scopes 1+2",
            2040,
            95 * T,
            2020,
            1000 * T,
            Map.of(CreditKind.TECHNOLOGICAL_REMOVAL, 95L),
            -1);
    assertThat(c.netZero()).isTrue();
    assertThat(c.carbonNeutral()).isTrue();
    assertThat(c.reasons().get(1))
        .isEqualTo(
            "net zero holds: emissions are 90.5% below base year 2020 and the residual emissions"
                + " are neutralised by removals");
  }
}
