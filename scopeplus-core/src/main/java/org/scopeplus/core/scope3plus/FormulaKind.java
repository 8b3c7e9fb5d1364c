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
   * Mode shift per passenger-km, in the structure of CDM ACM0016 (mass rapid transit): {@code p·km
   * x (sum over displaced modes m of share_m x EF_m - EF_project)}. Every trip rides the project
   * vehicle, so the project factor applies to all of them; the shares of the modes the trips would
   * otherwise have used come from a substitution survey and include "no trip" ({@code
   * share.no_trip}, zero baseline emissions) and walking or cycling. Each displaced mode {@code m}
   * is a pair of roles {@code share.m} and {@code per_pkm.m} ({@code no_trip} takes a share only).
   * When the event itself shows the one displaced mode (a booking that replaced a flight), the
   * single role {@code baseline_per_pkm} stands for it with a share of 1.
   *
   * <p>An electric vehicle's factor may be given as its electricity per passenger-km times the grid
   * factor of the event's region and year ({@code project_kwh_per_pkm} or {@code kwh_per_pkm.m},
   * with the role {@code grid}), and a car's as its factor per vehicle-km divided by its occupancy
   * ({@code per_vkm.m} with {@code occupancy.m}).
   */
  MODE_SHIFT(
      List.of(Dimension.DISTANCE),
      List.of(),
      List.of("baseline_per_pkm", "project_per_pkm", "project_kwh_per_pkm", "grid")),
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
   * Cloud migration, bottom-up, from the on-premises IT kWh metered: {@code IT kWh x (PUE
   * on-premises x grid on-premises - r x PUE cloud x grid cloud)}, where {@code r} is the cloud's
   * IT energy per on-premises IT kWh for the same work under the server power model of {@link
   * #CLOUD_MIGRATION_SERVERS}: {@code r = (u_on / u_cloud) x (P_idle + (P_max - P_idle) x u_cloud)
   * / (P_idle + (P_max - P_idle) x u_on)}. The former {@code r = u_on / u_cloud} is the case of a
   * server drawing the same power idle or busy ({@code P_idle = P_max}): it charged the cloud's
   * busier servers no more power than idle ones and so overstated the saving.
   */
  CLOUD_MIGRATION(List.of(Dimension.ENERGY), ServerPowerModel.ROLES, List.of()),
  /**
   * Cloud migration from the on-premises servers retired and the hours they ran: {@code servers x
   * hours x [(P_idle + (P_max - P_idle) x u_on) x PUE on-premises x grid on-premises - (u_on /
   * u_cloud) x (P_idle + (P_max - P_idle) x u_cloud) x PUE cloud x grid cloud]}. The same work runs
   * in the cloud on {@code u_on / u_cloud} as many servers of the same power, busier; powers in W.
   */
  CLOUD_MIGRATION_SERVERS(
      List.of(Dimension.COUNT, Dimension.TIME), ServerPowerModel.ROLES, List.of()),
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

  /** Prefix of a displaced mode's survey share in {@link #MODE_SHIFT}. */
  public static final String SHARE = "share.";

  /** Prefix of a displaced mode's emission factor per passenger-km in {@link #MODE_SHIFT}. */
  public static final String PER_PKM = "per_pkm.";

  /** Prefix of a displaced mode's emission factor per vehicle-km in {@link #MODE_SHIFT}. */
  public static final String PER_VKM = "per_vkm.";

  /** Prefix of a displaced mode's occupancy (passengers per vehicle) in {@link #MODE_SHIFT}. */
  public static final String OCCUPANCY = "occupancy.";

  /** Prefix of a displaced mode's electricity per passenger-km in {@link #MODE_SHIFT}. */
  public static final String KWH_PER_PKM = "kwh_per_pkm.";

  /** Most passengers per vehicle an occupancy may give (a full articulated bus). */
  public static final double MAXIMUM_OCCUPANCY = 200;

  private static final List<String> MODE_PREFIXES =
      List.of(SHARE, PER_PKM, PER_VKM, OCCUPANCY, KWH_PER_PKM);

  /** The displaced mode "the trip would not have been made", whose baseline emits nothing. */
  public static final String NO_TRIP = "no_trip";

  /**
   * Most a sum of survey shares may differ from 1: half a percentage point per share, the rounding
   * of shares published in whole percent (e.g. 34 + 49 + 11 + 7 = 101%).
   */
  public static final double SHARE_ROUNDING_PER_MODE = 0.005;

  /** True when {@code role} is a role of this kind (fixed, or a displaced mode's pair). */
  public boolean hasRole(String role) {
    if (requiredRoles.contains(role) || optionalRoles.contains(role)) {
      return true;
    }
    if (this != MODE_SHIFT) {
      return false;
    }
    for (String prefix : MODE_PREFIXES) {
      if (role.startsWith(prefix) && role.length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What is wrong with these roles for this kind, as sentences naming the role and the value; empty
   * when nothing is. Values not found yet are not judged (the methodology is then unusable).
   */
  public List<String> problems(Map<String, Parameter> p) {
    List<String> out = new java.util.ArrayList<>();
    for (String role : requiredRoles) {
      if (!p.containsKey(role)) {
        out.add("role " + role + " has no parameter");
      }
    }
    for (String role : p.keySet()) {
      if (!hasRole(role)) {
        out.add(this + " has no role " + role);
      }
    }
    if (this == MODE_SHIFT) {
      modeShiftProblems(p, out);
    }
    if (this == CLOUD_MIGRATION || this == CLOUD_MIGRATION_SERVERS) {
      ServerPowerModel.problems(p, out);
    }
    for (var e : p.entrySet()) {
      String range = rangeProblem(e.getKey(), e.getValue());
      if (range != null) {
        out.add(range);
      }
    }
    return out;
  }

  /**
   * {@link #problems(Map)}, plus the units each role must be in for these quantity dimensions: an
   * emission per kg where the quantity or a scale is a mass, per passenger-km for a mode shift, so
   * that a value in another unit is refused rather than read 1,000 times too high or too low.
   */
  public List<String> problems(Map<String, Parameter> p, List<Dimension> dims) {
    List<String> out = problems(p);
    boolean massQuantity = !dims.isEmpty() && dims.get(0) == Dimension.MASS;
    switch (this) {
      case MODE_SHIFT -> {
        for (var e : p.entrySet()) {
          String role = e.getKey();
          if (isElectricity(role)) {
            requireEnergyPerPkm(out, role, e.getValue());
          } else if (role.startsWith(PER_PKM) || role.endsWith("_per_pkm")) {
            requirePer(out, role, e.getValue(), "passenger-km", "pkm", "p·km");
          } else if (role.startsWith(PER_VKM)) {
            requirePer(out, role, e.getValue(), "vehicle-km", "vkm");
          } else if (role.equals("grid")) {
            requirePer(out, role, e.getValue(), "kwh");
          }
        }
      }
      case PER_UNIT -> {
        boolean massScale =
            (p.containsKey("scale") && p.get("scale").isMass())
                || (p.containsKey("scale_2") && p.get("scale_2").isMass());
        if (massQuantity || massScale) {
          for (String role : List.of("baseline", "project")) {
            if (p.containsKey(role) && p.get(role).isEmission()) {
              requirePer(out, role, p.get(role), "kg");
            }
          }
        }
      }
      case DISPLACEMENT -> {
        for (String role : List.of("embodied_footprint", "logistics_footprint")) {
          Parameter x = p.get(role);
          if (x == null || !x.isEmission()) {
            continue;
          }
          if (massQuantity) {
            requirePer(out, role, x, "kg");
          } else if (x.per().equals("kg") || x.per().equals("g") || x.per().equals("t")) {
            out.add(
                role
                    + " "
                    + x.key()
                    + " is per "
                    + x.per()
                    + " of product, but the methodology counts items: give it per item");
          }
        }
      }
      default -> {}
    }
    return out;
  }

  private static void requirePer(List<String> out, String role, Parameter x, String... pers) {
    if (!x.isEmission()) {
      out.add(inUnit(role, x) + ": it must be an emission mass (g, kg or t CO2e) per " + pers[0]);
      return;
    }
    for (String per : pers) {
      if (x.per().equals(per)) {
        return;
      }
    }
    out.add(
        inUnit(role, x) + ": it must be per " + pers[0] + " to match the quantity it multiplies");
  }

  /** "role key is in unit", the opening of a sentence refusing a parameter's unit. */
  private static String inUnit(String role, Parameter x) {
    return role + " " + x.key() + " is in " + (x.unit().isEmpty() ? "no unit" : x.unit());
  }

  /** True for a mode shift's electricity per passenger-km, charged at the role {@code grid}. */
  private static boolean isElectricity(String role) {
    return role.equals("project_kwh_per_pkm") || role.startsWith(KWH_PER_PKM);
  }

  private static void requireEnergyPerPkm(List<String> out, String role, Parameter x) {
    String u = x.unit().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
    boolean kwh = u.startsWith("kwh/");
    boolean perPkm =
        x.per().equals("passenger-km") || x.per().equals("pkm") || x.per().equals("p·km");
    if (!kwh || !perPkm) {
      out.add(inUnit(role, x) + ": it must be electricity in kWh per passenger-km");
    }
  }

  /** Roles whose value is a share of something: from 0 to 1. */
  private static boolean isFraction(String role) {
    return role.startsWith(SHARE)
        || role.equals("displacement_rate")
        || role.startsWith("utilisation_")
        || role.equals("saving_per_degree");
  }

  /**
   * What is wrong with the value of one role, as a sentence naming role, key, value and unit; null
   * when it is in range. A value not found is not judged.
   */
  static String rangeProblem(String role, Parameter x) {
    if (!x.found()) {
      return null;
    }
    double v = x.value();
    String named =
        role + " " + x.key() + " = " + trim(v) + (x.unit().isEmpty() ? "" : " " + x.unit());
    if (Double.isInfinite(v)) {
      return named + " is not a finite number";
    }
    if (isFraction(role)) {
      if (v < 0 || v > 1) {
        return named + " is outside 0..1: it is a share, at most all of the cases";
      }
      if (role.startsWith("utilisation_") && v == 0) {
        return named
            + " is 0: a server utilisation divides or scales the servers' load, so it is above 0";
      }
      return null;
    }
    if (role.startsWith(OCCUPANCY)) {
      return v < 1 || v > MAXIMUM_OCCUPANCY
          ? named
              + " is outside 1.."
              + trim(MAXIMUM_OCCUPANCY)
              + ": a vehicle carries at least its driver"
          : null;
    }
    if (role.startsWith(ServerPowerModel.POWER)) {
      return ServerPowerModel.powerProblem(named, x);
    }
    if (role.startsWith("pue_")) {
      return v < 1 || v > 4
          ? named + " is outside 1..4: a PUE is total facility energy over IT energy, never below 1"
          : null;
    }
    if (role.equals("scale") || role.equals("scale_2")) {
      return v > 0 ? null : named + " is not above 0: a scale of nothing avoids nothing";
    }
    if (v < 0) {
      return named
          + " is negative: an emission factor, footprint, mass or logistics burden is never below"
          + " 0";
    }
    return null;
  }

  private static void modeShiftProblems(Map<String, Parameter> p, List<String> out) {
    java.util.Set<String> shares = new java.util.TreeSet<>();
    java.util.Set<String> factors = new java.util.TreeSet<>();
    boolean electricity = false;
    for (String role : p.keySet()) {
      electricity |= isElectricity(role);
      if (role.startsWith(SHARE)) {
        shares.add(role.substring(SHARE.length()));
      } else if (role.startsWith(PER_PKM) || role.startsWith(KWH_PER_PKM)) {
        String m = role.substring(role.indexOf('.') + 1);
        if (!factors.add(m)) {
          out.add("displaced mode " + m + " has more than one emission factor");
        }
      } else if (role.startsWith(PER_VKM)) {
        String m = role.substring(PER_VKM.length());
        if (!factors.add(m)) {
          out.add("displaced mode " + m + " has more than one emission factor");
        }
        if (!p.containsKey(OCCUPANCY + m)) {
          out.add(
              "displaced mode "
                  + m
                  + " has a factor per vehicle-km but no "
                  + OCCUPANCY
                  + m
                  + " to divide it by");
        }
      } else if (role.startsWith(OCCUPANCY)
          && !p.containsKey(PER_VKM + role.substring(OCCUPANCY.length()))) {
        out.add(role + " is given without a " + PER_VKM + role.substring(OCCUPANCY.length()));
      }
    }
    boolean perPkm = p.containsKey("project_per_pkm");
    if (perPkm == p.containsKey("project_kwh_per_pkm")) {
      out.add(
          "MODE_SHIFT takes the project's factor as either project_per_pkm or"
              + " project_kwh_per_pkm (charged at the grid), exactly one of them");
    }
    if (electricity && !p.containsKey("grid")) {
      out.add("electricity per passenger-km is given without a grid factor (role grid)");
    }
    if (!electricity && p.containsKey("grid")) {
      out.add("a grid factor is given but no role uses electricity per passenger-km");
    }
    boolean single = p.containsKey("baseline_per_pkm");
    if (single && !shares.isEmpty()) {
      out.add(
          "MODE_SHIFT takes either baseline_per_pkm (one displaced mode the event shows) or"
              + " survey shares of displaced modes, not both");
    }
    if (!single && shares.isEmpty()) {
      out.add("MODE_SHIFT needs baseline_per_pkm or the survey shares of the displaced modes");
    }
    for (String m : shares) {
      if (!m.equals(NO_TRIP) && !factors.contains(m)) {
        out.add(
            "displaced mode "
                + m
                + " has a share but no emission factor (per_pkm."
                + m
                + ", per_vkm."
                + m
                + " with occupancy."
                + m
                + ", or kwh_per_pkm."
                + m
                + ")");
      }
    }
    for (String m : factors) {
      if (!shares.contains(m)) {
        out.add("displaced mode " + m + " has an emission factor but no share." + m);
      }
    }
    if (factors.contains(NO_TRIP)) {
      out.add("the no_trip mode emits nothing by definition; give it a share only");
    }
    double sum = 0;
    boolean allFound = true;
    for (String m : shares) {
      Parameter share = p.get(SHARE + m);
      if (!share.found()) {
        allFound = false;
        continue;
      }
      sum += share.value();
    }
    if (allFound && !shares.isEmpty()) {
      double tolerance = SHARE_ROUNDING_PER_MODE * shares.size();
      if (Math.abs(sum - 1.0) > tolerance + 1e-12) {
        out.add(
            String.format(
                java.util.Locale.ROOT,
                "the survey shares of the displaced modes %s sum to %s, not 1 (within %s for"
                    + " rounding): every surveyed trip, \"no trip\" included, belongs to one mode",
                shares,
                trim(Math.round(sum * 1e9) / 1e9),
                trim(tolerance)));
      }
    }
  }

  private static String trim(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /**
   * Grams avoided per base unit of each quantity: {@code [c0, c1, c2, c01]} so that avoided = c0 q0
   * + c1 q1 + c2 q2 + c01 q0 q1. Every required role must have a value.
   */
  double[] coefficients(Map<String, Parameter> p) {
    double[] c = new double[4];
    switch (this) {
      case MODE_SHIFT ->
          c[0] =
              displacedPerPkm(p)
                  - (p.containsKey("project_per_pkm")
                      ? g(p, "project_per_pkm")
                      : v(p, "project_kwh_per_pkm") * g(p, "grid"));
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
      case CLOUD_MIGRATION -> c[0] = ServerPowerModel.perOnPremisesKilowattHour(p);
      case CLOUD_MIGRATION_SERVERS -> c[3] = ServerPowerModel.perServerHour(p);
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

  /**
   * Grams per p·km of the modes the trip displaced: the single {@code baseline_per_pkm}, or the sum
   * of share x factor over the surveyed modes, the shares divided by their sum so that they add up
   * to exactly 1 (published whole percentages may add up to 101).
   */
  private static double displacedPerPkm(Map<String, Parameter> p) {
    if (p.containsKey("baseline_per_pkm")) {
      return g(p, "baseline_per_pkm");
    }
    double shares = 0;
    double weighted = 0;
    for (var e : p.entrySet()) {
      String role = e.getKey();
      if (!role.startsWith(SHARE)) {
        continue;
      }
      String mode = role.substring(SHARE.length());
      double share = e.getValue().value();
      shares += share;
      if (!mode.equals(NO_TRIP)) {
        weighted += share * modePerPkm(p, mode);
      }
    }
    return weighted / shares;
  }

  /**
   * Grams per p·km of displaced mode {@code mode}: its factor per passenger-km, its factor per
   * vehicle-km over its occupancy, or its electricity per passenger-km times the grid factor.
   */
  private static double modePerPkm(Map<String, Parameter> p, String mode) {
    if (p.containsKey(PER_PKM + mode)) {
      return g(p, PER_PKM + mode);
    }
    if (p.containsKey(PER_VKM + mode)) {
      return g(p, PER_VKM + mode) / v(p, OCCUPANCY + mode);
    }
    return v(p, KWH_PER_PKM + mode) * g(p, "grid");
  }

  private static double g(Map<String, Parameter> p, String role) {
    return p.get(role).inGrams();
  }

  private static double v(Map<String, Parameter> p, String role) {
    return p.get(role).inBaseUnit();
  }
}
