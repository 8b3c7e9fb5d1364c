package org.scopeplus.core.city.targets;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.calculation.Grams;

/**
 * A scenario of measures: a baseline (the city's emissions by sector in the base year, grown by a
 * yearly rate, business as usual) and the measures that reduce it, in the order they are applied.
 *
 * @param id its id
 * @param name what the city calls it
 * @param baseYear the baseline's year, the first year of the pathway
 * @param endYear the last year of the pathway
 * @param baseline sector to grams CO2e in the base year, in the order given
 * @param growth the baseline's yearly growth, e.g. 0.01 for +1% a year (negative for a decline)
 * @param discountRate the rate capital costs are spread at, e.g. 0.05
 * @param measures the measures, in the order they are applied to the remaining emissions
 */
public record Scenario(
    String id,
    String name,
    int baseYear,
    int endYear,
    Map<String, Long> baseline,
    double growth,
    double discountRate,
    List<Measure> measures) {

  /** At most this many sectors and this many measures. */
  public static final int MAX_SECTORS = 50;

  public static final int MAX_MEASURES = 100;

  public Scenario {
    baseline =
        baseline == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  /** Why this scenario cannot be kept, or empty when it can. */
  public Optional<String> refusal() {
    if (name == null || name.isBlank() || name.length() > 200) {
      return Optional.of("a scenario needs a name of at most 200 characters");
    }
    if (baseYear < CityTarget.FIRST_YEAR || endYear > CityTarget.LAST_YEAR) {
      return Optional.of(
          "base year and end year must lie between "
              + CityTarget.FIRST_YEAR
              + " and "
              + CityTarget.LAST_YEAR);
    }
    if (endYear <= baseYear) {
      return Optional.of("the end year " + endYear + " must come after the base year " + baseYear);
    }
    if (baseline.isEmpty() || baseline.size() > MAX_SECTORS) {
      return Optional.of("the baseline names 1 to " + MAX_SECTORS + " sectors with their grams");
    }
    if (!(growth >= -0.5 && growth <= 0.5)) {
      return Optional.of("the baseline's yearly growth lies between -0.5 and 0.5 (0.01 for +1%)");
    }
    if (!(discountRate >= 0 && discountRate <= 0.5)) {
      return Optional.of("the discount rate lies between 0 and 0.5 (0.05 for 5%)");
    }
    for (Map.Entry<String, Long> e : baseline.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getKey().length() > 60) {
        return Optional.of("a baseline sector needs a name of at most 60 characters");
      }
      Long g = e.getValue();
      if (g == null || g < 0 || g > Grams.MAX_LINE) {
        return Optional.of(
            "the baseline of sector '"
                + e.getKey()
                + "' lies between 0 and 2^53 g (about 9 Gt CO2e)");
      }
      int worst = growth >= 0 ? endYear : baseYear;
      if (Grams.rounded(grown(g, worst)) == Grams.REFUSED) {
        return Optional.of(
            "the baseline of sector '"
                + e.getKey()
                + "' grows beyond 2^53 g (about 9 Gt CO2e) by "
                + endYear);
      }
    }
    if (measures.size() > MAX_MEASURES) {
      return Optional.of("a scenario holds at most " + MAX_MEASURES + " measures");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Measure m : measures) {
      Optional<String> r = m.refusal();
      if (r.isPresent()) {
        return r;
      }
      if (!names.add(m.name())) {
        return Optional.of("two measures are named '" + m.name() + "'; names are unique");
      }
      if (!baseline.containsKey(m.sector())) {
        return Optional.of(
            "measure '"
                + m.name()
                + "' reduces sector '"
                + m.sector()
                + "', which the baseline does not name");
      }
      for (Integer y : m.shares().keySet()) {
        if (y < baseYear || y > endYear) {
          return Optional.of(
              "measure '"
                  + m.name()
                  + "' is deployed in "
                  + y
                  + ", outside the scenario's years "
                  + baseYear
                  + "-"
                  + endYear);
        }
      }
    }
    return Optional.empty();
  }

  /** The baseline of {@code baseGrams} in {@code year}, unrounded grams. */
  double grown(long baseGrams, int year) {
    return baseGrams * Math.pow(1 + growth, year - baseYear);
  }

  /** The baseline of a sector in {@code year}, whole grams rounded half-even. */
  public long baselineGrams(String sector, int year) {
    return Grams.rounded(grown(baseline.get(sector), year));
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    StringBuilder s =
        new StringBuilder()
            .append("name=")
            .append(name)
            .append("\nbase_year=")
            .append(baseYear)
            .append("\nend_year=")
            .append(endYear)
            .append("\nbaseline=")
            .append(baseline)
            .append("\ngrowth=")
            .append(growth)
            .append("\ndiscount_rate=")
            .append(discountRate);
    for (Measure m : measures) {
      s.append('\n').append(m.state());
    }
    return s.toString();
  }
}
