package org.scopeplus.core.inventory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.problem.Problem;

/**
 * Adds result lines up into an inventory with exact integer sums, so the totals are the same in any
 * order and on any number of threads. Not thread-safe: give each thread its own and {@link #merge}
 * them.
 *
 * <p>No sum can wrap. Besides the sums it reports, the accumulator adds up the magnitude of every
 * line (its grams CO2e and its grams of gas, without their sign) with {@link Math#addExact}: every
 * sum it reports, of any breakdown and in any order, lies within that magnitude, so while the
 * magnitude fits in a {@code long} no sum can overflow. When it does not fit, the accumulator stops
 * and {@link #overflow()} names the record whose line took it over (or the inventory, when two
 * accumulators are merged); the caller refuses the run. Whether that happens depends only on the
 * lines, not on their order, since magnitudes never cancel. The sums themselves use {@link
 * Math#addExact} too, so a broken guard would throw rather than give a wrapped number.
 */
public final class InventoryAccumulator implements LineSink {

  private static final int SCOPE1 = 0;
  private static final int SCOPE2_LOCATION = 1;
  private static final int SCOPE2_MARKET = 2;
  private static final int SCOPE3 = 3;
  private static final int BIOGENIC = 4;
  private static final int MEMO = 5;
  private static final int WIDTH = 6;

  private static final String SUM_LIMIT_TEXT =
      Long.MAX_VALUE + " g (about 9,200 Gt CO2e), the most a sum of grams may hold";

  private final long[] totals = new long[WIDTH];
  private final long[] categories = new long[16];
  // Scope 3 grams per category from suppliers' own data (PACT footprints, supplier factors)
  private final long[] supplierCategories = new long[16];
  private final long[][] gases = new long[GasGroup.values().length][3];
  private final Map<String, long[]> orgUnits = new HashMap<>();
  private final Map<String, long[]> facilities = new HashMap<>();
  private final Map<String, long[]> months = new HashMap<>();
  private final Map<String, long[]> activityTypes = new HashMap<>();
  private final Map<String, long[]> weakFactors = new HashMap<>();
  private final Map<String, org.scopeplus.core.factor.EmissionFactor> weakFactorById =
      new HashMap<>();
  // factor id and activity year (factor id + '\n' + year) of lines outside their factor's years
  private final Map<String, long[]> offYear = new HashMap<>();
  private final Map<String, org.scopeplus.core.factor.EmissionFactor> offYearFactorById =
      new HashMap<>();
  private long records;
  private long lines;
  // grams CO2e and grams of gas of every line, without their sign: the bound of every sum
  private long magnitudeCo2e;
  private long magnitudeGas;
  private Problem overflow;

  /** Counts one calculated record (lines are counted as they arrive). */
  public void countRecord() {
    records++;
  }

  /** Counts {@code n} calculated records at once (records whose lines came summed). */
  public void countRecords(long n) {
    records = Math.addExact(records, n);
  }

  @Override
  public void accept(ResultLine line) {
    acceptSummed(line, 1);
  }

  /**
   * Adds a line that carries the summed grams of {@code count} lines of records of one kind (same
   * org unit, facility, month, type, method and gas, all of one sign), counting {@code count}
   * lines: the same sums, magnitudes and counts as the lines one by one.
   */
  public void acceptSummed(ResultLine line, long count) {
    if (overflow != null) {
      return;
    }
    long g = line.co2eGrams();
    long gasGrams = line.gasGrams();
    long co2e;
    long gasMass;
    try {
      co2e = Math.addExact(magnitudeCo2e, Math.absExact(g));
      gasMass = Math.addExact(magnitudeGas, Math.absExact(gasGrams));
    } catch (ArithmeticException e) {
      refuse(line);
      return;
    }
    magnitudeCo2e = co2e;
    magnitudeGas = gasMass;
    lines = Math.addExact(lines, count);
    int slot = slot(line);
    totals[slot] = Math.addExact(totals[slot], g);
    add(orgUnits, line.record().orgUnit(), slot, g);
    if (!line.record().facility().isEmpty()) {
      add(facilities, line.record().facility(), slot, g);
    }
    for (MonthSpread.Part part : MonthSpread.of(line.record().period(), g)) {
      add(months, part.month(), slot, part.grams());
    }
    add(activityTypes, line.type().key(), slot, g);
    if (line.factor() != null && line.factor().citation().verification().isWeak()) {
      add(weakFactors, line.factor().id(), slot, g);
      weakFactorById.putIfAbsent(line.factor().id(), line.factor());
    }
    if (line.factor() != null) {
      java.time.LocalDate start = line.record().period().start();
      if (!line.factor().isValidOn(start)) {
        String key = line.factor().id() + '\n' + start.getYear();
        add(offYear, key, slot, g);
        offYearFactorById.putIfAbsent(line.factor().id(), line.factor());
      }
    }
    if (slot == SCOPE3) {
      int c = line.type().category();
      categories[c] = Math.addExact(categories[c], g);
      if (line.factor() == null && line.record().hasSupplierFactor()) {
        supplierCategories[c] = Math.addExact(supplierCategories[c], g);
      }
    }
    if (slot != BIOGENIC && slot != MEMO) {
      long[] gas = gases[line.gas().group().ordinal()];
      if (line.method() != Scope2Method.MARKET) {
        gas[0] = Math.addExact(gas[0], g);
        gas[2] = Math.addExact(gas[2], line.gasGrams());
      }
      if (line.method() != Scope2Method.LOCATION) {
        gas[1] = Math.addExact(gas[1], g);
      }
    } else if (slot == MEMO) {
      long[] gas = gases[GasGroup.MONTREAL_MEMO.ordinal()];
      gas[0] = Math.addExact(gas[0], g);
      gas[1] = Math.addExact(gas[1], g);
      gas[2] = Math.addExact(gas[2], line.gasGrams());
    }
  }

