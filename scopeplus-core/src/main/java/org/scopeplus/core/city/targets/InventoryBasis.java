package org.scopeplus.core.city.targets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcTotals;

/**
 * The GPC inventories a city target is measured against: the city whose kept inventories give the
 * yearly emissions, and the level whose total the target is stated on (BASIC or BASIC+, GPC v1.1
 * chapter 3: a city states its target on one boundary and keeps it every year).
 *
 * <p>The emissions of a year with an inventory of the city are that inventory's total at the level
 * ({@link GpcTotals#basic()} or {@link GpcTotals#basicPlus()}); the residents and GDP of the year,
 * which an inventory does not hold, are those posted with the target. A year without an inventory
 * keeps its posted actual.
 *
 * @param city the city as its inventories name it
 * @param level BASIC or BASIC+
 */
public record InventoryBasis(String city, GpcLevel level) {

  /** Why this basis cannot be kept, or empty when it can. */
  public Optional<String> refusal() {
    Optional<String> c = CityInventory.cityRefusal(city);
    if (c.isPresent()) {
      return c;
    }
    return level == null ? Optional.of("the inventory level is basic or basic+") : Optional.empty();
  }

  /** The total of an inventory at this basis's level, grams CO2e. */
  public long total(CityInventory inventory) {
    GpcTotals t = GpcTotals.of(inventory);
    return level == GpcLevel.BASIC ? t.basic() : t.basicPlus();
  }

  /**
   * The actuals a target reads: each year of an inventory of this city at its level's total, with
   * the residents and GDP posted for that year; the posted years without inventory as posted.
   * Oldest first.
   *
   * @param posted the actuals posted with the target
   * @param inventories the tenant's kept inventories (of any city; others are left aside)
   */
  public List<CityActual> actuals(List<CityActual> posted, List<CityInventory> inventories) {
    Map<Integer, CityActual> byYear = new TreeMap<>();
    for (CityActual a : posted) {
      byYear.put(a.year(), a);
    }
    for (CityInventory inv : inventories) {
      if (!inv.city().equals(city.strip())) {
        continue;
      }
      CityActual p = byYear.get(inv.year());
      byYear.put(
          inv.year(),
          new CityActual(
              inv.year(),
              total(inv),
              p == null ? null : p.population(),
              p == null ? null : p.gdpCny()));
    }
    return new ArrayList<>(byYear.values());
  }
}
