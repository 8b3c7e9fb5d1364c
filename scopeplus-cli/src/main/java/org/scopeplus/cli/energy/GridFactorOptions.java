package org.scopeplus.cli.energy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.energy.GridFactor;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import picocli.CommandLine.Option;

/**
 * The grid factor options of the energy commands that price CO2: a factor given, or the built-in
 * library's location-based factor for a region and year as the inventory engine resolves it (its
 * region chain and year rule, through {@link GridFactor#of}, as the service does).
 */
final class GridFactorOptions {

  @Option(
      names = "--grid-factor",
      paramLabel = "KG_PER_KWH",
      description =
          "kg CO2 per kWh of grid electricity, overriding the factor library's for --region and"
              + " --year.")
  Double gridFactor;

  @Option(
      names = "--region",
      defaultValue = "CN",
      paramLabel = "REGION",
      description =
          "Where the site is (CN, CN-ZJ, GB, ...): its location-based grid factor comes from the"
              + " built-in factor library, as the inventory engine resolves it (default CN).")
  String region;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description =
          "The year whose grid factor is used, by the year rule (default: the year of the middle"
              + " of the period analysed).")
  Integer year;

  /** The grid factor used: given with --grid-factor, or the library's for the region and year. */
  record Choice(double kgPerKwh, String region, int year, GridFactor fromLibrary) {

    /** One line: the factor, and for the library's its id, citation and why it was chosen. */
    String sentence() {
      return fromLibrary == null
          ? String.format(Locale.ROOT, "grid factor %.4f kg CO2/kWh (given)", kgPerKwh)
          : "for "
              + region
              + " in "
              + year
              + " ("
              + fromLibrary.reason()
              + "), "
              + fromLibrary.sentence();
    }

    /** The same in JSON: the factor, and the library's choice where it is the library's. */
    void putJson(Map<String, Object> root) {
      root.put("gridFactorKgPerKwh", kgPerKwh);
      if (fromLibrary != null) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("region", region);
        g.put("year", year);
        g.put("factorId", fromLibrary.factorId());
        g.put("citation", fromLibrary.citation());
        g.put("reason", fromLibrary.reason());
        g.put("secondary", fromLibrary.weak());
        root.put("gridFactor", g);
      }
    }
  }

  /**
   * The factor for the period [period[0], period[1]) in the zone: --grid-factor, else the library's
   * for --region in --year (default: the year of the period's middle); refused with a sentence when
   * the options are out of range or the library has none.
   */
  Choice choose(long[] period, ZoneId z) {
    if (gridFactor != null) {
      if (!(gridFactor >= 0 && gridFactor <= 10)) {
        throw new LoadInputs.Refused(
            "--grid-factor " + gridFactor + ": from 0 to 10 kg CO2 per kWh");
      }
      return new Choice(gridFactor, null, 0, null);
    }
    if (!region.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?|[A-Z]{2}-GRID-[A-Z]{1,12}|GLOBAL")) {
      throw new LoadInputs.Refused(
          "--region " + region + ": an ISO 3166 code such as CN, CN-ZJ or GB, or GLOBAL");
    }
    int y =
        year != null
            ? year
            : Instant.ofEpochSecond(period[0] / 2 + period[1] / 2).atZone(z).getYear();
    if (y < 1970 || y > 2200) {
      throw new LoadInputs.Refused("--year " + y + ": outside 1970-2200");
    }
    CalculationEngine engine = BuiltInReferenceData.load().engine(CalculationOptions.defaults());
    GridFactor.Outcome o = GridFactor.of(engine, region, y);
    if (o instanceof GridFactor.Outcome.Found f) {
      return new Choice(f.factor().kgCo2ePerKwh(), region, y, f.factor());
    }
    throw new LoadInputs.Refused(
        "no grid factor for --region "
            + region
            + " in "
            + y
            + ": "
            + ((GridFactor.Outcome.NotFound) o).reason()
            + "; give --grid-factor");
  }
}
