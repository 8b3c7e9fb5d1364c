package org.scopeplus.energy.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Critical values of Student's t from NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.2
 * (upper critical values of the t distribution), and the normal limit 1.959964.
 */
class StudentTTest {

  @Test
  void twoSidedCriticalValuesOfTheNistTable() {
    assertThat(StudentT.quantileTwoSided(0.90, 10)).isCloseTo(1.812, within(5e-4));
    assertThat(StudentT.quantileTwoSided(0.95, 10)).isCloseTo(2.228, within(5e-4));
    assertThat(StudentT.quantileTwoSided(0.95, 1)).isCloseTo(12.706, within(5e-4));
    assertThat(StudentT.quantileTwoSided(0.99, 20)).isCloseTo(2.845, within(5e-4));
    assertThat(StudentT.quantileTwoSided(0.90, 19)).isCloseTo(1.729, within(5e-4));
    assertThat(StudentT.quantileTwoSided(0.95, 1e7)).isCloseTo(1.959964, within(1e-5));
  }

  @Test
  void pValuesAreTheTableTurnedRound() {
    assertThat(StudentT.twoSidedP(2.228139, 10)).isCloseTo(0.05, within(1e-6));
    assertThat(StudentT.twoSidedP(0, 5)).isCloseTo(1, within(1e-12));
    assertThat(StudentT.twoSidedP(Double.POSITIVE_INFINITY, 5)).isZero();
    // ν = 1 is the Cauchy distribution: P(|T| > 1) = 1/2 exactly
    assertThat(StudentT.twoSidedP(1, 1)).isCloseTo(0.5, within(1e-8));
  }
}
