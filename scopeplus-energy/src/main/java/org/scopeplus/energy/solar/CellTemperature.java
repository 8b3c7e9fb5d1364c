package org.scopeplus.energy.solar;

import static java.lang.Math.exp;

/** PV cell temperature from plane-of-array irradiance (W/m²), air temperature (°C), wind (m/s). */
public final class CellTemperature {

  private CellTemperature() {}

  /**
   * The Sandia (SAPM) module and cell temperature model: D. L. King, W. E. Boyson and J. A.
   * Kratochvil (2004), "Photovoltaic Array Performance Model", SAND2004-3535, eqs. 11-12: T_module
   * = E exp(a + b WS) + T_a; T_cell = T_module + E / E0 dT, E0 = 1000 W/m². Table 1 gives a, b, dT
   * per mounting.
   *
   * @param a empirical coefficient (upper limit of module temperature at low wind)
   * @param b empirical coefficient (rate of decrease with wind), s/m
   * @param deltaT cell-to-module back temperature difference at 1000 W/m², °C
   */
  public record Sapm(double a, double b, double deltaT) {
    /** SAND2004-3535 Table 1: glass/cell/glass, open rack. */
    public static final Sapm OPEN_RACK_GLASS_GLASS = new Sapm(-3.47, -0.0594, 3);

    /** SAND2004-3535 Table 1: glass/cell/glass, close roof mount. */
    public static final Sapm CLOSE_MOUNT_GLASS_GLASS = new Sapm(-2.98, -0.0471, 1);

    /** SAND2004-3535 Table 1: glass/cell/polymer sheet, open rack. */
    public static final Sapm OPEN_RACK_GLASS_POLYMER = new Sapm(-3.56, -0.0750, 3);

    /** SAND2004-3535 Table 1: glass/cell/polymer sheet, insulated back. */
    public static final Sapm INSULATED_BACK_GLASS_POLYMER = new Sapm(-2.81, -0.0455, 0);

    /** Cell temperature, °C. */
    public double cell(double poaGlobal, double airTemperature, double windSpeed) {
      double module = poaGlobal * exp(a + b * windSpeed) + airTemperature;
      return module + poaGlobal / 1000.0 * deltaT;
    }
  }

  /**
   * The Faiman model: D. Faiman (2008), "Assessing the outdoor operating temperature of
   * photovoltaic modules", Progress in Photovoltaics 16(4) 307-315, eq. 6: T = T_a + E / (U0 + U1
   * WS).
   *
   * @param u0 combined heat loss factor, W/(m² K)
   * @param u1 wind-dependent heat loss factor, W s/(m³ K)
   */
  public record Faiman(double u0, double u1) {
    /** The mean of the parameters Faiman fitted for the modules of the 2008 paper's Table 1. */
    public static final Faiman DEFAULT = new Faiman(25.0, 6.84);

    /** Cell temperature, °C. */
    public double cell(double poaGlobal, double airTemperature, double windSpeed) {
      return airTemperature + poaGlobal / (u0 + u1 * windSpeed);
    }
  }
}
