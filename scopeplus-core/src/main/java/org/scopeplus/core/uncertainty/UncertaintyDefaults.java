package org.scopeplus.core.uncertainty;

import java.util.Optional;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.quality.ActivityDataTier;
import org.scopeplus.core.quality.LineFacts;

/**
 * The default 95% uncertainty of a line's activity data (by the record's tier) and of its factor
 * (by the factor's type and gas), each with the source it rests on; the user's overrides win. The
 * table and its sources are in docs/uncertainty.md; values that rest on the project's judgement
 * rather than a published range say so in their basis.
 */
public final class UncertaintyDefaults {

  private static final String IPCC_AD =
      "IPCC 2006 Vol. 2 Ch. 2 Table 2.15 (activity data of stationary combustion)";
  private static final String IPCC_CO2 =
      "IPCC 2006 Vol. 2 Ch. 1 Table 1.4 and Ch. 2 Sec. 2.4.1 (CO2 factors of fuels)";
  private static final String IPCC_NON_CO2 =
      "IPCC 2006 Vol. 2 Ch. 2 Sec. 2.4.1 (CH4 and N2O factors: wide, skewed ranges)";
  private static final String IPCC_REFRIGERANT =
      "IPCC 2006 Vol. 3 Ch. 7 Table 7.9 (ranges of refrigerant emission factors)";
  private static final String JUDGEMENT = "ScopePlus judgement; GHG Protocol uncertainty guidance";

  private UncertaintyDefaults() {}

  /** The default uncertainty of activity data of a tier. */
  public static Uncertainty activity(ActivityDataTier tier) {
    return switch (tier) {
      case MEASURED -> Uncertainty.percent(2, Distribution.NORMAL, IPCC_AD + ", surveyed: 2-3%");
      case INVOICED -> Uncertainty.percent(3, Distribution.NORMAL, IPCC_AD + ", surveyed: 2-3%");
      case CALCULATED ->
          Uncertainty.percent(5, Distribution.NORMAL, IPCC_AD + ", extrapolated: 3-5%");
      case EXTRAPOLATED ->
          Uncertainty.percent(
              10, Distribution.NORMAL, IPCC_AD + ", extrapolated, commercial: 5-10%");
      case ESTIMATED ->
          Uncertainty.percent(
              20, Distribution.NORMAL, IPCC_AD + ", less-developed statistics: 15-20%");
      case NOT_STATED ->
          Uncertainty.percent(30, Distribution.LOGNORMAL, JUDGEMENT + ": data quality not stated");
    };
  }

  /** The default uncertainty of a line's factor. */
  public static Uncertainty factor(LineFacts line) {
    if (line.factorSupplied()) {
      return Uncertainty.percent(
          10, Distribution.NORMAL, JUDGEMENT + ": factor supplied with the record");
    }
    boolean co2 = line.gas().equalsIgnoreCase("CO2");
    return switch (line.factorType()) {
      case DIRECT_COMBUSTION ->
          co2
              ? Uncertainty.percent(5, Distribution.NORMAL, IPCC_CO2 + ": within 5%")
              : Uncertainty.percent(100, Distribution.LOGNORMAL, IPCC_NON_CO2);
      case GRID_AVERAGE,
          ETS_GRID_AVERAGE,
          FOSSIL_GRID_AVERAGE,
          RESIDUAL_MIX,
          OPERATING_MARGIN,
          BUILD_MARGIN ->
          Uncertainty.percent(
              10, Distribution.NORMAL, JUDGEMENT + ": published grid factors carry no range");
      case SUPPLIER_SPECIFIC, CONTRACTUAL_INSTRUMENT ->
          Uncertainty.percent(
              10, Distribution.NORMAL, JUDGEMENT + ": supplier or instrument factor");
      case LEAK_RATE -> Uncertainty.percent(50, Distribution.LOGNORMAL, IPCC_REFRIGERANT);
      case GAS_RELEASE ->
          Uncertainty.percent(
              0, Distribution.NORMAL, "released mass counted directly; GWPs carry no uncertainty");
      case AVERAGE_DATA, LIFE_CYCLE, WELL_TO_TANK, TRANSMISSION_DISTRIBUTION, EQUITY_SHARE ->
          Uncertainty.percent(30, Distribution.LOGNORMAL, JUDGEMENT + ": average-data factor");
      case SPEND_BASED ->
          Uncertainty.percent(
              50, Distribution.LOGNORMAL, JUDGEMENT + ": spend-based (input-output) factor");
    };
  }

  /**
   * The line with its uncertainties, the user's overrides first (activity by activity type, factor
   * by factor id); empty for lines outside the totals (biogenic CO2, memo gases).
   */
  public static Optional<UncertainLine> assign(LineFacts line, UncertaintyOverrides overrides) {
    if (!line.inTotals()) {
      return Optional.empty();
    }
    Uncertainty activity = overrides.byActivityType().get(line.activityType());
    if (activity == null) {
      activity = activity(ActivityDataTier.of(line.dataQuality()));
    }
    Uncertainty factor = line.factorSupplied() ? null : overrides.byFactor().get(line.factorId());
    if (factor == null) {
      factor = factor(line);
    }
    String factorKey =
        line.factorSupplied()
            ? "record:" + line.recordId() + "|" + line.gas() + "|" + line.method()
            : line.factorId() + "|" + line.gas();
    return Optional.of(
        new UncertainLine(
            line.recordId(),
            factorKey,
            line.scope(),
            line.category(),
            line.method() == Scope2Method.MARKET,
            line.co2eGrams(),
            activity,
            factor));
  }
}
