package org.scopeplus.core.city.targets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario gives: its baseline, each measure's reduction and cost, and the resulting
 * pathway, year by year, in whole grams.
 *
 * <p>Measures never count a gram twice. Each year every sector starts from its baseline; the
 * measures are applied in the scenario's order, each to what the measures before it left in its
 * sector: it counts its gross reduction that year, or the sector's remaining emissions when they
 * are fewer, and the rest of its gross reduction is reported as overlap, not counted. A sector
 * never falls below zero, and the resulting emissions are the baseline minus the counted
 * reductions, exactly.
 *
 * @param scenario the scenario
 * @param years each year from the base year to the end year
 * @param measures each measure's result, in the scenario's order
 * @param abatementOrder the measures' names from the lowest marginal abatement cost to the highest
 *     (ties in the scenario's order)
 * @param baselineGrams the baseline added over the years
 * @param countedGrams the counted reductions added over the years
 */
public record ScenarioPathway(
    Scenario scenario,
    List<ScenarioYear> years,
    List<MeasureResult> measures,
    List<String> abatementOrder,
    long baselineGrams,
    long countedGrams) {

  /**
   * One year of the scenario.
   *
   * @param year the year
   * @param baselineGrams the baseline, all sectors
   * @param countedGrams the reductions counted, all measures
   * @param resultGrams baseline minus counted
   * @param measureGrams each measure's counted grams this year, by name
   */
  public record ScenarioYear(
      int year,
      long baselineGrams,
      long countedGrams,
      long resultGrams,
      Map<String, Long> measureGrams) {}

  /**
   * One measure over the scenario.
   *
   * @param name its name
   * @param kind its kind
   * @param sector the sector it reduces
   * @param formula its formula in words
   * @param fullGramsPerYear its reduction a year at full deployment, whole grams
   * @param grossGrams its reductions before overlap, over the years
   * @param countedGrams its reductions counted, over the years
   * @param overlapGrams gross minus counted: what the measures before it had already removed
   * @param capexCny capital cost, CNY
   * @param opexCnyPerYear operating cost a year, CNY
   * @param yearlyCostCny capital spread at the discount rate plus operating, CNY a year
   * @param costPerTonneCny the marginal abatement cost, CNY per t CO2e
   * @param factorSource the source of its factors
   * @param secondary whether a factor comes from a secondary source
   */
  public record MeasureResult(
      String name,
      MeasureKind kind,
      String sector,
      String formula,
      long fullGramsPerYear,
      long grossGrams,
      long countedGrams,
      long overlapGrams,
      double capexCny,
      double opexCnyPerYear,
      double yearlyCostCny,
      double costPerTonneCny,
      String factorSource,
      boolean secondary) {}

  /** The pathway of {@code s}, which must have no {@link Scenario#refusal()}. */
  public static ScenarioPathway of(Scenario s) {
    if (s.refusal().isPresent()) {
      throw new IllegalArgumentException(s.refusal().get());
    }
    int n = s.measures().size();
    long[] gross = new long[n];
    long[] counted = new long[n];
    List<ScenarioYear> years = new ArrayList<>();
    long baselineSum = 0;
    long countedSum = 0;
    for (int y = s.baseYear(); y <= s.endYear(); y++) {
      Map<String, Long> remaining = new LinkedHashMap<>();
      long baseline = 0;
      for (String sector : s.baseline().keySet()) {
        long g = s.baselineGrams(sector, y);
        remaining.put(sector, g);
        baseline = Math.addExact(baseline, g);
      }
      long reduced = 0;
      Map<String, Long> byMeasure = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        Measure m = s.measures().get(i);
        long g = m.grossGramsIn(y);
        long left = remaining.get(m.sector());
        long c = Math.min(g, left);
        remaining.put(m.sector(), left - c);
        gross[i] = Math.addExact(gross[i], g);
        counted[i] = Math.addExact(counted[i], c);
        reduced = Math.addExact(reduced, c);
        byMeasure.put(m.name(), c);
      }
      years.add(new ScenarioYear(y, baseline, reduced, baseline - reduced, byMeasure));
      baselineSum = Math.addExact(baselineSum, baseline);
      countedSum = Math.addExact(countedSum, reduced);
    }
    List<MeasureResult> results = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Measure m = s.measures().get(i);
      results.add(
          new MeasureResult(
              m.name(),
              m.kind(),
              m.sector(),
              m.kind().formula(),
              org.scopeplus.core.calculation.Grams.rounded(m.fullGramsPerYear()),
              gross[i],
              counted[i],
              gross[i] - counted[i],
              m.capexCny(),
              m.opexCnyPerYear(),
              m.yearlyCostCny(s.discountRate()),
              m.costPerTonneCny(s.discountRate()),
              m.factorSource(),
              m.secondary()));
    }
    List<String> order =
        results.stream()
            .sorted(Comparator.comparingDouble(MeasureResult::costPerTonneCny))
            .map(MeasureResult::name)
            .toList();
    return new ScenarioPathway(
        s, List.copyOf(years), List.copyOf(results), order, baselineSum, countedSum);
  }
}
