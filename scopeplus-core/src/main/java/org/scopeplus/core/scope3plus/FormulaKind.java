package org.scopeplus.core.scope3plus;

import java.util.List;
import java.util.Map;

/**
 * The few shapes a methodology's formula takes, each baseline minus project. A methodology file
 * picks a kind and names the parameter for each role; the kind turns them into grams per unit of
 * each event quantity. Emission parameters are in grams after {@link Parameter#inGrams()}.
 */
public enum FormulaKind {
  /**
   * Mode shift per passenger-km: {@code p·km x share x (baseline per p·km - project per p·km)}.
   * {@code baseline_share} is the share of trips that would otherwise have used the baseline mode.
   */
  MODE_SHIFT(
      List.of(Dimension.DISTANCE),
      List.of("baseline_per_pkm", "project_per_pkm"),
      List.of("baseline_share")),
  /**
   * Per unit of activity: {@code quantity x scale x scale_2 x (baseline - project)}, e.g. boxes x
   * box mass x board factor, or m2·h x kWh per m2·h x grid factor.
   */
  PER_UNIT(null, List.of("baseline"), List.of("project", "scale", "scale_2")),
  /**
   * Displacement of a new product: {@code quantity x (displacement x embodied footprint x scale -
   * logistics)}; the use phase happens either way and is excluded.
   */
  DISPLACEMENT(
      null,
      List.of("displacement_rate", "embodied_footprint", "logistics_footprint"),
      List.of("scale")),
  /**
   * Cloud migration, bottom-up: {@code IT kWh x (PUE on-premises x grid on-premises - utilisation
   * on-premises / utilisation cloud x PUE cloud x grid cloud)}.
   */
  CLOUD_MIGRATION(
      List.of(Dimension.ENERGY),
      List.of(
          "pue_on_premises",
          "grid_on_premises",
          "utilisation_on_premises",
          "utilisation_cloud",
          "pue_cloud",
          "grid_cloud"),
      List.of()),
  /**
   * Ride pooling (structure of T/CCAA 38-2021): passengers' own origin-destination km travelled
   * alone x baseline per vehicle-km, minus vehicle-km the pooling added x project per vehicle-km,
   * minus the platform's electricity x grid factor.
   */
  RIDE_POOLING(
      List.of(Dimension.DISTANCE, Dimension.VEHICLE_DISTANCE, Dimension.ENERGY),
      List.of("baseline_per_vkm", "project_per_vkm", "grid"),
      List.of()),
  /**
   * Remote meeting: travel p·km avoided x travel factor + hotel nights avoided x hotel factor -
   * call person-hours x call factor.
   */
  REMOTE_MEETING(
      List.of(Dimension.DISTANCE, Dimension.ROOM_NIGHTS, Dimension.TIME),
      List.of("travel_per_pkm", "hotel_per_night", "call_per_hour"),
      List.of()),
  /**
   * Air-conditioning setpoint raised: AC kWh x degrees raised x saving per degree x grid factor.
   * Applies to air-conditioning electricity only, never to the whole building.
   */
  SETPOINT(
      List.of(Dimension.ENERGY, Dimension.TEMPERATURE_DIFFERENCE),
      List.of("saving_per_degree", "grid"),
      List.of());

  private final List<Dimension> dimensions;
  private final List<String> requiredRoles;
  private final List<String> optionalRoles;

  FormulaKind(List<Dimension> dimensions, List<String> required, List<String> optional) {
    this.dimensions = dimensions;
    this.requiredRoles = required;
    this.optionalRoles = optional;
  }

  /**
   * The dimension of each event quantity, or null when the methodology file declares it (per-unit
   * and displacement kinds take a single quantity in any declared unit).
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  public List<String> requiredRoles() {
    return requiredRoles;
  }

  public List<String> optionalRoles() {
    return optionalRoles;
  }

  /**
   * Grams avoided per base unit of each quantity: {@code [c0, c1, c2, c01]} so that avoided = c0 q0
   * + c1 q1 + c2 q2 + c01 q0 q1. Every required role must have a value.
   */
  double[] coefficients(Map<String, Parameter> p) {
    double[] c = new double[4];
    switch (this) {
      case MODE_SHIFT -> {
        double share = p.containsKey("baseline_share") ? v(p, "baseline_share") : 1.0;
        c[0] = share * (g(p, "baseline_per_pkm") - g(p, "project_per_pkm"));
      }
      case PER_UNIT -> {
        double scale = p.containsKey("scale") ? v(p, "scale") : 1.0;
        double scale2 = p.containsKey("scale_2") ? v(p, "scale_2") : 1.0;
        double project = p.containsKey("project") ? g(p, "project") : 0.0;
        c[0] = scale * scale2 * (g(p, "baseline") - project);
      }
      case DISPLACEMENT -> {
        double scale = p.containsKey("scale") ? v(p, "scale") : 1.0;
        c[0] =
            v(p, "displacement_rate") * g(p, "embodied_footprint") * scale
                - g(p, "logistics_footprint");
      }
      case CLOUD_MIGRATION ->
          c[0] =
              v(p, "pue_on_premises") * g(p, "grid_on_premises")
                  - v(p, "utilisation_on_premises")
                      / v(p, "utilisation_cloud")
                      * v(p, "pue_cloud")
                      * g(p, "grid_cloud");
      case RIDE_POOLING -> {
        c[0] = g(p, "baseline_per_vkm");
        c[1] = -g(p, "project_per_vkm");
        c[2] = -g(p, "grid");
      }
      case REMOTE_MEETING -> {
        c[0] = g(p, "travel_per_pkm");
        c[1] = g(p, "hotel_per_night");
        c[2] = -g(p, "call_per_hour");
      }
      case SETPOINT -> c[3] = v(p, "saving_per_degree") * g(p, "grid");
      default -> throw new IllegalStateException(name());
    }
    return c;
  }

  private static double g(Map<String, Parameter> p, String role) {
    return p.get(role).inGrams();
  }

  private static double v(Map<String, Parameter> p, String role) {
    return p.get(role).value();
  }
}
