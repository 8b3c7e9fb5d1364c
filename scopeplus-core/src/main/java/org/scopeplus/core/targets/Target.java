package org.scopeplus.core.targets;

import java.util.Optional;
import org.scopeplus.core.inventory.Totals;

/**
 * A target over a part of the org tree, from a base year to a target year.
 *
 * <p>The target value reads by kind: for {@link TargetKind#ABSOLUTE} and {@link
 * TargetKind#INTENSITY} it is the reduction against the base year (0.5 for -50%, 1 for net zero);
 * for {@link TargetKind#CUMULATIVE} the amount to reach over the base year to the target year, both
 * included, in t CO2e (the Scope 3+ reductions the platform enables); for the shares the share to
 * reach in the target year (1 for 100%).
 *
 * @param id its id
 * @param name what the company calls it, e.g. {@code Scopes 1+2 net zero by 2030}
 * @param kind what it measures
 * @param orgUnit the org unit it covers, with everything below it (e.g. {@code Kestrel/Cloud})
 * @param coverage the scopes, for absolute and intensity targets; null for the others
 * @param denominator the metric an intensity is per (revenue, employees, floor_area); else null
 * @param baseYear the base year (for a cumulative target, its first year)
 * @param targetYear the target year, after the base year
 * @param targetValue see above
 * @param pathway the pathway from the base year to the target year
 * @param criteria the criteria the target follows, in the user's words (e.g. {@code RE100}), or ""
 * @param basis how a renewable-electricity share is counted, annual (RE100, the default) or hourly;
 *     annual for every other kind
 */
