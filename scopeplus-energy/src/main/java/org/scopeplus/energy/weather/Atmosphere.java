package org.scopeplus.energy.weather;

/**
 * The atmosphere of a weather year's hours, row for row with its {@link WeatherYear}: precipitable
 * water (cm) and broadband aerosol optical depth (unitless), as a TMY3 file gives them (Wilcox and
 * Marion 2008, NREL/TP-581-43156, fields "Pwat" and "AOD").
 */
public record Atmosphere(double[] precipitableWater, double[] aerosolOpticalDepth) {

  /** The number of hours. */
  public int size() {
    return precipitableWater.length;
  }
}
