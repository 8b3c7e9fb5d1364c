package org.scopeplus.io.city.demo;

import java.util.List;
import java.util.Map;
import org.scopeplus.io.city.spatial.PointSource;

/**
 * The demo city, Carbon Eye's filled example: the files a city government would upload (district
 * boundaries as GeoJSON, its GPC reporting sheet, daily proxies as CSV), the sector totals and
 * located emissions derived from its sheet, and the registry operations of its covered enterprises.
 * Everything follows from a seed and a day (see {@link DemoCityGenerator}).
 *
 * @param name the city's name, also its tenant's name
 * @param slug its public page's slug
 * @param inventoryYear the year of its last full inventory (the year before {@code today})
 * @param gpcSheet its GPC reporting sheet (CSV, one row) for the inventory year
 * @param districtsGeoJson its districts: a GeoJSON FeatureCollection with id, name, population, gdp
 * @param population the sum of the districts' population
 * @param gdp the sum of the districts' GDP (yuan)
 * @param sectors the territorial (scope 1) total of each map sector, grams CO2e
 * @param weighting how the unlocated part of a sector is spread (population, gdp; area otherwise)
 * @param points the point sources (power plant, landfill)
 * @param districtActivity activity recorded for a district (the airport), grams
 * @param proxiesCsv the daily proxies, {@code date,sector,value}
 * @param anomaly the day and sector of the one anomaly in the proxies
 * @param ets the registry operations, in order
 */
public record DemoCity(
    String name,
    String slug,
    int inventoryYear,
    String gpcSheet,
    String districtsGeoJson,
    double population,
    double gdp,
    Map<String, Long> sectors,
    Map<String, String> weighting,
    List<PointSource> points,
    List<DistrictActivity> districtActivity,
    String proxiesCsv,
    Anomaly anomaly,
    List<DemoEtsStep> ets) {

  /** Emissions recorded for a district as a whole, e.g. an airport's. */
  public record DistrictActivity(String name, String district, String sector, long grams) {}

  /** The day on which one sector's proxy departs from its trend. */
  public record Anomaly(java.time.LocalDate day, String sector, double factor) {}

  public DemoCity {
    sectors = Map.copyOf(sectors);
    weighting = Map.copyOf(weighting);
    points = List.copyOf(points);
    districtActivity = List.copyOf(districtActivity);
    ets = List.copyOf(ets);
  }
}
