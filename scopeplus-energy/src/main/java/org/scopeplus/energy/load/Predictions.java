package org.scopeplus.energy.load;

/**
 * A model's predictions for intervals (hours, or local days for a daily model): the interval's
 * start (epoch seconds, UTC), the predicted kWh (NaN when the model cannot predict it) and the
 * metered kWh (NaN when the meter has none).
 */
public record Predictions(
    long[] start, double[] predicted, double[] actual, Granularity granularity) {

  /** Whether the intervals are hours or local days. */
  public enum Granularity {
    HOUR,
    DAY
  }

  public int size() {
    return start.length;
  }

  /**
   * Hourly predictions added up into local days, so an hourly and a daily model can be compared on
   * the same intervals; a day without every one of its hours predicted and metered is NaN.
   */
  public Predictions byLocalDay(java.time.ZoneId zone) {
    if (granularity == Granularity.DAY) {
      return this;
    }
    int n = start.length;
    long[] s = new long[n];
    double[] f = new double[n];
    double[] a = new double[n];
    int days = 0;
    int i = 0;
    while (i < n) {
      java.time.LocalDate date =
          java.time.Instant.ofEpochSecond(start[i]).atZone(zone).toLocalDate();
      long from = date.atStartOfDay(zone).toEpochSecond();
      long to = date.plusDays(1).atStartOfDay(zone).toEpochSecond();
      double sf = 0;
      double sa = 0;
      int count = 0;
      while (i < n && start[i] < to) {
        if (!Double.isNaN(predicted[i]) && !Double.isNaN(actual[i])) {
          sf += predicted[i];
          sa += actual[i];
          count++;
        }
        i++;
      }
      boolean whole = count == (to - from) / 3600;
      s[days] = from;
      f[days] = whole ? sf : Double.NaN;
      a[days] = whole ? sa : Double.NaN;
      days++;
    }
    return new Predictions(
        java.util.Arrays.copyOf(s, days),
        java.util.Arrays.copyOf(f, days),
        java.util.Arrays.copyOf(a, days),
        Granularity.DAY);
  }
}
