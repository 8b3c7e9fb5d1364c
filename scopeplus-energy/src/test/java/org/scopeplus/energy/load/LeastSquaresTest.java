package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LeastSquaresTest {

  /**
   * Hand calculation: x = 1, 2, 3, 4; y = 2, 3, 5, 6. x̄ = 2.5, ȳ = 4, Sxy = 7, Sxx = 5, so slope
   * 7/5 = 1.4 and intercept 4 - 1.4·2.5 = 0.5; residuals 0.1, -0.3, 0.3, -0.1, RSS 0.2; standard
   * error of the slope √(0.2 / 2 / 5) = √0.02.
   */
  @Test
  void aStraightLineByHand() {
    double[][] x = {{1, 1}, {1, 2}, {1, 3}, {1, 4}};
    double[] y = {2, 3, 5, 6};
    LeastSquares.Fit f = LeastSquares.fit(x, y, null);
    assertThat(f.coefficients()[0]).isCloseTo(0.5, within(1e-12));
    assertThat(f.coefficients()[1]).isCloseTo(1.4, within(1e-12));
    assertThat(f.residualSumOfSquares()).isCloseTo(0.2, within(1e-12));
    assertThat(f.standardError(1)).isCloseTo(Math.sqrt(0.02), within(1e-12));
    assertThat(f.rank()).isEqualTo(2);
  }

  /** A weight of 2 on a row gives the same fit as the row written twice. */
  @Test
  void aWeightOfTwoIsTheRowTwice() {
    double[][] x = {{1, 0}, {1, 1}, {1, 2}, {1, 5}};
    double[] y = {1, 2, 2, 7};
    LeastSquares.Fit weighted = LeastSquares.fit(x, y, new double[] {1, 2, 1, 1});
    LeastSquares.Fit twice =
        LeastSquares.fit(
            new double[][] {{1, 0}, {1, 1}, {1, 1}, {1, 2}, {1, 5}},
            new double[] {1, 2, 2, 2, 7},
            null);
    assertThat(weighted.coefficients()[0]).isCloseTo(twice.coefficients()[0], within(1e-12));
    assertThat(weighted.coefficients()[1]).isCloseTo(twice.coefficients()[1], within(1e-12));
    assertThat(weighted.residualSumOfSquares())
        .isCloseTo(twice.residualSumOfSquares(), within(1e-12));
  }

  /** A column equal to twice another is dropped; the fitted values stay the least-squares ones. */
  @Test
  void aDependentColumnIsDroppedAndTheFitIsUnchanged() {
    double[][] x = {{1, 1, 2}, {1, 2, 4}, {1, 3, 6}, {1, 4, 8}};
    double[] y = {2, 3, 5, 6};
    LeastSquares.Fit f = LeastSquares.fit(x, y, null);
    assertThat(f.rank()).isEqualTo(2);
    assertThat(f.kept()).containsExactly(true, true, false);
    assertThat(f.coefficients()[2]).isZero();
    assertThat(f.predict(new double[] {1, 3, 6})).isCloseTo(0.5 + 1.4 * 3, within(1e-12));
  }

  /** Rows of weight 0 are left out entirely. */
  @Test
  void aZeroWeightLeavesTheRowOut() {
    double[][] x = {{1, 1}, {1, 2}, {1, 3}, {1, 4}, {1, 100}};
    double[] y = {2, 3, 5, 6, -1e6};
    LeastSquares.Fit f = LeastSquares.fit(x, y, new double[] {1, 1, 1, 1, 0});
    assertThat(f.rows()).isEqualTo(4);
    assertThat(f.coefficients()[1]).isCloseTo(1.4, within(1e-12));
  }
}
