package org.scopeplus.core.city.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void theLeftOverGramGoesToTheLargestRemainder() {
    // quotas 7 x (0.5, 0.3, 0.2) = 3.5, 2.1, 1.4: floors 3, 2, 1 (6 g); the 7th gram to 0.5
    assertThat(LargestRemainder.split(7, new double[] {0.5, 0.3, 0.2})).containsExactly(4, 2, 1);
  }

  @Test
  void onATieTheEarlierPartIsFirst() {
    // 100 / 3 = 33.33 each: floors 99, the one gram left to the first part
    assertThat(LargestRemainder.split(100, new double[] {1, 1, 1})).containsExactly(34, 33, 33);
  }

  @Test
  void aZeroWeightGetsNothing() {
    assertThat(LargestRemainder.split(5, new double[] {0, 1, 0, 1})).containsExactly(0, 3, 0, 2);
  }

  @Test
  void partsAlwaysSumExactlyAndStayWithinOneGramOfTheirQuota() {
    Random r = new Random(18);
    for (int n = 0; n < 2_000; n++) {
      double[] w = new double[1 + r.nextInt(40)];
      for (int i = 0; i < w.length; i++) {
        w[i] = r.nextInt(4) == 0 ? 0 : r.nextDouble() * Math.pow(10, r.nextInt(12) - 6);
      }
      w[r.nextInt(w.length)] += 1e-3;
      long total = r.nextInt(3) == 0 ? r.nextLong(1L << 53) : r.nextInt(1000);
      long[] parts = LargestRemainder.split(total, w);
      assertThat(Arrays.stream(parts).sum()).isEqualTo(total);
      double sum = Arrays.stream(w).sum();
      for (int i = 0; i < w.length; i++) {
        assertThat(parts[i]).isNotNegative();
        assertThat(Math.abs(parts[i] - total * (w[i] / sum)))
            .isLessThanOrEqualTo(1.0 + total * 1e-12);
      }
    }
  }

  @Test
  void nothingToSplitByIsAnError() {
    assertThatThrownBy(() -> LargestRemainder.split(3, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.split(-1, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
