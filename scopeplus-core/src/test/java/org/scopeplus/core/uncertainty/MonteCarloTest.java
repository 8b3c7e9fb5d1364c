package org.scopeplus.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.scopeplus.core.uncertainty.ErrorPropagationTest.cell;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Approach 2 against Approach 1 and against its own seed. IPCC 2006 Vol. 1 Ch. 3 Sec. 3.2.3.2: with
 * small uncertainties and (near-)normal inputs the two approaches give the same interval; the
 * stated tolerance here is 5% of Approach 1's half-width with 20,000 iterations, several times the
 * sampling error of a 2.5th or 97.5th percentile at that count.
 */
class MonteCarloTest {

  private static final double TOLERANCE = 0.05;

  /** 60 lines over the three scopes, 20 records, 12 factors; uncertainties 2% to 10%. */
  private static List<UncertainLine> smallUncertainties(Distribution distribution) {
    List<UncertainLine> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int scope = 1 + i % 3;
      int category = scope == 3 ? 1 + i % 15 : 0;
      String record = "r" + (i % 20);
      double ua = 2 + (i % 20) % 4;
      double uf = 3 + (i % 12) % 8;
      lines.add(
          new UncertainLine(
              record,
              "f" + (i % 12) + "|s" + scope,
              scope,
              category,
              false,
              1_000_000L * (1 + i % 7),
              Uncertainty.percent(ua, distribution, "test"),
              Uncertainty.percent(uf, distribution, "test")));
    }
    return lines;
  }

  @Test
  void agreesWithApproach1WhenUncertaintiesAreSmallAndNormal() {
    compareWithApproach1(Distribution.NORMAL);
  }

  @Test
  void agreesWithApproach1WhenUncertaintiesAreSmallAndLognormal() {
    compareWithApproach1(Distribution.LOGNORMAL);
  }

  private static void compareWithApproach1(Distribution distribution) {
    List<UncertainLine> lines = smallUncertainties(distribution);
    List<Interval> one = ErrorPropagation.intervals(lines);
    List<Interval> two = MonteCarlo.intervals(lines, 20260101L, 20_000);
    assertThat(two).extracting(Interval::cell).isEqualTo(one.stream().map(Interval::cell).toList());
    for (Interval a : one) {
      Interval b = cell(two, a.cell());
      double halfWidth1 = (a.upperGrams() - a.lowerGrams()) / 2;
      double halfWidth2 = (b.upperGrams() - b.lowerGrams()) / 2;
      assertThat(halfWidth2).as(a.cell()).isCloseTo(halfWidth1, within(TOLERANCE * halfWidth1));
      assertThat(b.meanGrams()).as(a.cell()).isCloseTo(a.centralGrams(), within(halfWidth1 * 0.05));
      assertThat(b.centralGrams()).isEqualTo(a.centralGrams());
    }
  }

  @Test
  void aSeedGivesTheSameIntervalsOnAnyNumberOfThreads() throws Exception {
    List<UncertainLine> lines = smallUncertainties(Distribution.LOGNORMAL);
    List<Interval> first = MonteCarlo.intervals(lines, 42, 1000);
    List<Interval> again = MonteCarlo.intervals(lines, 42, 1000);
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      List<Interval> oneThread = one.submit(() -> MonteCarlo.intervals(lines, 42, 1000)).get();
      assertThat(oneThread).isEqualTo(first);
    } finally {
      one.shutdown();
    }
    assertThat(again).isEqualTo(first);
    assertThat(MonteCarlo.intervals(lines, 43, 1000)).isNotEqualTo(first);
  }

  @Test
  void sharedFactorsMoveTogether() {
    // two 100 t lines on one 10% factor, exact activity: the total's interval is 10% wide on each
    // side, as if it were one line, not sqrt(2) x 10% / 2
    Uncertainty none = Uncertainty.percent(0, Distribution.NORMAL, "test");
    Uncertainty ten = Uncertainty.percent(10, Distribution.NORMAL, "test");
    List<UncertainLine> lines =
        List.of(
            new UncertainLine("a", "f", 1, 0, false, 100_000_000L, none, ten),
            new UncertainLine("b", "f", 1, 0, false, 100_000_000L, none, ten));
    Interval total = cell(MonteCarlo.intervals(lines, 7, 20_000), "scope-1");
    assertThat(total.plusPercent()).isCloseTo(10.0, within(0.5));
    assertThat(total.minusPercent()).isCloseTo(10.0, within(0.5));
  }

  @Test
  void lognormalDrawsAreSkewedAndPositive() {
    // 100% lognormal: the lower bound stays above zero, the upper lies further from the centre
    Uncertainty wide = Uncertainty.percent(100, Distribution.LOGNORMAL, "test");
    Uncertainty none = Uncertainty.percent(0, Distribution.NORMAL, "test");
    List<UncertainLine> lines =
        List.of(new UncertainLine("a", "f", 3, 4, false, 1_000_000L, none, wide));
    Interval c = cell(MonteCarlo.intervals(lines, 1, 20_000), "scope-3-category-4");
    assertThat(c.lowerGrams()).isPositive();
    assertThat(c.plusPercent()).isGreaterThan(c.minusPercent());
  }

  @Test
  void refusesIterationCountsOutsideItsRange() {
    List<UncertainLine> lines = smallUncertainties(Distribution.NORMAL);
    assertThatThrownBy(() -> MonteCarlo.intervals(lines, 1, 99))
        .hasMessageContaining("iterations must be 100 to 1000000");
    assertThatThrownBy(() -> MonteCarlo.intervals(lines, 1, 1_000_001))
        .hasMessageContaining("not 1000001");
  }

  @Test
  void percentilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4, 5};
    // (5 - 1) x 0.025 = 0.1 -> 1 + 0.1 x (2 - 1)
    assertThat(MonteCarlo.percentile(sorted, 0.025)).isCloseTo(1.1, within(1e-12));
    assertThat(MonteCarlo.percentile(sorted, 0.975)).isCloseTo(4.9, within(1e-12));
  }
}
