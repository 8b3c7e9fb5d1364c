package org.scopeplus.core.city.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.calculation.Grams;

/**
 * Allocates a city's sector totals to its districts. For each sector, the emissions already located
 * in a district (point sources in the polygon that holds them, activity recorded per district) stay
 * there as they are; the rest of the sector's city total is spread over the districts by the
 * sector's weights (each district's area share by default; its population or GDP when chosen) with
 * the {@link LargestRemainder} rule. Each sector's districts therefore add up exactly to the city's
 * sector total, and the districts to the city total.
 *
 * <p>Refused: a sector whose located emissions exceed its city total, located emissions of a sector
 * without a city total or in a district not among the districts, a total beyond {@link
 * Grams#MAX_LINE}, and a rest to spread where every weight is zero.
 */
public final class AllocatingToDistricts {

  private AllocatingToDistricts() {}

  /**
   * @param cityTotals sector -> the city's grams CO2e (zero or more)
   * @param located district -> sector -> grams located in that district
   * @param weights sector -> district -> weight for the rest; a sector not named uses {@code
   *     defaultWeights}
   * @param defaultWeights district -> weight (e.g. area share); its keys are the districts
   */
  public static AllocationOutcome allocate(
      Map<String, Long> cityTotals,
      Map<String, Map<String, Long>> located,
      Map<String, Map<String, Double>> weights,
      Map<String, Double> defaultWeights) {
    List<String> districts = new ArrayList<>(new TreeMap<>(defaultWeights).keySet());
    if (districts.isEmpty()) {
      return new AllocationOutcome.Refused("there are no districts to allocate to");
    }
    for (Map.Entry<String, Map<String, Long>> d : located.entrySet()) {
      if (!defaultWeights.containsKey(d.getKey())) {
        return new AllocationOutcome.Refused(
            "emissions are located in district '" + d.getKey() + "', which is not a district");
      }
      for (Map.Entry<String, Long> s : d.getValue().entrySet()) {
        if (!cityTotals.containsKey(s.getKey())) {
          return new AllocationOutcome.Refused(
              "district '"
                  + d.getKey()
                  + "' has emissions of sector '"
                  + s.getKey()
                  + "', which has no city total");
        }
        if (s.getValue() < 0) {
          return new AllocationOutcome.Refused(
              "district '" + d.getKey() + "' has negative located emissions of " + s.getKey());
        }
      }
    }
    Map<String, Map<String, Long>> out = new TreeMap<>();
    districts.forEach(d -> out.put(d, new TreeMap<>()));
    for (Map.Entry<String, Long> sector : new TreeMap<>(cityTotals).entrySet()) {
      String code = sector.getKey();
      long total = sector.getValue();
      if (total < 0 || total > Grams.MAX_LINE) {
        return new AllocationOutcome.Refused(
            "the city total of sector '"
                + code
                + "' is "
                + total
                + " g; it must lie between 0 and "
                + Grams.MAX_LINE
                + " g");
      }
      long here = 0;
      for (String d : districts) {
        long g = located.getOrDefault(d, Map.of()).getOrDefault(code, 0L);
        here = Math.addExact(here, g);
      }
      if (here > total) {
        return new AllocationOutcome.Refused(
            "sector '"
                + code
                + "': emissions located in the districts add up to "
                + here
                + " g, more than the city total of "
                + total
                + " g");
      }
      Map<String, Double> w = weights.getOrDefault(code, defaultWeights);
      double[] shares = new double[districts.size()];
      double sum = 0;
      for (int i = 0; i < shares.length; i++) {
        Double v = w.get(districts.get(i));
        if (v == null || !Double.isFinite(v) || v < 0) {
          return new AllocationOutcome.Refused(
              "sector '"
                  + code
                  + "': district '"
                  + districts.get(i)
                  + "' has no weight of zero or more to spread the rest by");
        }
        shares[i] = v;
        sum += v;
      }
      long rest = total - here;
      if (rest > 0 && sum == 0) {
        return new AllocationOutcome.Refused(
            "sector '" + code + "': " + rest + " g are not located and every district weighs 0");
      }
      long[] spread = LargestRemainder.split(rest, shares);
      for (int i = 0; i < shares.length; i++) {
        String d = districts.get(i);
        long g = located.getOrDefault(d, Map.of()).getOrDefault(code, 0L) + spread[i];
        out.get(d).put(code, g);
      }
    }
    return new AllocationOutcome.Allocated(new Allocation(out));
  }
}
