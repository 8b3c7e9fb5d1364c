package org.scopeplus.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.electricity;
import static org.scopeplus.core.Fixtures.factor;
import static org.scopeplus.core.Fixtures.type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.GasGroup;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

class InventoryAccumulatorTest {

  private static final List<ActivityType> TYPES =
      List.of(
          type("s1.diesel", 1, 0, "fuel.diesel", QuantityKind.ENERGY),
          electricity("s2.electricity", "grid.location", "grid.location"),
          type("s3.c6.hotel", 3, 6, "hotel.stay", QuantityKind.COUNT),
          type("s3.c1.spend", 3, 1, "spend.paper", QuantityKind.SPEND));

  private static final List<EmissionFactor> FACTORS =
      List.of(
          // IPCC 2006 Table 1.4 and 2.4 diesel: 74,100 / 10 / 0.6 kg per TJ
          factor(
              "diesel",
              "fuel.diesel",
              "GLOBAL",
              2006,
              2099,
              "TJ",
              FactorType.DIRECT_COMBUSTION,
              "CO2",
              74100,
              "CH4",
              10,
              "N2O",
              0.6),
          // MEE/NBS 2023 national average 0.5306 kg CO2/kWh
          factor(
              "cn",
              "grid.location",
              "CN",
              2023,
              2023,
              "kWh",
              FactorType.GRID_AVERAGE,
              "CO2",
              0.5306),
          // DESNZ 2021 hotel stay, China: 62.9 kg CO2e per room-night (scope3plus_parameters.csv)
          factor(
              "hotel.cn",
              "hotel.stay",
              "CN",
              2021,
              2099,
              "room-night",
              FactorType.AVERAGE_DATA,
              "CO2e",
              62.9),
          factor(
              "paper",
              "spend.paper",
              "GLOBAL",
              2016,
              2099,
              "USD",
              FactorType.SPEND_BASED,
              "CO2e",
              0.5));

  private static ActivityRecord rec(
      String id, String org, String type, double qty, String unit, String month) {
    return ActivityRecord.of(
        id,
        org,
        org.substring(org.lastIndexOf('/') + 1),
        Period.parse(month).orElseThrow(),
        type,
        qty,
        UnitSymbols.of(unit),
        "CN");
  }

  private static List<ActivityRecord> sample() {
    return List.of(
        rec("a", "Group/Cloud/DC1", "s2.electricity", 1000, "MWh", "2023-01"),
        rec("b", "Group/Cloud/DC2", "s2.electricity", 500, "MWh", "2023-02"),
        rec("c", "Group/Logistics/Fleet", "s1.diesel", 2, "TJ NCV", "2023-01"),
        rec("d", "Group/Logistics/Fleet", "s3.c6.hotel", 10, "room-night", "2023-03"),
        rec("e", "Group/Retail", "s3.c1.spend", 1000, "USD", "2023-03"));
  }

  private static Inventory run(List<ActivityRecord> records, CalculationOptions options) {
    CalculationEngine engine = Fixtures.engine(TYPES, FACTORS, options);
    InventoryAccumulator acc = new InventoryAccumulator();
    for (ActivityRecord r : records) {
      assertThat(engine.calculate(r, acc)).isInstanceOf(CalculationOutcome.Calculated.class);
      acc.countRecord();
    }
    RunManifest m =
        new RunManifest(
            "test", options.gwpSet(), options.consolidation(), List.of(), List.of(), Map.of());
    return acc.toInventory(m, List.of());
  }

  @Test
  void totalsByScopeCategoryGasOrgUnitFacilityAndMonth() {
    Inventory inv = run(sample(), CalculationOptions.defaults());
    // Scope 2: 1,500 MWh x 530.6 kg/MWh = 795,900 kg (both methods: no residual mix here)
    assertThat(inv.totals().scope2Location()).isEqualTo(795_900_000L);
    assertThat(inv.totals().scope2Market()).isEqualTo(795_900_000L);
    // Scope 1: 2 TJ x (74,100 + 10 x 28 + 0.6 x 265) = 148,200 + 560 + 318 = 149,078 kg
    assertThat(inv.totals().scope1()).isEqualTo(149_078_000L);
    // Scope 3: 10 x 62.9 = 629 kg (cat 6) + 1,000 x 0.5 = 500 kg (cat 1)
    assertThat(inv.totals().scope3()).isEqualTo(1_129_000L);
    assertThat(inv.scope3Categories())
        .containsEntry(6, 629_000L)
        .containsEntry(1, 500_000L)
        .containsEntry(15, 0L)
        .hasSize(15);
    assertThat(inv.totals().totalLocation()).isEqualTo(149_078_000L + 795_900_000L + 1_129_000L);
    // By gas: CO2 = 148,200 + 795,900 kg; CH4 = 560 kg CO2e from 20 kg; CO2e-only factors 1,129 kg
    assertThat(inv.byGas().get(GasGroup.CO2).co2eLocation()).isEqualTo(944_100_000L);
    assertThat(inv.byGas().get(GasGroup.CH4).co2eLocation()).isEqualTo(560_000L);
    assertThat(inv.byGas().get(GasGroup.CH4).massLocation()).isEqualTo(20_000L);
    assertThat(inv.byGas().get(GasGroup.UNSPECIATED).co2eLocation()).isEqualTo(1_129_000L);
    // Org units roll up: Group/Cloud = DC1 + DC2
    assertThat(inv.byOrgUnit().get("Group/Cloud").scope2Location()).isEqualTo(795_900_000L);
    assertThat(inv.byOrgUnit().get("Group").totalLocation())
        .isEqualTo(inv.totals().totalLocation());
    assertThat(inv.byFacility().get("DC1").scope2Location()).isEqualTo(530_600_000L);
    assertThat(inv.byMonth().get("2023-01").totalLocation()).isEqualTo(530_600_000L + 149_078_000L);
    assertThat(inv.records()).isEqualTo(5);
  }

