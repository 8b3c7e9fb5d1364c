package org.scopeplus.core.scope3plus;

import java.math.BigDecimal;

/**
 * The one rule for points, used by every engine and every output. Points are kept exactly, as whole
 * <b>millionths of a point</b> ({@code long}), per event, per account and in every sum: an event
 * credits its grams x its programme's rate, the rate in thousandths of a point per kg CO2e ({@link
 * PointsRates} holds at most three decimals), which is exactly grams x rate / 1000 points in
 * millionths, with no rounding. So a small action earns its fraction (400 g at 1 point per kg is
 * 0.4 points) and fractions add up exactly (three such events are 1.2 points); a balance shown is
 * the exact sum, as a decimal of at most six places. State written before this rule held whole
 * points per event; it is read as those points exactly ({@link #ofWholePoints}).
 */
public final class Points {

  /** Millionths of a point in one point. */
  public static final long PER_POINT = 1_000_000L;

  /** Thousandths of a point per kg CO2e in a rate of one point per kg. */
  public static final long RATE_PER_POINT = 1_000L;

  private Points() {}

  /**
   * Millionths of a point credited for {@code grams} at {@code rateThousandths} thousandths of a
   * point per kg CO2e: exactly grams x rate (g x 0.001 point/kg = 10^-6 point), or {@link
   * Long#MIN_VALUE} when the product is beyond a {@code long} (the caller refuses the event as
   * {@link RejectionReason#OUT_OF_RANGE}).
   */
  public static long credited(long grams, long rateThousandths) {
    long high = Math.multiplyHigh(grams, rateThousandths);
    long low = grams * rateThousandths;
    return (high == 0 && low >= 0) || (high == -1 && low < 0) ? low : Long.MIN_VALUE;
  }

  /**
   * Millionths of a point for a number of whole points stored before points were kept in
   * millionths; {@link Long#MAX_VALUE} (or its negative) when beyond range, which makes the ledger
   * refuse to show sums until the event is reversed.
   */
  public static long ofWholePoints(long points) {
    long high = Math.multiplyHigh(points, PER_POINT);
    long low = points * PER_POINT;
    if ((high == 0 && low >= 0) || (high == -1 && low < 0)) {
      return low;
    }
    return points < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
  }

  /** The exact decimal of {@code millionths} points, without trailing zeros (1200000 -> 1.2). */
  public static BigDecimal decimal(long millionths) {
    BigDecimal d = BigDecimal.valueOf(millionths, 6).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0) : d;
  }

  /** {@link #decimal} as plain text: "1.2", "0.8325", "17". */
  public static String text(long millionths) {
    return decimal(millionths).toPlainString();
  }

  /**
   * Millionths of a point from an exact decimal number of points; {@link Long#MIN_VALUE} when it
   * has more than six decimals or is beyond a {@code long}.
   */
  public static long ofDecimal(BigDecimal points) {
    try {
      return points.movePointRight(6).longValueExact();
    } catch (ArithmeticException beyond) {
      return Long.MIN_VALUE;
    }
  }
}
