package org.scopeplus.core.city;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The totals of a city inventory in the GPC's two reporting views (GPC v1.1, chapter 4), in grams
 * CO2e; lines marked by a notation key add nothing.
 *
 * <ul>
 *   <li>The <b>scopes view</b>: every reported line by scope. Scope 1 is the territorial total; it
 *       includes energy generation supplied to the grid (I.4.4) and waste imported for treatment
 *       (III.x.3), which the city-induced totals leave out. Scope 3 includes other scope 3 (VI).
 *   <li>The <b>city-induced view</b>: BASIC and BASIC+ totals, by sector.
 * </ul>
 *
 * @param basic the BASIC total
 * @param basicPlus the BASIC+ total
 * @param scope1 the scope 1 total, which is the territorial total
 * @param scope2 the scope 2 total
 * @param scope3 the scope 3 total, sector VI included
 * @param sectors the same totals per sector, every sector present
 */
public record GpcTotals(
    long basic,
    long basicPlus,
    long scope1,
    long scope2,
    long scope3,
    Map<GpcSector, SectorTotals> sectors) {

  public GpcTotals {
    sectors = Collections.unmodifiableMap(new EnumMap<>(sectors));
  }

  /**
   * One sector's totals.
   *
   * @param basic what the sector adds to BASIC
   * @param basicPlus what the sector adds to BASIC+
   * @param scope1 its scope 1 (territorial) lines
   * @param scope2 its scope 2 lines
   * @param scope3 its scope 3 lines
   */
  public record SectorTotals(long basic, long basicPlus, long scope1, long scope2, long scope3) {
    static final SectorTotals ZERO = new SectorTotals(0, 0, 0, 0, 0);

    SectorTotals plus(GpcLine line, long grams) {
      return new SectorTotals(
          line.counting().countsIn(GpcLevel.BASIC) ? Math.addExact(basic, grams) : basic,
          line.counting().countsIn(GpcLevel.BASIC_PLUS)
              ? Math.addExact(basicPlus, grams)
              : basicPlus,
          line.scope() == 1 ? Math.addExact(scope1, grams) : scope1,
          line.scope() == 2 ? Math.addExact(scope2, grams) : scope2,
          line.scope() == 3 ? Math.addExact(scope3, grams) : scope3);
    }

    /** The level's total of the sector. */
    public long at(GpcLevel level) {
      return level == GpcLevel.BASIC ? basic : basicPlus;
    }
  }

  /** The territorial total: every scope 1 line in the city boundary. */
  public long territorial() {
    return scope1;
  }

  /** The level's total. */
  public long at(GpcLevel level) {
    return level == GpcLevel.BASIC ? basic : basicPlus;
  }

  /** Totals the inventory by the GPC's rules; sums are exact and fail loudly on overflow. */
  public static GpcTotals of(CityInventory inventory) {
    Map<GpcSector, SectorTotals> sectors = new EnumMap<>(GpcSector.class);
    for (GpcSector s : GpcSector.values()) {
      sectors.put(s, SectorTotals.ZERO);
    }
    for (GpcEntry e : inventory.entries().values()) {
      if (e instanceof GpcEntry.Estimated est) {
        GpcLine line = est.line();
        sectors.put(line.sector(), sectors.get(line.sector()).plus(line, est.co2eGrams()));
      }
    }
    long basic = 0;
    long basicPlus = 0;
    long s1 = 0;
    long s2 = 0;
    long s3 = 0;
    for (SectorTotals t : sectors.values()) {
      basic = Math.addExact(basic, t.basic());
      basicPlus = Math.addExact(basicPlus, t.basicPlus());
      s1 = Math.addExact(s1, t.scope1());
      s2 = Math.addExact(s2, t.scope2());
      s3 = Math.addExact(s3, t.scope3());
    }
    return new GpcTotals(basic, basicPlus, s1, s2, s3, sectors);
  }
}
