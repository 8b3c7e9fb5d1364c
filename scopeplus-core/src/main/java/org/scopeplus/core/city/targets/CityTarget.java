package org.scopeplus.core.city.targets;

import java.util.Optional;
import org.scopeplus.core.targets.Pathway;

/**
 * A city's target from a base year to a target year.
 *
 * <p>The value reads by kind: for {@link CityTargetKind#ABSOLUTE}, {@link
 * CityTargetKind#PER_CAPITA} and {@link CityTargetKind#PER_GDP} the reduction against the base year
 * (0.5 for -50%); for {@link CityTargetKind#NEUTRALITY} 1 (net zero); for {@link
 * CityTargetKind#PEAK} the cap on the peak in t CO2e, or 0 for none. The pathway is the company
 * module's {@link Pathway}: linear for every kind, or the SBTi absolute contraction for an absolute
 * target.
 *
 * @param id its id
 * @param name what the city calls it, e.g. {@code 2030 carbon peak}
 * @param kind what it measures
 * @param baseYear the base year (for a peak target, the first year its trend is read from)
 * @param targetYear the target year, after the base year
 * @param value see above
 * @param pathway the pathway from the base year to the target year
 */
public record CityTarget(
    String id,
    String name,
    CityTargetKind kind,
    int baseYear,
    int targetYear,
    double value,
    Pathway pathway) {

  /** The years a city target may name. */
  public static final int FIRST_YEAR = 1990;

  public static final int LAST_YEAR = 2100;

  /** The largest cap on a peak, t CO2e (2^53 g). */
  public static final double MAX_PEAK_TONNES = 9.0e9;

  /** Why this target cannot be kept, or empty when it can. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank()) {
      return Optional.of("a target needs a name");
    }
    if (kind == null) {
      return Optional.of("a target's kind is peak, absolute, per-capita, per-gdp or neutrality");
    }
    if (baseYear < FIRST_YEAR
        || baseYear > LAST_YEAR
        || targetYear < FIRST_YEAR
        || targetYear > LAST_YEAR) {
      return Optional.of(
          "base year and target year must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
    }
    if (targetYear <= baseYear) {
      return Optional.of(
          "the target year " + targetYear + " must come after the base year " + baseYear);
    }
    if (!Double.isFinite(value)) {
      return Optional.of("the target value must be a number");
    }
    Pathway p = pathway == null ? Pathway.LINEAR : pathway;
    if (p != Pathway.LINEAR && kind != CityTargetKind.ABSOLUTE) {
      return Optional.of(
          "the SBTi absolute contraction pathway applies to absolute targets only; a "
              + kind.label()
              + " target takes the linear pathway");
    }
    return switch (kind) {
      case ABSOLUTE, PER_CAPITA, PER_GDP ->
          value > 0 && value <= 1
              ? Optional.empty()
              : Optional.of(
                  "the reduction of "
                      + (kind == CityTargetKind.ABSOLUTE ? "an " : "a ")
                      + kind.label()
                      + " target lies above 0 and at most 1 (0.5 for -50%)");
      case NEUTRALITY ->
          value == 1
              ? Optional.empty()
              : Optional.of("a neutrality target's value is 1: net emissions zero");
      case PEAK ->
          value >= 0 && value <= MAX_PEAK_TONNES
              ? Optional.empty()
              : Optional.of(
                  "a peak target's value is the cap on the peak in t CO2e, from 0 (no cap) to"
                      + " 9e9");
    };
  }

  /** The unit of this target's values. */
  public String unit() {
    return kind.unit();
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "name="
        + name
        + "\nkind="
        + kind.label()
        + "\nbase_year="
        + baseYear
        + "\ntarget_year="
        + targetYear
        + "\nvalue="
        + value
        + "\npathway="
        + pathway.label();
  }
}
