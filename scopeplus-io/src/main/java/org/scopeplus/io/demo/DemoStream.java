package org.scopeplus.io.demo;

/**
 * One recurring activity of one facility of the demo company: what it is, where, how big it was in
 * 2020 (in tonnes CO2e, location-based, from which the 2020 quantity is worked out with the real
 * factors) and how it moves afterwards.
 *
 * @param orgUnit the org-unit path
 * @param facility the facility
 * @param region the region (drives factor resolution)
 * @param activityType the activity type key
 * @param unit the unit records are written in
 * @param substance the refrigerant released, or ""
 * @param tonnes2020 emissions of the stream in 2020, t CO2e (location-based)
 * @param growth yearly growth of the activity from 2021 (0.2 = +20% a year)
 * @param efficiency yearly reduction per unit of activity (PUE, fuel economy), 0.03 = -3% a year
 * @param season how the year spreads over months
 * @param instrument contractual instrument bought for a growing share of this electricity (GEC,
 *     I-REC), or "" when none
 */
public record DemoStream(
    String orgUnit,
    String facility,
    String region,
    String activityType,
    String unit,
    String substance,
    double tonnes2020,
    double growth,
    double efficiency,
    Season season,
    String instrument) {

  /** The quantity of a year relative to 2020. */
  public double trend(int year) {
    int t = year - DemoCompany.FIRST_YEAR;
    return Math.pow(1 + growth, t) * Math.pow(1 - efficiency, t);
  }
}
