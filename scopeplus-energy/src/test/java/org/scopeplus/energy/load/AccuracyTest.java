package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AccuracyTest {

  /**
   * Hand calculation: actual 10, 12, 14 against predicted 11, 12, 12, errors -1, 0, 2; ȳ = 12. With
   * p = 0: CV(RMSE) = √(5/3)/12 = 0.1075829, NMBE = 1/(3·12) = 0.0277778, MAE = 1. With p = 1:
   * CV(RMSE) = √(5/2)/12 = 0.1317616, NMBE = 1/(2·12) = 0.0416667.
   */
  @Test
  void guideline14FiguresByHand() {
    Predictions p =
        new Predictions(
            new long[] {0, 3600, 7200},
            new double[] {11, 12, 12},
            new double[] {10, 12, 14},
            Predictions.Granularity.HOUR);
    Accuracy a = Accuracy.of(p, 0);
    assertThat(a.n()).isEqualTo(3);
    assertThat(a.cvRmse()).isCloseTo(0.1075829, within(1e-7));
    assertThat(a.nmbe()).isCloseTo(0.0277778, within(1e-7));
    assertThat(a.mae()).isCloseTo(1, within(1e-12));
    assertThat(a.withinHourlyLimits()).isTrue();
    Accuracy b = Accuracy.of(p, 1);
    assertThat(b.cvRmse()).isCloseTo(0.1317616, within(1e-7));
    assertThat(b.nmbe()).isCloseTo(0.0416667, within(1e-7));
  }

  @Test
  void intervalsWithoutAReadingDoNotCount() {
    Predictions p =
        new Predictions(
            new long[] {0, 3600},
            new double[] {11, 5},
            new double[] {10, Double.NaN},
            Predictions.Granularity.HOUR);
    assertThat(Accuracy.of(p, 0).n()).isEqualTo(1);
    assertThat(Accuracy.of(p, 0).mae()).isEqualTo(1);
  }
}
