package org.scopeplus.core.inventory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.org.OrgStructure;

/**
 * Adds result lines up into an inventory with exact integer sums, so the totals are the same in any
 * order and on any number of threads. Not thread-safe: give each thread its own and {@link #merge}
 * them.
 */
public final class InventoryAccumulator implements LineSink {

  private static final int SCOPE1 = 0;
  private static final int SCOPE2_LOCATION = 1;
  private static final int SCOPE2_MARKET = 2;
  private static final int SCOPE3 = 3;
  private static final int BIOGENIC = 4;
  private static final int MEMO = 5;
  private static final int WIDTH = 6;

  private final long[] totals = new long[WIDTH];
  private final long[] categories = new long[16];
  private final long[][] gases = new long[GasGroup.values().length][3];
  private final Map<String, long[]> orgUnits = new HashMap<>();
  private final Map<String, long[]> facilities = new HashMap<>();
  private final Map<String, long[]> months = new HashMap<>();
  private final Map<String, long[]> activityTypes = new HashMap<>();
  private final Map<String, long[]> weakFactors = new HashMap<>();
  private final Map<String, org.scopeplus.core.factor.EmissionFactor> weakFactorById =
      new HashMap<>();
  private long records;
  private long lines;

  /** Counts one calculated record (lines are counted as they arrive). */
  public void countRecord() {
    records++;
  }

  @Override
  public void accept(ResultLine line) {
    lines++;
    int slot = slot(line);
    long g = line.co2eGrams();
    totals[slot] += g;
    add(orgUnits, line.record().orgUnit(), slot, g);
    if (!line.record().facility().isEmpty()) {
      add(facilities, line.record().facility(), slot, g);
    }
    add(months, line.record().period().monthKey(), slot, g);
    add(activityTypes, line.type().key(), slot, g);
    if (line.factor() != null && line.factor().citation().verification().isWeak()) {
      add(weakFactors, line.factor().id(), slot, g);
      weakFactorById.putIfAbsent(line.factor().id(), line.factor());
    }
    if (slot == SCOPE3) {
      categories[line.type().category()] += g;
    }
    if (slot != BIOGENIC && slot != MEMO) {
      long[] gas = gases[line.gas().group().ordinal()];
      if (line.method() != Scope2Method.MARKET) {
        gas[0] += g;
        gas[2] += line.gasGrams();
      }
      if (line.method() != Scope2Method.LOCATION) {
        gas[1] += g;
      }
    } else if (slot == MEMO) {
      long[] gas = gases[GasGroup.MONTREAL_MEMO.ordinal()];
      gas[0] += g;
      gas[1] += g;
      gas[2] += line.gasGrams();
    }
  }

  private static int slot(ResultLine line) {
    if (line.biogenic()) {
      return BIOGENIC;
    }
    if (!line.gas().group().inTotals()) {
      return MEMO;
    }
    return switch (line.type().scope()) {
      case SCOPE_1 -> SCOPE1;
      case SCOPE_2 -> line.method() == Scope2Method.MARKET ? SCOPE2_MARKET : SCOPE2_LOCATION;
      case SCOPE_3 -> SCOPE3;
    };
  }

  private static void add(Map<String, long[]> map, String key, int slot, long grams) {
    long[] a = map.get(key);
    if (a == null) {
      a = new long[WIDTH];
      map.put(key, a);
    }
    a[slot] += grams;
  }

  /** Adds another accumulator's sums into this one. */
  public void merge(InventoryAccumulator other) {
    addInto(totals, other.totals);
    addInto(categories, other.categories);
    for (int i = 0; i < gases.length; i++) {
      addInto(gases[i], other.gases[i]);
    }
    mergeMap(orgUnits, other.orgUnits);
    mergeMap(facilities, other.facilities);
    mergeMap(months, other.months);
    mergeMap(activityTypes, other.activityTypes);
    mergeMap(weakFactors, other.weakFactors);
    other.weakFactorById.forEach(weakFactorById::putIfAbsent);
    records += other.records;
    lines += other.lines;
  }

  private static void addInto(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] += from[i];
    }
  }

  private static void mergeMap(Map<String, long[]> into, Map<String, long[]> from) {
    from.forEach((k, v) -> addInto(into.computeIfAbsent(k, x -> new long[WIDTH]), v));
  }

  /** Grams CO2e added so far in the location-based total; for progress and checks. */
  public long totalLocationGrams() {
    return totals[SCOPE1] + totals[SCOPE2_LOCATION] + totals[SCOPE3];
  }

  /** The inventory these lines make. */
  public Inventory toInventory(RunManifest manifest, List<IntensityDenominator> denominators) {
    SortedMap<Integer, Long> cats = new TreeMap<>();
    for (int c = 1; c <= 15; c++) {
      cats.put(c, categories[c]);
    }
    Map<GasGroup, GasTotal> byGas = new EnumMap<>(GasGroup.class);
    for (GasGroup g : GasGroup.values()) {
      long[] a = gases[g.ordinal()];
      byGas.put(g, new GasTotal(a[0], a[1], a[2]));
    }
    return new Inventory(
        manifest,
        Totals.of(totals),
        Collections.unmodifiableSortedMap(cats),
        Collections.unmodifiableMap(byGas),
        rolledUp(orgUnits),
        sorted(facilities),
        sorted(months),
        sorted(activityTypes),
        weak(),
        List.copyOf(denominators),
        records,
        lines);
  }

  private List<WeakFactorUse> weak() {
    List<WeakFactorUse> out = new java.util.ArrayList<>();
    new TreeMap<>(weakFactors)
        .forEach((id, v) -> out.add(new WeakFactorUse(weakFactorById.get(id), Totals.of(v))));
    return List.copyOf(out);
  }

  private static SortedMap<String, Totals> sorted(Map<String, long[]> map) {
    SortedMap<String, Totals> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, Totals.of(v)));
    return Collections.unmodifiableSortedMap(out);
  }

  private static SortedMap<String, Totals> rolledUp(Map<String, long[]> leaves) {
    Map<String, long[]> all = new HashMap<>();
    leaves.forEach(
        (path, v) -> {
          String p = OrgStructure.normalise(path);
          while (true) {
            addInto(all.computeIfAbsent(p, x -> new long[WIDTH]), v);
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
              break;
            }
            p = p.substring(0, slash);
          }
        });
    return sorted(all);
  }
}
