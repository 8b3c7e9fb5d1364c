package org.scopeplus.io.demo;

/** How an activity of the demo company spreads over the twelve months of a year. */
public enum Season {
  /** Offices, purchased services: even through the year. */
  FLAT(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1),
  /** Data centers and cold stores: more cooling in summer. */
  SUMMER_COOLING(0.93, 0.9, 0.95, 0.98, 1.02, 1.08, 1.12, 1.12, 1.05, 0.99, 0.95, 0.96),
  /** Natural gas for heating and kitchens: winter peak. */
  WINTER_HEATING(1.45, 1.35, 1.15, 0.9, 0.75, 0.65, 0.65, 0.65, 0.75, 0.9, 1.2, 1.4),
  /** Stores: Spring Festival, the autumn shopping festival and year end. */
  RETAIL(1.15, 1.2, 0.9, 0.9, 0.95, 1.0, 0.95, 0.95, 0.95, 1.0, 1.15, 1.2),
  /** Parcels and freight: the mid-year sale and the November shopping festival. */
  PARCELS(0.95, 0.7, 0.9, 0.95, 1.0, 1.15, 0.95, 0.95, 0.95, 1.0, 1.5, 1.25),
  /** Travel: quiet at Spring Festival and in summer holidays. */
  TRAVEL(0.9, 0.6, 1.05, 1.1, 1.1, 1.05, 0.9, 0.85, 1.1, 1.05, 1.15, 1.15);

  private final double[] weights;

  Season(double... raw) {
    double sum = 0;
    for (double r : raw) {
      sum += r;
    }
    weights = new double[12];
    for (int i = 0; i < 12; i++) {
      weights[i] = raw[i] / sum;
    }
  }

  /** The share of the year's quantity in a month (1-12); the twelve shares sum to 1. */
  public double share(int month) {
    return weights[month - 1];
  }
}
