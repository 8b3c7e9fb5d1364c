package org.scopeplus.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.UnitSymbols;

/** A run from records to its sealed outcome, checked against hand calculations. */
class InventoryRunTest {

  // MEE/NBS 2023 national average grid factor 0.5306 kg CO2/kWh (grid_factors.csv), for both
  // Scope 2 methods here (no residual mix given)
  private static final CalculationEngine ENGINE =
      Fixtures.engine(
          List.of(Fixtures.electricity("s2.electricity", "grid.location", "grid.location")),
          List.of(
              Fixtures.factor(
                  "cn.2023",
                  "grid.location",
                  "CN",
                  2023,
                  2023,
                  "kWh",
                  FactorType.GRID_AVERAGE,
                  "CO2",
                  0.5306)),
          CalculationOptions.defaults());

  private static ActivityRecord kwh(String id, String type, double kwh) {
    return ActivityRecord.of(
        id,
        "Group/Unit",
        "Site",
        Period.parse("2023-03").orElseThrow(),
        type,
        kwh,
        UnitSymbols.of("kWh"),
        "CN");
  }

  private static RunManifest manifest(List<InputDigest> inputs) {
    return new RunManifest(
        CalculationEngine.VERSION,
        GwpSet.AR5,
        ConsolidationApproach.OPERATIONAL_CONTROL,
        inputs,
        List.of(),
        Map.of());
  }

  @Test
  void recordsBecomeAnInventoryWithItsManifestAndEveryLineInOrder() {
    List<ResultLine> lines = new ArrayList<>();
    InventoryRun run = new InventoryRun(ENGINE, lines::add);
    run.calculate(kwh("a", "s2.electricity", 1000));
    run.calculate(kwh("b", "s2.electricity", 2500));
    run.endInput("march.csv", "00ff");

    InventoryRunOutcome outcome = run.finish(InventoryRunTest::manifest, List.of());

    assertThat(outcome).isInstanceOf(InventoryRunOutcome.Calculated.class);
    Inventory inventory = ((InventoryRunOutcome.Calculated) outcome).inventory();
    // (1,000 + 2,500) kWh x 0.5306 kg/kWh x 1,000 g/kg = 1,857,100 g, location and market alike
    assertThat(inventory.totals().scope2Location()).isEqualTo(1_857_100L);
    assertThat(inventory.totals().scope2Market()).isEqualTo(1_857_100L);
    assertThat(inventory.records()).isEqualTo(2);
    assertThat(inventory.lines()).isEqualTo(4);
    assertThat(inventory.manifest().inputs())
        .containsExactly(new InputDigest("march.csv", "00ff", 2));
    // 1,000 kWh x 0.5306 = 530,600 g; 2,500 kWh x 0.5306 = 1,326,500 g: record by record
    assertThat(lines).extracting(l -> l.record().id()).containsExactly("a", "a", "b", "b");
    assertThat(lines)
        .extracting(ResultLine::co2eGrams)
        .containsExactly(530_600L, 530_600L, 1_326_500L, 1_326_500L);
    // the same records as one stream give the same outcome
    assertThat(
            InventoryRun.of(
                ENGINE,
                List.of(kwh("a", "s2.electricity", 1000), kwh("b", "s2.electricity", 2500)),
                "march.csv",
                "00ff",
                InventoryRunTest::manifest))
        .isEqualTo(outcome);
  }

  @Test
  void aProblemRefusesTheRunListsEveryProblemInOrderAndStopsTheLines() {
    List<ResultLine> lines = new ArrayList<>();
    InventoryRun run = new InventoryRun(ENGINE, lines::add);
    run.calculate(kwh("a", "s2.electricity", 1000));
    run.refuse(new Problem("march.csv", 3, "quantity", "not a number"));
    run.calculate(kwh("c", "s2.electricity", 1000));
    run.calculate(kwh("d", "no.such.type", 1000));
    run.endInput("march.csv", "00ff");

    InventoryRunOutcome outcome = run.finish(InventoryRunTest::manifest, List.of());

    assertThat(outcome).isInstanceOf(InventoryRunOutcome.Refused.class);
    InventoryRunOutcome.Refused refused = (InventoryRunOutcome.Refused) outcome;
    assertThat(refused.problemCount()).isEqualTo(2);
    assertThat(refused.problems())
        .extracting(Problem::column)
        .containsExactly("quantity", "activity_type");
    // the lines of the first record only: after the problem no line reaches the sink
    assertThat(lines).extracting(l -> l.record().id()).containsExactly("a", "a");
  }

  @Test
  void sumsBeyondALongRefuseTheRunAndNameTheRecord() {
    InventoryRun run = new InventoryRun(ENGINE, null);
    // each record: 1.6e13 kWh x 0.5306 kg/kWh x 1,000 g/kg = 8.49e15 g per line (under the 2^53 g
    // a line may hold), two lines: 1.698e16 g a record, so record 544 takes the magnitude past
    // Long.MAX_VALUE (9.22e18 g); the records after it are still calculated, with no new problem
    for (int i = 0; i < 600; i++) {
      run.calculate(kwh("r" + i, "s2.electricity", 1.6e13));
    }
    run.endInput("huge.csv", "00");

    InventoryRunOutcome outcome = run.finish(InventoryRunTest::manifest, List.of());

    assertThat(outcome).isInstanceOf(InventoryRunOutcome.Refused.class);
    assertThat(((InventoryRunOutcome.Refused) outcome).problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("add up to more than"));
  }
}
