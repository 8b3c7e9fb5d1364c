package org.scopeplus.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Approach 1 against hand calculations with the 2006 IPCC Guidelines, Vol. 1 Ch. 3, Equation 3.1
 * ({@code U = sqrt(U1^2 + ... + Un^2)} for a product) and Equation 3.2 ({@code U = sqrt((U1 x1)^2 +
 * ... + (Un xn)^2) / |x1 + ... + xn|} for a sum).
 */
class ErrorPropagationTest {

  private static Uncertainty normal(double percent) {
    return Uncertainty.percent(percent, Distribution.NORMAL, "test");
  }

  private static UncertainLine scope1(
      String record, String factor, long grams, double ua, double uf) {
    return new UncertainLine(record, factor, 1, 0, false, grams, normal(ua), normal(uf));
  }

  @Test
  void equation31CombinesTheUncertaintiesOfAProduct() {
    // 2% activity and 5% factor: sqrt(2^2 + 5^2) = sqrt(29) = 5.3852%
    assertThat(ErrorPropagation.product(0.02, 0.05)).isCloseTo(0.053852, within(1e-6));
    // three terms 3%, 4%, 12%: sqrt(9 + 16 + 144) = 13%
    assertThat(ErrorPropagation.product(0.03, 0.04, 0.12)).isCloseTo(0.13, within(1e-12));
  }

  @Test
  void equation32CombinesTheUncertaintiesOfASum() {
    // 100 t at 5.3852% and 50 t at 31.623%: sqrt(5.3852^2 + 15.811^2) / 150
    // = sqrt(29.0 + 250.0) / 150 = 16.703 / 150 = 11.135%
    double u =
        ErrorPropagation.sum(
            new double[] {Math.sqrt(0.0029), Math.sqrt(0.1)}, new double[] {100, 50});
    assertThat(u).isCloseTo(0.111355, within(1e-6));
  }

  @Test
  void aTotalOfIndependentLinesFollowsEquations31And32() {
    // line A: 100 t, activity 2%, factor 5% -> 5.3852% (Eq. 3.1)
    // line B: 50 t, activity 10%, factor 30% -> sqrt(100 + 900) = 31.623% (Eq. 3.1)
    // total 150 t: 11.135% (Eq. 3.2, as above); bounds 150 x (1 -/+ 0.111355)
    List<Interval> intervals =
        ErrorPropagation.intervals(
            List.of(scope1("a", "fa", 100_000_000L, 2, 5), scope1("b", "fb", 50_000_000L, 10, 30)));
    Interval total = cell(intervals, "total-location-based");
    assertThat(total.centralGrams()).isEqualTo(150_000_000L);
    assertThat(total.minusPercent()).isCloseTo(11.1355, within(1e-3));
    assertThat(total.plusPercent()).isCloseTo(11.1355, within(1e-3));
    assertThat(total.lowerGrams()).isCloseTo(133_296_750, within(200.0));
    assertThat(cell(intervals, "scope-1").plusPercent()).isCloseTo(11.1355, within(1e-3));
  }

  @Test
  void linesSharingAFactorAreFullyCorrelated() {
    // two 100 t lines on one factor of 10%, exact activity: the factor error applies to 200 t
    // at once, 10% (not the 7.07% that independent factors would give)
    List<Interval> shared =
        ErrorPropagation.intervals(
            List.of(scope1("a", "f", 100_000_000L, 0, 10), scope1("b", "f", 100_000_000L, 0, 10)));
    assertThat(cell(shared, "scope-1").plusPercent()).isCloseTo(10.0, within(1e-9));
    List<Interval> independent =
        ErrorPropagation.intervals(
            List.of(
                scope1("a", "f1", 100_000_000L, 0, 10), scope1("b", "f2", 100_000_000L, 0, 10)));
    assertThat(cell(independent, "scope-1").plusPercent())
        .isCloseTo(100 * Math.sqrt(0.02) / 2, within(1e-9));
  }

  @Test
  void scope2LinesGoToTheTotalOfTheirMethodOnly() {
    UncertainLine location =
        new UncertainLine("e", "grid|CO2", 2, 0, false, 500, normal(2), normal(10));
    UncertainLine market = new UncertainLine("e", "rm|CO2", 2, 0, true, 700, normal(2), normal(10));
    List<Interval> intervals = ErrorPropagation.intervals(List.of(location, market));
    assertThat(cell(intervals, "total-location-based").centralGrams()).isEqualTo(500);
    assertThat(cell(intervals, "total-market-based").centralGrams()).isEqualTo(700);
    assertThat(intervals).extracting(Interval::cell).doesNotContain("scope-1", "scope-3");
  }

  @Test
  void aRecordGivenTwoUncertaintiesIsAProgrammingError() {
    assertThatThrownBy(
            () ->
                ErrorPropagation.intervals(
                    List.of(scope1("a", "f1", 1, 2, 5), scope1("a", "f2", 1, 3, 5))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("record a is given two uncertainties");
  }

  static Interval cell(List<Interval> intervals, String name) {
    return intervals.stream().filter(i -> i.cell().equals(name)).findFirst().orElseThrow();
  }
}
