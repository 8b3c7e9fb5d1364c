package org.scopeplus.core.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Spend in any currency meets a spend-based factor in another currency and price year: exchanged at
 * the annual average of the year of spend, then deflated with the factor currency's price index to
 * the factor's base year. Every expected value is worked out by hand in the comments from the
 * published figures:
 *
 * <ul>
 *   <li>US Federal Reserve G.5A (annual) 2023 average: 7.0809 CNY per USD; 2021: 1.1830 USD per
 *       EUR;
 *   <li>US BLS CPI-U annual averages (1982-84=100): 2018 251.107, 2023 304.702;
 *   <li>US EPA USEEIO supply-chain factor, computer systems design, 0.062 kg CO2e per USD of 2018
 *       (the built-in oefdb.epa2020.spend.it_services row).
 * </ul>
 */
class SpendInAnyCurrencyTest {

  private static final ExchangeRates RATES =
      new ExchangeRates(
          "test-rates",
          Map.of("CNY", Map.of(2023, 7.0809), "EUR", Map.of(2021, 1.0 / 1.1830)),
          Map.of("CNY", "FRB G.5A"));

  private static final PriceIndices CPI =
      new PriceIndices(
          "test-cpi", Map.of("USD", Map.of(2018, 251.107, 2023, 304.702)), Map.of("USD", "CPI-U"));

  private static final SpendTables TABLES = new SpendTables(RATES, CPI);

  private static final EmissionFactor IT_SERVICES_US =
      Fixtures.factor(
          "epa.it_services",
          "spend.it_services",
          "GLOBAL",
          2018,
          2099,
          "USD@2018",
          FactorType.SPEND_BASED,
          "CO2e",
          0.062);

  private static final ActivityType TYPE =
      Fixtures.type("s3.c1.spend.it_services", 3, 1, "spend.it_services", QuantityKind.SPEND);

  private static CalculationEngine engine(SpendTables tables) {
    FactorLibrary library = new FactorLibrary("test", "1", "0", List.of(IT_SERVICES_US));
    RegionHierarchy regions = RegionHierarchy.of(Map.of(), Map.of("CN", "China"));
    return new CalculationEngine(
        ActivityCatalog.of(List.of(TYPE)),
        new FactorResolver(List.of(library), regions),
        Fixtures.gwps(),
        CalculationOptions.defaults(),
        tables);
  }

  private static ActivityRecord spend(double amount, String unit, String period) {
    return ActivityRecord.of(
        "r1",
        "Group/Unit",
        "Site",
        Period.parse(period).orElseThrow(),
        TYPE.key(),
        amount,
        UnitSymbols.of(unit),
        "CN");
  }

  private static ResultLine line(CalculationEngine e, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    assertThat(e.calculate(r, out::add)).isInstanceOf(CalculationOutcome.Calculated.class);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static Problem refusal(CalculationEngine e, ActivityRecord r) {
    CalculationOutcome o = e.calculate(r, l -> {});
    assertThat(o).isInstanceOf(CalculationOutcome.Refused.class);
    return ((CalculationOutcome.Refused) o).problem();
  }

  @Test
  void yuanSpentIn2023IsExchangedThenDeflatedToTheFactorsDollarsOf2018() {
    // 1,000,000 CNY / 7.0809 CNY per USD = 141,224.985524... USD of 2023;
    // x 251.107 / 304.702 = x 0.824106832... = 116,384.475455 USD of 2018;
    // x 0.062 kg/USD = 7,215.837478 kg -> 7,215,837 g CO2e
    ResultLine l = line(engine(TABLES), spend(1_000_000, "CNY", "2023"));
    assertThat(l.co2eGrams()).isEqualTo(7_215_837L);
    assertThat(l.quantity()).isCloseTo(116_384.4755, org.assertj.core.data.Offset.offset(1e-3));
    assertThat(l.conversion())
        .startsWith(
            "1000000.0 CNY exchanged at 1.0 USD / 7.0809 CNY per USD (2023 annual averages,")
        .contains("test-rates: FRB G.5A")
        .contains("deflated to 2018 prices by 251.107 / 304.702 (CPI-U 2018 / 2023, test-cpi)")
        .endsWith("= 116384.475454987 USD@2018");
  }

  @Test
  void aPriceYearOnTheUnitOverridesThePeriodsYear() {
    // 1,000,000 CNY@2023 spent in a 2024 period: exchanged and deflated as of 2023, as above
    ResultLine l = line(engine(TABLES), spend(1_000_000, "CNY@2023", "2024"));
    assertThat(l.co2eGrams()).isEqualTo(7_215_837L);
  }

  @Test
  void dollarsOfAnotherYearAreOnlyDeflated() {
    // 50,000 USD of 2023 x 251.107 / 304.702 = 41,205.341612 USD of 2018;
    // x 0.062 = 2,554.731180 kg -> 2,554,731 g
    ResultLine l = line(engine(TABLES), spend(50_000, "USD", "2023"));
    assertThat(l.co2eGrams()).isEqualTo(2_554_731L);
    assertThat(l.conversion()).doesNotContain("exchanged").contains("deflated to 2018 prices");
  }

  @Test
  void dollarsOfTheFactorsYearAreTakenAsTheyAre() {
    // 10,000 USD of 2018 x 0.062 = 620 kg
    ResultLine l = line(engine(TABLES), spend(10_000, "USD", "2018"));
    assertThat(l.co2eGrams()).isEqualTo(620_000L);
    assertThat(l.conversion()).isEmpty();
  }

  @Test
  void eurosOfAYearWithoutAPriceIndexAreRefusedNamingTheMissingIndex() {
    // EUR 2021 has a rate (1.1830 USD per EUR) but the table has no CPI-U for 2021
    Problem p = refusal(engine(TABLES), spend(1_000, "EUR", "2021"));
    assertThat(p.column()).isEqualTo("unit");
    assertThat(p.message()).contains("no USD price index for 2021 in table test-cpi");
  }

  @Test
  void aYearWithoutAnExchangeRateIsRefusedNotGuessed() {
    Problem p = refusal(engine(TABLES), spend(1_000, "CNY", "2022"));
    assertThat(p.message())
        .contains("no 2022 exchange rate for CNY in table test-rates")
        .contains("give the amount in USD");
  }

  @Test
  void withoutTablesOnlyTheFactorsCurrencyIsAccepted() {
    Problem p = refusal(engine(SpendTables.NONE), spend(1_000, "CNY", "2023"));
    assertThat(p.message()).contains("spend in CNY cannot use a factor per USD");
    // the same currency is taken 1:1, as before tables existed
    assertThat(line(engine(SpendTables.NONE), spend(10_000, "USD", "2023")).co2eGrams())
        .isEqualTo(620_000L);
  }

  @Test
  void everyIso4217CurrencyIsASpendUnit() {
    for (String code : List.of("JPY", "KRW", "INR", "BRL", "VND", "IDR", "THB", "MYR", "ZAR")) {
      assertThat(UnitSymbols.parse(code))
          .get()
          .extracting(u -> u.kind())
          .isEqualTo(QuantityKind.SPEND);
    }
    assertThat(UnitSymbols.parse("XAU")).isEmpty();
  }
}
