package org.scopeplus.core.quality;

import java.util.List;
import org.scopeplus.core.factor.RegionHierarchy;

/**
 * Scores the five data-quality indicators of a line by fixed, documented rules
 * (docs/uncertainty.md, "Data-quality indicators"). The scale is the pedigree matrix of Weidema and
 * Wesnaes (1996) that the GHG Protocol Scope 3 Standard (Ch. 7, Tables 7.6 and 7.7) points to: 1
 * very good to 5 very poor.
 */
public final class DataQualityScoring {

  private final RegionHierarchy regions;

  /** Scoring that rolls regions up by {@code regions}. */
  public DataQualityScoring(RegionHierarchy regions) {
    this.regions = regions;
  }

  /** Scoring with the default region rule ({@code XX-YY} in {@code XX} in GLOBAL). */
  public static DataQualityScoring withDefaultRegions() {
    return new DataQualityScoring(RegionHierarchy.defaultRule());
  }

  /** The five scores of a line, each with its reason. */
  public DataQualityIndicators score(LineFacts line) {
    ActivityDataTier tier = ActivityDataTier.of(line.dataQuality());
    int technological = technological(line);
    int temporal = temporal(line);
    int geographical = geographical(line);
    int completeness = completeness(tier);
    int reliability = reliability(tier);
    return new DataQualityIndicators(
        technological,
        temporal,
        geographical,
        completeness,
        reliability,
        List.of(
            technologicalReason(line, technological),
            temporalReason(line, temporal),
            geographicalReason(line, geographical),
            "activity data " + tier.label() + ": completeness " + completeness,
            "activity data " + tier.label() + ": reliability " + reliability));
  }

  /**
   * 1 for a factor the record supplied (supplier-specific or an instrument), 2 for a factor of the
   * very process (combustion of that fuel, that grid, that gas), 3 for averages over a product
   * group or a life cycle, 4 for spend-based (environmentally extended input-output) factors.
   */
  static int technological(LineFacts line) {
    if (line.factorSupplied()) {
      return 1;
    }
    return switch (line.factorType()) {
      case SUPPLIER_SPECIFIC, CONTRACTUAL_INSTRUMENT -> 1;
      case DIRECT_COMBUSTION,
          GRID_AVERAGE,
          ETS_GRID_AVERAGE,
          FOSSIL_GRID_AVERAGE,
          RESIDUAL_MIX,
          OPERATING_MARGIN,
          BUILD_MARGIN,
          LEAK_RATE,
          GAS_RELEASE,
          EQUITY_SHARE ->
          2;
      case AVERAGE_DATA, LIFE_CYCLE, WELL_TO_TANK, TRANSMISSION_DISTRIBUTION -> 3;
      case SPEND_BASED -> 4;
    };
  }

  /**
   * Years between the activity and the factor's data: under 3 is 1, under 6 is 2, under 10 is 3,
   * under 15 is 4, 15 or more (or unknown) is 5. A factor the record supplied is taken to be of the
   * activity's own year.
   */
  static int temporal(LineFacts line) {
    if (line.factorSupplied()) {
      return 1;
    }
    if (line.factorYear() <= 0) {
      return 5;
    }
    int years = Math.abs(line.recordYear() - line.factorYear());
    if (years < 3) {
      return 1;
    }
    if (years < 6) {
      return 2;
    }
    if (years < 10) {
      return 3;
    }
    return years < 15 ? 4 : 5;
  }

  /**
   * 1 when the factor is for the activity's own region, 2 for the region one level up (a province's
   * country), 3 for a region further up, 4 for a world average, 5 for another region.
   */
  int geographical(LineFacts line) {
    if (line.factorSupplied()) {
      return 1;
    }
    String factorRegion = RegionHierarchy.normalise(line.factorRegion());
    List<String> chain = regions.chain(line.recordRegion());
    int at = chain.indexOf(factorRegion);
    if (at < 0) {
      return 5;
    }
    if (factorRegion.equals(RegionHierarchy.GLOBAL)) {
      return at == 0 ? 1 : 4;
    }
    return Math.min(at + 1, 3);
  }

  /**
   * Measured and invoiced amounts cover the period: 1; calculated 2; extrapolated 3; estimated 4.
   */
  static int completeness(ActivityDataTier tier) {
    return switch (tier) {
      case MEASURED, INVOICED -> 1;
      case CALCULATED -> 2;
      case EXTRAPOLATED -> 3;
      case ESTIMATED -> 4;
      case NOT_STATED -> 5;
    };
  }

  /**
   * Measured 1 (data based on measurements), invoiced 2 (measurements by the supplier, not checked
   * by the reporter), calculated 3 (partly based on assumptions), extrapolated and estimated 4
   * (qualified estimate), not stated 5.
   */
  static int reliability(ActivityDataTier tier) {
    return switch (tier) {
      case MEASURED -> 1;
      case INVOICED -> 2;
      case CALCULATED -> 3;
      case EXTRAPOLATED, ESTIMATED -> 4;
      case NOT_STATED -> 5;
    };
  }

  private static String technologicalReason(LineFacts line, int score) {
    return line.factorSupplied()
        ? "factor supplied with the record: technological 1"
        : "factor type " + line.factorType().label() + ": technological " + score;
  }

  private static String temporalReason(LineFacts line, int score) {
    if (line.factorSupplied()) {
      return "factor supplied with the record for its own period: temporal 1";
    }
    if (line.factorYear() <= 0) {
      return "factor year unknown: temporal 5";
    }
    return "activity "
        + line.recordYear()
        + ", factor "
        + line.factorYear()
        + ": temporal "
        + score;
  }

  private static String geographicalReason(LineFacts line, int score) {
    if (line.factorSupplied()) {
      return "factor supplied with the record: geographical 1";
    }
    return "activity in "
        + RegionHierarchy.normalise(line.recordRegion())
        + ", factor for "
        + RegionHierarchy.normalise(line.factorRegion())
        + ": geographical "
        + score;
  }
}
