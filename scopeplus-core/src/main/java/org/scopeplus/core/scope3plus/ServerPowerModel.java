package org.scopeplus.core.scope3plus;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The server power model of the cloud-migration kinds: a server draws {@code P_idle + (P_max -
 * P_idle) x u} watts at utilisation {@code u} (the linear model of SPECpower_ssj2008's load levels,
 * from active idle to 100 %). The work of servers at {@code u_on} runs in the cloud on {@code u_on
 * / u_cloud} as many servers of the same power at {@code u_cloud}. It assumes the same server model
 * on both sides; a busier cloud saves the idle power of the servers it no longer needs.
 */
final class ServerPowerModel {

  /** Prefix of the power roles, in W: {@code power_idle} and {@code power_max}. */
  static final String POWER = "power_";

  /** Most a server's maximum power may be, in W: far above a rack server (about 0.2-2 kW). */
  static final double MAX_SERVER_WATTS = 20_000;

  /** The roles of both cloud-migration kinds. */
  static final List<String> ROLES =
      List.of(
          "pue_on_premises",
          "grid_on_premises",
          "utilisation_on_premises",
          "utilisation_cloud",
          "pue_cloud",
          "grid_cloud",
          "power_idle",
          "power_max");

  private ServerPowerModel() {}

  /** What is wrong with the value of a power role, or null: in W, 0 to 20,000. */
  static String powerProblem(String named, Parameter x) {
    if (!x.unit().equals("W")) {
      return named + ": a server's power is given in W (watts)";
    }
    double v = x.value();
    if (v < 0) {
      return named + " is negative: a server never draws less than nothing";
    }
    if (v > MAX_SERVER_WATTS) {
      return named + " is above 20,000 W: that is not one server's power";
    }
    return null;
  }

  /** Adds what is wrong with the powers taken together: idle power above the maximum. */
  static void problems(Map<String, Parameter> p, List<String> out) {
    Parameter idle = p.get("power_idle");
    Parameter max = p.get("power_max");
    if (idle == null || max == null || !idle.found() || !max.found()) {
      return;
    }
    if (max.value() == 0) {
      out.add("power_max " + max.key() + " is 0 W: a server at full load draws power");
    } else if (idle.value() > max.value()) {
      out.add(
          String.format(
              Locale.ROOT,
              "power_idle %s = %s W is above power_max %s = %s W: a server draws the most at full"
                  + " load",
              idle.key(),
              trim(idle.value()),
              max.key(),
              trim(max.value())));
    }
  }

  /** Watts one server draws at utilisation {@code u}. */
  static double watts(Map<String, Parameter> p, double u) {
    double idle = p.get("power_idle").value();
    double max = p.get("power_max").value();
    return idle + (max - idle) * u;
  }

  /**
   * Grams avoided per on-premises server-hour: on-premises kWh x PUE x grid minus the cloud's kWh
   * for the same work x PUE x grid.
   */
  static double perServerHour(Map<String, Parameter> p) {
    double on = v(p, "utilisation_on_premises");
    double cloud = v(p, "utilisation_cloud");
    double onPremisesKwh = watts(p, on) / 1000.0;
    double cloudKwh = on / cloud * watts(p, cloud) / 1000.0;
    return onPremisesKwh * v(p, "pue_on_premises") * g(p, "grid_on_premises")
        - cloudKwh * v(p, "pue_cloud") * g(p, "grid_cloud");
  }

  /**
   * Grams avoided per on-premises IT kWh: {@link #perServerHour} divided by the on-premises kWh of
   * a server-hour, so that the power model, not the bare utilisation ratio, scales the cloud side.
   */
  static double perOnPremisesKilowattHour(Map<String, Parameter> p) {
    double on = v(p, "utilisation_on_premises");
    double cloud = v(p, "utilisation_cloud");
    double cloudPerOnPremises = on / cloud * watts(p, cloud) / watts(p, on);
    return v(p, "pue_on_premises") * g(p, "grid_on_premises")
        - cloudPerOnPremises * v(p, "pue_cloud") * g(p, "grid_cloud");
  }

  private static double g(Map<String, Parameter> p, String role) {
    return p.get(role).inGrams();
  }

  private static double v(Map<String, Parameter> p, String role) {
    return p.get(role).inBaseUnit();
  }

  private static String trim(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
