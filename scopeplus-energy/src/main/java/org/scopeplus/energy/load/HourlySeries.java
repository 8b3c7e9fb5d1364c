package org.scopeplus.energy.load;

import java.util.Arrays;

/**
 * An hourly series: value i belongs to the hour beginning at {@code hourStart[i]} (seconds since
 * the Unix epoch, UTC), in strictly increasing order; hours without a value are absent. Energy in
 * kWh, temperature in °C.
 */
public final class HourlySeries {

  private final long[] hourStart;
  private final double[] values;

  public HourlySeries(long[] hourStart, double[] values) {
    if (hourStart.length != values.length) {
      throw new IllegalArgumentException("hours and values differ in length");
    }
    for (int i = 1; i < hourStart.length; i++) {
      if (hourStart[i] <= hourStart[i - 1]) {
        throw new IllegalArgumentException("hours must increase strictly");
      }
    }
    this.hourStart = hourStart;
    this.values = values;
  }

  public int size() {
    return hourStart.length;
  }

  public long hourStart(int i) {
    return hourStart[i];
  }

  public double value(int i) {
    return values[i];
  }

  public long[] hourStarts() {
    return hourStart.clone();
  }

  public double[] values() {
    return values.clone();
  }

  /** The value of the hour beginning at t, or NaN when the series has none. */
  public double at(long t) {
    int i = Arrays.binarySearch(hourStart, t);
    return i >= 0 ? values[i] : Double.NaN;
  }

  /** The part from (inclusive) to (exclusive), in epoch seconds. */
  public HourlySeries between(long from, long to) {
    int a = lowerBound(from);
    int b = lowerBound(to);
    if (b < a) {
      b = a;
    }
    return new HourlySeries(Arrays.copyOfRange(hourStart, a, b), Arrays.copyOfRange(values, a, b));
  }

  private int lowerBound(long t) {
    int i = Arrays.binarySearch(hourStart, t);
    return i >= 0 ? i : -i - 1;
  }
}
