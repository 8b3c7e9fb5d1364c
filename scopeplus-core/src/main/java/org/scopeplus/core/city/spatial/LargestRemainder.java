package org.scopeplus.core.city.spatial;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The largest-remainder (Hamilton) rule: a whole number of grams split over parts in proportion to
 * their weights, each part first given the whole grams of its exact quota, the grams left over then
 * given one each to the parts with the largest fractional remainders (the earlier part first on a
 * tie). The parts add up exactly to the total, and no part is more than one gram from its quota.
 * Quotas are computed exactly in decimal from the weights as given, so the result does not depend
 * on floating-point order.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * {@code total} grams split in proportion to {@code weights}.
   *
   * @param total grams, zero or more
   * @param weights finite, zero or more, at least one above zero when {@code total} is above zero
   * @throws IllegalArgumentException on a negative total or weight, a weight that is not finite, or
   *     all weights zero for a total above zero (callers refuse such input before)
   */
  public static long[] split(long total, double[] weights) {
    if (total < 0) {
      throw new IllegalArgumentException("a negative total cannot be split: " + total);
    }
    long[] out = new long[weights.length];
    if (total == 0) {
      return out;
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal[] w = new BigDecimal[weights.length];
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i]) || weights[i] < 0) {
        throw new IllegalArgumentException("weight " + i + " is not a finite share: " + weights[i]);
      }
      w[i] = new BigDecimal(weights[i]);
      sum = sum.add(w[i]);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException("all weights are zero; " + total + " g cannot be split");
    }
    BigDecimal t = BigDecimal.valueOf(total);
    BigDecimal[] remainder = new BigDecimal[weights.length];
    long given = 0;
    for (int i = 0; i < weights.length; i++) {
      BigDecimal quota = t.multiply(w[i]).divide(sum, 30, RoundingMode.DOWN);
      BigInteger whole = quota.toBigInteger();
      out[i] = whole.longValueExact();
      remainder[i] = quota.subtract(new BigDecimal(whole));
      given += out[i];
    }
    long left = total - given;
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        Comparator.comparing((Integer i) -> remainder[i])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; left > 0; k++) {
      int i = order[k % order.length];
      if (w[i].signum() > 0) {
        out[i]++;
        left--;
      }
    }
    return out;
  }
}
