package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;

/**
 * The explorer's sums of a part of the tree read in one pass ({@link RunCells#breakdown}) are the
 * sums the grouped queries give one by one, under every kind of filter, on H2 and PostgreSQL; and
 * over the whole run they are the file job's inventory, calculated without a database.
 */
class RunCellsBreakdownIT {

  @TempDir Path dir;

  private final ReferenceData reference = BuiltInReferenceData.load();

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void oneReadGivesWhatTheGroupedQueriesGive(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      GeneratedPeriod p = GeneratedPeriod.imported(db, reference, dir, "cells", 4_000, 42);
      Path file = p.file();
      CalculationRun run = p.run(db, new CalculatingRun(reference));
      RunCells cells = new RunCells();

      // the whole run against the file job over the same file (no database, no cells)
      InventoryOutcome job =
          new InventoryJob(reference)
              .run(
                  new InventoryRequest(
                      List.of(file),
                      List.of(),
                      null,
                      null,
                      GwpSet.DEFAULT,
                      ConsolidationApproach.OPERATIONAL_CONTROL,
                      0,
                      true),
                  bytes -> {});
      assertThat(job.ok()).as("%s", job.problems()).isTrue();
      Inventory inventory = job.inventory();
      RunCells.Breakdown all =
          db.inTransaction(c -> cells.breakdown(c, run, RunCells.Filter.ALL, RunCells.Filter.ALL));
      assertThat(all.total()).isEqualTo(inventory.totals());
      // the inventory's units hold everything below them; the cells' units are the records' own
      assertThat(rolledUp(all.orgUnits())).isEqualTo(inventory.byOrgUnit());
      assertThat(byItem(all.facilities())).isEqualTo(inventory.byFacility());
      assertThat(all.facilities()).hasSizeGreaterThan(5);

      // every kind of filter against the grouped queries one by one
      String unit = all.orgUnits().get(0).item();
      String top = unit.split("/")[0];
      String facility = all.facilities().get(0).item();
      String gas = all.gases().get(all.gases().size() - 1).item();
      assertThat(all.gases()).hasSizeGreaterThan(1);
      List<RunCells.Filter[]> filters = new ArrayList<>();
      filters.add(new RunCells.Filter[] {RunCells.Filter.ALL, RunCells.Filter.ALL});
      filters.add(unitOnly(top));
      filters.add(unitOnly(unit));
      filters.add(unitOnly(top + "/no such unit"));
      filters.add(
          new RunCells.Filter[] {
            new RunCells.Filter(null, null, null, 2, null, null),
            new RunCells.Filter(null, null, null, 2, null, null)
          });
      filters.add(
          new RunCells.Filter[] {
            new RunCells.Filter(top, null, null, 3, 6, null),
            new RunCells.Filter(top, null, null, 3, 6, null)
          });
      filters.add(
          new RunCells.Filter[] {
            new RunCells.Filter(null, null, null, null, null, gas),
            new RunCells.Filter(null, null, null, null, null, gas)
          });
      filters.add(
          new RunCells.Filter[] {
            new RunCells.Filter(null, null, "s2.electricity", null, null, null), RunCells.Filter.ALL
          });
      filters.add(
          new RunCells.Filter[] {
            new RunCells.Filter(null, facility, null, null, null, null), RunCells.Filter.ALL
          });
      for (RunCells.Filter[] f : filters) {
        RunCells.Breakdown got = db.inTransaction(c -> cells.breakdown(c, run, f[0], f[1]));
        String as = f[0] + " / " + f[1];
        assertThat(got.total()).as(as).isEqualTo(db.inTransaction(c -> cells.total(c, run, f[0])));
        assertThat(byItem(got.gases()))
            .as(as)
            .isEqualTo(
                byItem(
                    db.inTransaction(
                        c -> cells.sums(c, run, RunCells.Filter.ALL, RunCells.By.GAS))));
        assertThat(byItem(got.orgUnits()))
            .as(as)
            .isEqualTo(
                byItem(db.inTransaction(c -> cells.sums(c, run, f[1], RunCells.By.ORG_UNIT))));
        assertThat(byItem(got.facilities()))
            .as(as)
            .isEqualTo(
                byItem(db.inTransaction(c -> cells.sums(c, run, f[0], RunCells.By.FACILITY))));
        assertThat(byPair(got.facilityMonths()))
            .as(as)
            .isEqualTo(
                byPair(
                    db.inTransaction(
                        c -> cells.sums(c, run, f[0], RunCells.By.FACILITY, RunCells.By.MONTH))));
      }
      RunCells.Breakdown none =
          db.inTransaction(
              c ->
                  cells.breakdown(c, run, unitOnly(top + "/no such unit")[0], RunCells.Filter.ALL));
      assertThat(none.facilities()).isEmpty();
      assertThat(none.facilityMonths()).isEmpty();
      assertThat(none.total().totalLocation()).isZero();
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static RunCells.Filter[] unitOnly(String unit) {
    RunCells.Filter f = new RunCells.Filter(unit, null, null, null, null, null);
    return new RunCells.Filter[] {f, f};
  }

  private static Map<String, Totals> byItem(List<ResultRow> rows) {
    Map<String, Totals> out = new TreeMap<>();
    for (ResultRow r : rows) {
      assertThat(out.put(r.item(), r.totals())).as("%s twice", r.item()).isNull();
    }
    return out;
  }

  private static Map<String, Totals> rolledUp(List<ResultRow> rows) {
    Map<String, long[]> sums = new TreeMap<>();
    for (ResultRow r : rows) {
      String[] parts = r.item().split("/");
      StringBuilder path = new StringBuilder();
      for (String part : parts) {
        path.append(path.length() == 0 ? "" : "/").append(part);
        long[] s = sums.computeIfAbsent(path.toString(), k -> new long[6]);
        Totals t = r.totals();
        long[] g = {
          t.scope1(),
          t.scope2Location(),
          t.scope2Market(),
          t.scope3(),
          t.biogenicCo2(),
          t.montrealMemo()
        };
        for (int i = 0; i < 6; i++) {
          s[i] += g[i];
        }
      }
    }
    Map<String, Totals> out = new TreeMap<>();
    sums.forEach(
        (k, v) -> out.put(k, org.scopeplus.core.inventory.InventoryAccumulator.totalsOf(v)));
    return out;
  }

  private static Map<String, Totals> byPair(List<RunCells.Pair> pairs) {
    Map<String, Totals> out = new TreeMap<>();
    for (RunCells.Pair p : pairs) {
      assertThat(out.put(p.first() + " | " + p.second(), p.totals())).isNull();
    }
    return out;
  }
}
