package org.scopeplus.bench.inventory;

import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.inventory.GasTotal;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;

/**
 * The figures both sides of the benchmark compute, in grams, as sorted {@code key=value} lines, so
 * the two results can be compared exactly: records and lines, totals by scope, Scope 3 by category,
 * by gas (location, market, mass) and by org unit (rolled up) and scope. Zeros are left out.
 */
final class InventoryDigest {

  private final TreeMap<String, Long> values = new TreeMap<>();

  void put(String key, long grams) {
    if (grams != 0) {
      values.merge(key, grams, Long::sum);
    }
  }

  Map<String, Long> values() {
    return values;
  }

  static InventoryDigest of(Inventory inv) {
    InventoryDigest d = new InventoryDigest();
    d.put("records", inv.records());
    d.put("lines", inv.lines());
    totals(d, "total.", inv.totals());
    inv.scope3Categories().forEach((c, g) -> d.put("category." + c, g));
    for (GasGroup g : GasGroup.values()) {
      GasTotal t = inv.byGas().get(g);
      d.put("gas." + g.key() + ".location", t.co2eLocation());
      d.put("gas." + g.key() + ".market", t.co2eMarket());
      d.put("gas." + g.key() + ".mass", t.massLocation());
    }
    inv.byOrgUnit().forEach((unit, t) -> totals(d, "org." + unit + ".", t));
    return d;
  }

  private static void totals(InventoryDigest d, String prefix, Totals t) {
    d.put(prefix + "scope1", t.scope1());
    d.put(prefix + "scope2_location", t.scope2Location());
    d.put(prefix + "scope2_market", t.scope2Market());
    d.put(prefix + "scope3", t.scope3());
    d.put(prefix + "biogenic", t.biogenicCo2());
    d.put(prefix + "memo", t.montrealMemo());
  }

  String text() {
    StringBuilder b = new StringBuilder();
    values.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
    return b.toString();
  }

  static InventoryDigest parse(String text) {
    InventoryDigest d = new InventoryDigest();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        int eq = line.lastIndexOf('=');
        d.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
      }
    }
    return d;
  }
}
