package org.scopeplus.energy.load;

/** Degrees Fahrenheit and Celsius (exact: °F = °C × 9/5 + 32). */
public final class Temperatures {

  private Temperatures() {}

  public static double celsius(double fahrenheit) {
    return (fahrenheit - 32) * 5 / 9;
  }

  public static double fahrenheit(double celsius) {
    return celsius * 9 / 5 + 32;
  }
}
