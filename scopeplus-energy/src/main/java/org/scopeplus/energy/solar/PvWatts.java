package org.scopeplus.energy.solar;

import static java.lang.Math.min;

/**
 * NREL's PVWatts version 5 DC and inverter models: A. P. Dobos (2014), "PVWatts Version 5 Manual",
 * NREL/TP-6A20-62641. Powers in watts.
 */
public final class PvWatts {

  /** The nominal inverter efficiency of the manual (section 10). */
  public static final double NOMINAL_EFFICIENCY = 0.96;

  /** The reference efficiency of the manual's part-load curve. */
  public static final double REFERENCE_EFFICIENCY = 0.9637;

  private PvWatts() {}

  /**
   * DC power, manual eq. (section 9): P_dc = E_tr / 1000 P_dc0 (1 + gamma (T_cell - 25)).
   *
   * @param effectiveIrradiance irradiance transmitted to the cells, W/m²
   * @param cellTemperature °C
   * @param pdc0 DC capacity at 1000 W/m² and 25 °C, W
   * @param gamma temperature coefficient of power, 1/°C (e.g. -0.0047 for the manual's standard
   *     module)
   */
  public static double dc(
      double effectiveIrradiance, double cellTemperature, double pdc0, double gamma) {
    return effectiveIrradiance / 1000.0 * pdc0 * (1 + gamma * (cellTemperature - 25));
  }

  /**
   * AC power from the inverter, manual section 10: zeta = P_dc / P_dc0, P_dc0 = P_ac0 / eta_nom,
   * eta = eta_nom / eta_ref (-0.0162 zeta - 0.0059 / zeta + 0.9858), P_ac = min(eta P_dc, P_ac0);
   * zero when there is no DC power.
   *
   * @param pdc DC power into the inverter, W
   * @param pac0 the inverter's AC rating, W
   */
  public static double ac(double pdc, double pac0, double etaNominal, double etaReference) {
    if (!(pdc > 0)) {
      return 0;
    }
    double pdc0 = pac0 / etaNominal;
    double zeta = pdc / pdc0;
    double eta = etaNominal / etaReference * (-0.0162 * zeta - 0.0059 / zeta + 0.9858);
    return Math.max(min(eta * pdc, pac0), 0);
  }
}
