package org.scopeplus.core.city.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.targets.Pathway;

/**
 * A target's actuals from the kept GPC inventories, on hand-made inventories: BASIC counts I.1.1
 * (scope 1) and I.1.2 (scope 2), BASIC+ adds I.1.3 (scope 3, transmission and distribution losses,
 * GPC v1.1 table 3.2); the residents and GDP stay those posted.
 */
class InventoryBasisTest {

  private static final long T = 1_000_000L;

  private static GpcEntry t(String reference, long tonnes) {
    return new GpcEntry.Estimated(GpcFramework.line(reference).orElseThrow(), tonnes * T, Map.of());
  }

  private static CityInventory inventory(String city, int year, long i11, long i12, long i13) {
    return CityInventory.of(city, year, List.of(t("I.1.1", i11), t("I.1.2", i12), t("I.1.3", i13)));
  }

  @Test
  void theInventoriesOfTheCityGiveTheYearsTotalsAtTheTargetsLevel() {
    List<CityActual> posted =
        List.of(
            new CityActual(2020, 999 * T, 1_000_000.0, 5e11),
            new CityActual(2021, 950 * T, 1_010_000.0, 5.2e11));
    List<CityInventory> kept =
        List.of(
            inventory("Harbour", 2020, 600, 300, 40),
            inventory("Harbour", 2022, 500, 280, 30),
            inventory("Other Town", 2021, 1, 1, 1));

    // BASIC: 2020 = 600 + 300 = 900 t (replaces the posted 999 t), 2021 posted, 2022 = 780 t
    List<CityActual> basic = new InventoryBasis("Harbour", GpcLevel.BASIC).actuals(posted, kept);
    assertThat(basic)
        .containsExactly(
            new CityActual(2020, 900 * T, 1_000_000.0, 5e11),
            new CityActual(2021, 950 * T, 1_010_000.0, 5.2e11),
            new CityActual(2022, 780 * T, null, null));

    // BASIC+: 2020 = 900 + 40 = 940 t, 2022 = 780 + 30 = 810 t
    List<CityActual> plus =
        new InventoryBasis("Harbour", GpcLevel.BASIC_PLUS).actuals(posted, kept);
    assertThat(plus).extracting(CityActual::grams).containsExactly(940 * T, 950 * T, 810 * T);
  }

  @Test
  void progressReadsTheInventoryTotals() {
    // -50% of 900 t (2020) by 2030, linear: pathway 2022 = 900 - 450 x 2/10 = 810 t; actual 780 t
    CityTarget target =
        new CityTarget("t", "halve", CityTargetKind.ABSOLUTE, 2020, 2030, 0.5, Pathway.LINEAR);
    List<CityActual> actuals =
        new InventoryBasis("Harbour", GpcLevel.BASIC)
            .actuals(
                List.of(),
                List.of(
                    inventory("Harbour", 2020, 600, 300, 40),
                    inventory("Harbour", 2022, 500, 280, 30)));
    CityProgressOutcome o = CityTargetProgress.of(target, actuals, 2022);
    CityTargetProgress p = ((CityProgressOutcome.Measured) o).progress();
    CityYear y2022 = p.years().stream().filter(y -> y.year() == 2022).findFirst().orElseThrow();
    assertThat(y2022.actual()).isCloseTo(780.0, within(1e-9));
    assertThat(y2022.pathway()).isCloseTo(810.0, within(1e-9));
  }

  @Test
  void aBasisWithoutCityOrLevelIsRefused() {
    assertThat(new InventoryBasis(" ", GpcLevel.BASIC).refusal()).contains("the city is missing");
    assertThat(new InventoryBasis("Harbour", null).refusal())
        .contains("the inventory level is basic or basic+");
    assertThat(new InventoryBasis("Harbour", GpcLevel.BASIC).refusal()).isEmpty();
  }
}
