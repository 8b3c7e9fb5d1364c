package org.scopeplus.energy.weather;

/**
 * An hourly weather series. Row i covers the hour ending at {@code hourEnd[i]} (seconds since the
 * Unix epoch, UT), as TMY3 and EPW label their hours. Irradiance in W/m², temperature in °C, wind
 * in m/s, pressure in mbar (NaN when the file has none), albedo unitless (NaN when none).
 */
public record WeatherYear(
    Site site,
    long[] hourEnd,
    double[] ghi,
    double[] dni,
    double[] dhi,
    double[] airTemperature,
    double[] windSpeed,
    double[] pressure,
    double[] albedo)
    implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** The number of hours. */
  public int size() {
    return hourEnd.length;
  }
}
