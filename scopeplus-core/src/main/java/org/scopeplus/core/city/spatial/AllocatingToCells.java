package org.scopeplus.core.city.spatial;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Allocates each district's emissions to the cells of a regular grid: a district's point sources go
 * to the cell that holds them; the rest of each of its sectors is spread over the cells the
 * district overlaps, by the area of each overlap, with the {@link LargestRemainder} rule. Each
 * district's cells therefore add up exactly to the district, and all cells to the city total.
 *
 * <p>Refused: a district with emissions to spread and no overlap with any cell, point sources of a
 * district that exceed its allocation of that sector.
 */
public final class AllocatingToCells {

  private AllocatingToCells() {}

  /**
   * @param districts the district allocation
   * @param points district -> sector -> cell -> grams of the district's point sources in that cell
   * @param overlaps district -> cell -> area of their intersection (any unit, e.g. m2)
   */
  public static AllocationOutcome allocate(
      Allocation districts,
      Map<String, Map<String, Map<String, Long>>> points,
      Map<String, Map<String, Double>> overlaps) {
    Map<String, Map<String, Long>> cells = new TreeMap<>();
    for (Map.Entry<String, Map<String, Long>> d : districts.grams().entrySet()) {
      String district = d.getKey();
      List<String> overlapped =
          new ArrayList<>(new TreeMap<>(overlaps.getOrDefault(district, Map.of())).keySet());
      double[] areas = new double[overlapped.size()];
      double sum = 0;
      for (int i = 0; i < areas.length; i++) {
        areas[i] = overlaps.get(district).get(overlapped.get(i));
        sum += areas[i];
      }
      for (Map.Entry<String, Long> s : d.getValue().entrySet()) {
        String sector = s.getKey();
        Map<String, Long> inCells =
            points.getOrDefault(district, Map.of()).getOrDefault(sector, Map.of());
        long pointGrams = 0;
        for (Map.Entry<String, Long> p : inCells.entrySet()) {
          pointGrams = Math.addExact(pointGrams, p.getValue());
          cells
              .computeIfAbsent(p.getKey(), k -> new TreeMap<>())
              .merge(sector, p.getValue(), Long::sum);
        }
        long rest = s.getValue() - pointGrams;
        if (rest < 0) {
          return new AllocationOutcome.Refused(
              "district '"
                  + district
                  + "': point sources of sector '"
                  + sector
                  + "' exceed its allocation");
        }
        if (rest == 0) {
          continue;
        }
        if (sum <= 0) {
          return new AllocationOutcome.Refused(
              "district '"
                  + district
                  + "' overlaps no grid cell; its "
                  + rest
                  + " g cannot be placed");
        }
        long[] spread = LargestRemainder.split(rest, areas);
        for (int i = 0; i < spread.length; i++) {
          if (spread[i] != 0) {
            cells
                .computeIfAbsent(overlapped.get(i), k -> new TreeMap<>())
                .merge(sector, spread[i], Long::sum);
          }
        }
      }
    }
    return new AllocationOutcome.Allocated(new Allocation(cells));
  }
}