  /**
   * Lines summed outside an accumulator with {@code addInto} land in the same places as the
   * accumulator's own totals: the hand-calculated amounts of the test above, by scope.
   */
  @Test
  void linesAddedIntoSumsGiveTheAccumulatorsTotals() {
    CalculationEngine engine = Fixtures.engine(TYPES, FACTORS, CalculationOptions.defaults());
    long[] sums = new long[6];
    for (ActivityRecord r : sample()) {
      engine.calculate(r, line -> InventoryAccumulator.addInto(sums, line));
    }
    Totals t = InventoryAccumulator.totalsOf(sums);
    assertThat(t.scope1()).isEqualTo(149_078_000L);
    assertThat(t.scope2Location()).isEqualTo(795_900_000L);
    assertThat(t.scope2Market()).isEqualTo(795_900_000L);
    assertThat(t.scope3()).isEqualTo(1_129_000L);
    assertThat(t).isEqualTo(run(sample(), CalculationOptions.defaults()).totals());
  }

  @Test
  void aQuarterlyRecordIsSpreadOverItsMonthsAndLeavesTheTotalsAsTheyWere() {
    // 910 MWh x 530.6 kg/MWh = 482,846 kg in 2023-Q1 (90 days): January and March 31/90 of it,
    // February 28/90 (worked in MonthSpreadTest: 166,313,622 g, 150,218,756 g, 166,313,622 g)
    Inventory inv =
        run(
            List.of(rec("q", "Group/Cloud/DC1", "s2.electricity", 910, "MWh", "2023-Q1")),
            CalculationOptions.defaults());
    assertThat(inv.totals().scope2Location()).isEqualTo(482_846_000L);
    assertThat(inv.byMonth()).containsOnlyKeys("2023-01", "2023-02", "2023-03");
    assertThat(inv.byMonth().get("2023-01").scope2Location()).isEqualTo(166_313_622L);
    assertThat(inv.byMonth().get("2023-02").scope2Location()).isEqualTo(150_218_756L);
    assertThat(inv.byMonth().get("2023-03").scope2Location()).isEqualTo(166_313_622L);
    assertThat(inv.byFacility().get("DC1").scope2Location()).isEqualTo(482_846_000L);
  }

  @Test
  void equityShareMultipliesOwnershipAlongThePath() {
    // Group owns 60% of Cloud; Cloud owns 50% of DC2: DC2 counts 30%, DC1 60%.
    OrgStructure org =
        OrgStructure.of(
            List.of(
                new OrgUnit("Group/Cloud", 0.6, true, true),
                new OrgUnit("Group/Cloud/DC2", 0.5, false, true)));
    Inventory equity =
        run(
            sample(),
            CalculationOptions.defaults()
                .withConsolidation(ConsolidationApproach.EQUITY_SHARE, org));
    // 0.6 x 530,600 + 0.3 x 265,300 = 318,360 + 79,590 = 397,950 kg
    assertThat(equity.totals().scope2Location()).isEqualTo(397_950_000L);
    Inventory operational =
        run(
            sample(),
            CalculationOptions.defaults()
                .withConsolidation(ConsolidationApproach.OPERATIONAL_CONTROL, org));
    // DC2 is not under operational control: only DC1 counts, 100%
    assertThat(operational.totals().scope2Location()).isEqualTo(530_600_000L);
    Inventory financial =
        run(
            sample(),
            CalculationOptions.defaults()
                .withConsolidation(ConsolidationApproach.FINANCIAL_CONTROL, org));
    assertThat(financial.totals().scope2Location()).isEqualTo(795_900_000L);
  }

  @Property(tries = 50)
  void anyOrderAndAnySplitGivesTheSameInventory(
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 4) int parts) {
    List<ActivityRecord> many = new ArrayList<>();
    Random random = new Random(seed);
    for (int i = 0; i < 60; i++) {
      ActivityRecord base = sample().get(random.nextInt(5));
      many.add(
          rec(
              "r" + i,
              base.orgUnit(),
              base.activityType(),
              1 + random.nextInt(10_000) / 7.0,
              base.unit().symbol(),
              base.period().label()));
    }
    Inventory reference = run(many, CalculationOptions.defaults());
    List<ActivityRecord> shuffled = new ArrayList<>(many);
    Collections.shuffle(shuffled, random);
    CalculationEngine engine = Fixtures.engine(TYPES, FACTORS, CalculationOptions.defaults());
    InventoryAccumulator merged = new InventoryAccumulator();
    int size = (shuffled.size() + parts - 1) / parts;
    for (int p = 0; p < parts; p++) {
      InventoryAccumulator part = new InventoryAccumulator();
      for (ActivityRecord r :
          shuffled.subList(p * size, Math.min(shuffled.size(), (p + 1) * size))) {
        engine.calculate(r, part);
        part.countRecord();
      }
      merged.merge(part);
    }
    Inventory other = merged.toInventory(reference.manifest(), List.of());
    assertThat(other).isEqualTo(reference);
  }
}