public record Target(
    String id,
    String name,
    TargetKind kind,
    String orgUnit,
    Coverage coverage,
    String denominator,
    int baseYear,
    int targetYear,
    double targetValue,
    Pathway pathway,
    String criteria,
    ShareBasis basis) {

  public Target {
    basis = basis == null ? ShareBasis.ANNUAL : basis;
  }

  /** A target counted on the annual basis. */
  public Target(
      String id,
      String name,
      TargetKind kind,
      String orgUnit,
      Coverage coverage,
      String denominator,
      int baseYear,
      int targetYear,
      double targetValue,
      Pathway pathway,
      String criteria) {
    this(
        id,
        name,
        kind,
        orgUnit,
        coverage,
        denominator,
        baseYear,
        targetYear,
        targetValue,
        pathway,
        criteria,
        ShareBasis.ANNUAL);
  }

  /** The same target counted on {@code basis}. */
  public Target withBasis(ShareBasis basis) {
    return new Target(
        id,
        name,
        kind,
        orgUnit,
        coverage,
        denominator,
        baseYear,
        targetYear,
        targetValue,
        pathway,
        criteria,
        basis);
  }

  /** The years a target may name. */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2100;

  /** Why this target cannot be kept, or empty when it can. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank()) {
      return Optional.of("a target needs a name");
    }
    if (orgUnit == null || orgUnit.isBlank()) {
      return Optional.of("a target needs the org unit it covers, e.g. Kestrel or Kestrel/Cloud");
    }
    if (baseYear < FIRST_YEAR || targetYear > LAST_YEAR) {
      return Optional.of(
          "base year and target year must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    if (targetYear <= baseYear) {
      return Optional.of(
          "the target year " + targetYear + " must come after the base year " + baseYear);
    }
    if (!Double.isFinite(targetValue)) {
      return Optional.of("the target value must be a number");
    }
    if ((kind == TargetKind.ABSOLUTE || kind == TargetKind.INTENSITY) && coverage == null) {
      return Optional.of("an " + kind.label() + " target names the scopes it covers, e.g. 1+2");
    }
    if (kind == TargetKind.INTENSITY
        && (denominator == null
            || !(denominator.equals("revenue")
                || denominator.equals("employees")
                || denominator.equals("floor_area")))) {
      return Optional.of("an intensity target is per revenue, employees or floor_area");
    }
    if (pathway != Pathway.LINEAR && kind != TargetKind.ABSOLUTE) {
      return Optional.of(
          "the SBTi absolute contraction pathway applies to absolute targets only; "
              + (kind == TargetKind.INTENSITY ? "an " : "a ")
              + kind.label()
              + " target takes the linear pathway");
    }
    if (basis == ShareBasis.HOURLY && kind != TargetKind.RENEWABLE_SHARE) {
      return Optional.of(
          "only a renewable-share target is counted on the hourly basis; "
              + (kind == TargetKind.INTENSITY || kind == TargetKind.ABSOLUTE ? "an " : "a ")
              + kind.label()
              + " target is annual");
    }
    return switch (kind) {
      case ABSOLUTE, INTENSITY ->
          targetValue > 0 && targetValue <= 1
              ? Optional.empty()
              : Optional.of(
                  "the reduction of an "
                      + kind.label()
                      + " target lies above 0 and at most 1 (0.5 for -50%, 1 for net zero)");
      case CUMULATIVE ->
          targetValue > 0
              ? Optional.empty()
              : Optional.of("a cumulative target's amount must be above 0 t CO2e");
      case RENEWABLE_SHARE, FLEET_ELECTRIFICATION ->
          targetValue > 0 && targetValue <= 1
              ? Optional.empty()
              : Optional.of("a share target lies above 0 and at most 1 (1 for 100%)");
    };
  }

  /** The unit of this target's values, e.g. {@code t CO2e} or {@code share}. */
  public String unit() {
    return switch (kind) {
      case ABSOLUTE, CUMULATIVE -> "t CO2e";
      case INTENSITY ->
          "t CO2e per "
              + switch (denominator) {
                case "revenue" -> "million revenue";
                case "employees" -> "employee";
                default -> "m2";
              };
      case RENEWABLE_SHARE, FLEET_ELECTRIFICATION -> "share";
    };
  }

  /** What the target measures, in a phrase for a report. */
  public String measure() {
    return switch (kind) {
      case ABSOLUTE -> coverage.label() + " emissions";
      case INTENSITY -> coverage.label() + " emissions per " + denominator.replace('_', ' ');
      case CUMULATIVE -> "Scope 3+ reductions enabled, added up since " + baseYear;
      case RENEWABLE_SHARE ->
          basis == ShareBasis.HOURLY
              ? "renewable electricity matched in the same hour as a share of electricity consumed"
              : "renewable electricity as a share of electricity consumed";
      case FLEET_ELECTRIFICATION -> "electric vehicles as a share of the fleet";
    };
  }

  /**
   * The value of an absolute or intensity target for an inventory's totals of its org unit: the
   * covered emissions in t CO2e, divided for an intensity by {@code denominator} (the metric's
   * value in that year; ignored for an absolute target).
   */
  public double emissionValue(Totals totals, double denominator) {
    double tonnes = coverage.gramsOf(totals) / 1_000_000.0;
    return switch (kind) {
      case ABSOLUTE -> tonnes;
      case INTENSITY -> tonnes / denominator;
      default -> throw new IllegalStateException(kind.label() + " targets measure no emissions");
    };
  }

  /** True for the kinds measured on the inventory (absolute and intensity). */
  public boolean onInventory() {
    return kind == TargetKind.ABSOLUTE || kind == TargetKind.INTENSITY;
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "name="
        + name
        + "\nkind="
        + kind.label()
        + "\norg_unit="
        + orgUnit
        + "\nscopes="
        + (coverage == null
            ? ""
            : coverage.text() + (coverage.scope2Market() ? " market" : " location"))
        + "\ndenominator="
        + (denominator == null ? "" : denominator)
        + "\nbase_year="
        + baseYear
        + "\ntarget_year="
        + targetYear
        + "\ntarget_value="
        + targetValue
        + "\npathway="
        + pathway.label()
        + "\ncriteria="
        + criteria
        // the annual basis, the default, leaves the text of targets kept before it was asked
        + (basis == ShareBasis.HOURLY ? "\nbasis=hourly" : "");
  }
}