  private void refuse(ResultLine line) {
    long row = line.record().source().row();
    overflow =
        new Problem(
            line.record().source().file(),
            row,
            row > 0 ? "quantity" : "",
            (row > 0
                    ? "with this record's "
                        + line.type().key()
                        + " lines, the grams of the inventory"
                    : "the grams of the inventory")
                + " add up to more than "
                + SUM_LIMIT_TEXT
                + "; check the quantities and their units");
  }

  /**
   * The problem that stopped the sums: the record whose line took the magnitude of the inventory
   * beyond what a {@code long} holds, or the inventory when merging did. Empty while every sum is
   * exact; ask before {@link #toInventory}.
   */
  public Optional<Problem> overflow() {
    return Optional.ofNullable(overflow);
  }

  /** True when the sums stopped ({@link #overflow()} names why). */
  public boolean overflowed() {
    return overflow != null;
  }

  /**
   * Adds one line's grams CO2e into {@code sums}, six amounts in the order of {@link Totals} (Scope
   * 1, Scope 2 location-based, Scope 2 market-based, Scope 3, biogenic CO2, Montreal memo), in the
   * place an accumulator counts the line: for sums by a key an accumulator does not keep (a run's
   * cells by org unit, facility, activity type, month and gas together).
   *
   * @throws ArithmeticException when the sum leaves the range of {@code long}
   */
  public static void addInto(long[] sums, ResultLine line) {
    addInto(sums, line, line.co2eGrams());
  }

  /**
   * Adds {@code grams} of {@code line} (a part of its grams CO2e, e.g. one month's part from {@link
   * MonthSpread}) into {@code sums}, in the line's place as {@link #addInto(long[], ResultLine)}.
   *
   * @throws ArithmeticException when the sum leaves the range of {@code long}
   */
  public static void addInto(long[] sums, ResultLine line, long grams) {
    int slot = slot(line);
    sums[slot] = Math.addExact(sums[slot], grams);
  }

  /** The totals of six amounts summed by {@link #addInto}. */
  public static Totals totalsOf(long[] sums) {
    return new Totals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
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
    a[slot] = Math.addExact(a[slot], grams);
  }

  /** Adds another accumulator's sums into this one. */
  public void merge(InventoryAccumulator other) {
    if (overflow != null) {
      return;
    }
    if (other.overflow != null) {
      overflow = other.overflow;
      return;
    }
    try {
      long co2e = Math.addExact(magnitudeCo2e, other.magnitudeCo2e);
      long gasMass = Math.addExact(magnitudeGas, other.magnitudeGas);
      magnitudeCo2e = co2e;
      magnitudeGas = gasMass;
    } catch (ArithmeticException e) {
      overflow =
          new Problem(
              "",
              0,
              "",
              "the grams of the inventory add up to more than "
                  + SUM_LIMIT_TEXT
                  + "; check the quantities and their units");
      return;
    }
    addInto(totals, other.totals);
    addInto(categories, other.categories);
    addInto(supplierCategories, other.supplierCategories);
    for (int i = 0; i < gases.length; i++) {
      addInto(gases[i], other.gases[i]);
    }
    mergeMap(orgUnits, other.orgUnits);
    mergeMap(facilities, other.facilities);
    mergeMap(months, other.months);
    mergeMap(activityTypes, other.activityTypes);
    mergeMap(weakFactors, other.weakFactors);
    other.weakFactorById.forEach(weakFactorById::putIfAbsent);
    mergeMap(offYear, other.offYear);
    other.offYearFactorById.forEach(offYearFactorById::putIfAbsent);
    records += other.records;
    lines += other.lines;
  }

  private static void addInto(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = Math.addExact(into[i], from[i]);
    }
  }

  private static void mergeMap(Map<String, long[]> into, Map<String, long[]> from) {
    from.forEach((k, v) -> addInto(into.computeIfAbsent(k, x -> new long[WIDTH]), v));
  }

  /** Grams CO2e added so far in the location-based total; for progress and checks. */
  public long totalLocationGrams() {
    return Math.addExact(Math.addExact(totals[SCOPE1], totals[SCOPE2_LOCATION]), totals[SCOPE3]);
  }

  /**
   * The inventory these lines make.
   *
   * @throws IllegalStateException when the sums overflowed: check {@link #overflow()} first
   */
  public Inventory toInventory(RunManifest manifest, List<IntensityDenominator> denominators) {
    if (overflow != null) {
      throw new IllegalStateException("the sums overflowed, so there is no inventory: " + overflow);
    }
    SortedMap<Integer, Long> cats = new TreeMap<>();
    SortedMap<Integer, Long> supplierCats = new TreeMap<>();
    for (int c = 1; c <= 15; c++) {
      cats.put(c, categories[c]);
      supplierCats.put(c, supplierCategories[c]);
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
        Collections.unmodifiableSortedMap(supplierCats),
        Collections.unmodifiableMap(byGas),
        rolledUp(orgUnits),
        sorted(facilities),
        sorted(months),
        sorted(activityTypes),
        weak(),
        offYear(),
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

  private List<FactorYearUse> offYear() {
    List<FactorYearUse> out = new java.util.ArrayList<>();
    new TreeMap<>(offYear)
        .forEach(
            (key, v) -> {
              int cut = key.lastIndexOf('\n');
              org.scopeplus.core.factor.EmissionFactor f =
                  offYearFactorById.get(key.substring(0, cut));
              int year = Integer.parseInt(key.substring(cut + 1));
              boolean earlier = !f.validFrom().isAfter(java.time.LocalDate.of(year, 1, 1));
              out.add(new FactorYearUse(f, year, earlier, Totals.of(v)));
            });
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
