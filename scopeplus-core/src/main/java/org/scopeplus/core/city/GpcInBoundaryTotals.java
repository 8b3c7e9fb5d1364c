package org.scopeplus.core.city;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The part of a city's BASIC total that occurs inside its boundary: the BASIC lines of scope 1 and
 * scope 2, by sector, in grams CO2e. These are the emissions a map of the city can place (fuel
 * burnt and grid energy consumed in a district, waste treated there); the BASIC scope 3 lines
 * (waste generated in the city and treated outside, III.x.2) happen elsewhere, and the
 * territorial-only lines (I.4.4, III.x.3) are left out as the BASIC total leaves them out, so grid
 * energy is placed where it is consumed and not a second time where it is generated.
 *
 * <p>Only sectors I to III hold BASIC lines, so only they can be non-zero; no BASIC line may be
 * negative, so neither can a sector.
 *
 * @param sectors grams CO2e per sector, every sector present
 */
public record GpcInBoundaryTotals(Map<GpcSector, Long> sectors) {

  public GpcInBoundaryTotals {
    sectors = Collections.unmodifiableMap(new EnumMap<>(sectors));
  }

  /** Sums the BASIC scope 1 and scope 2 lines of an inventory per sector, exactly. */
  public static GpcInBoundaryTotals of(CityInventory inventory) {
    Map<GpcSector, Long> out = new EnumMap<>(GpcSector.class);
    for (GpcSector s : GpcSector.values()) {
      out.put(s, 0L);
    }
    for (GpcEntry e : inventory.entries().values()) {
      GpcLine l = e.line();
      if (e instanceof GpcEntry.Estimated est
          && l.counting().countsIn(GpcLevel.BASIC)
          && l.scope() != 3) {
        out.put(l.sector(), Math.addExact(out.get(l.sector()), est.co2eGrams()));
      }
    }
    return new GpcInBoundaryTotals(out);
  }

  /** The city's total: the sum of its sectors. */
  public long total() {
    long sum = 0;
    for (long g : sectors.values()) {
      sum = Math.addExact(sum, g);
    }
    return sum;
  }
}
