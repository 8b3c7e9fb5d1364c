package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.inventory.FactorYearUse;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.core.spend.ExchangeRates;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.factor.SpendTablesReader;

/**
 * Golden tests of the China grid factors of the built-in library (MEE & NBS, each test names the
 * announcement, its annex table and the row), the year rule with its run warnings, and spend in CNY
 * through the built-in exchange rates and price index. Expected values are worked by hand in the
 * comments.
 */
class ChinaGridAndSpendTest {

  private final ReferenceData data = BuiltInReferenceData.load();
  private final CalculationEngine engine = data.engine(CalculationOptions.defaults());

  private EmissionFactor factor(String id) {
    return data.libraries().get(0).factors().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no factor " + id));
  }

  private static ActivityRecord record(
      String type, double qty, String unit, String region, String period) {
    return ActivityRecord.of(
        "r1",
        "Group/Unit",
        "Site",
        Period.parse(period).orElseThrow(),
        type,
        qty,
        UnitSymbols.of(unit),
        region);
  }

  private List<ResultLine> lines(ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome o = engine.calculate(r, out::add);
    assertThat(o).as(o.toString()).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  /** The one line of a spend record of 2023, after checking its grams. */
  private ResultLine spendLine(
      String type, double amount, String currency, String region, long grams) {
    List<ResultLine> lines = lines(record(type, amount, currency, region, "2023"));
    assertThat(lines).singleElement().extracting(ResultLine::co2eGrams).isEqualTo(grams);
    return lines.get(0);
  }

  /**
   * The built-in tables' conversion of spend in a currency to the same currency of another year.
   */
  private org.scopeplus.core.spend.SpendTables.Converted converted(
      String currency, int spendYear, int priceYear) {
    var c = data.spend().convert(currency, spendYear, currency, priceYear);
    assertThat(c).isInstanceOf(org.scopeplus.core.spend.SpendTables.Converted.class);
    return (org.scopeplus.core.spend.SpendTables.Converted) c;
  }

  private static ResultLine location(List<ResultLine> lines) {
    return lines.stream()
        .filter(l -> l.method() == Scope2Method.LOCATION)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void zhejiang2021IsAnnouncement2024No12AnnexRowZhejiang() {
    // MEE & NBS Announcement 2024 No. 12, Annex 1, provincial averages, row 浙江: 0.5422 kg CO2/kWh
    EmissionFactor zj = factor("cn_mee_nbs.average.cn-zj.2021");
    assertThat(zj.region()).isEqualTo("CN-ZJ");
    assertThat(zj.rates().get(0).kgPerUnit()).isEqualTo(0.5422);
    assertThat(zj.citation().publication()).contains("公告2024年第12号");
    assertThat(zj.citation().table()).contains("row Zhejiang (浙江)");
    assertThat(zj.citation().verification()).isEqualTo(Verification.SECONDARY);
    // 1,000 MWh in Hangzhou in 2021: 1,000,000 kWh x 0.5422 = 542,200 kg CO2
    ResultLine l = location(lines(record("s2.electricity", 1000, "MWh", "CN-ZJ", "2021-06")));
    assertThat(l.factor().id()).isEqualTo("cn_mee_nbs.average.cn-zj.2021");
    assertThat(l.co2eGrams()).isEqualTo(542_200_000L);
  }

  @Test
  void zhejiang2022IsAnnouncement2024No33AnnexRowZhejiang() {
    // Announcement 2024 No. 33, Annex, provincial averages, row 浙江: 0.5153 kg CO2/kWh
    EmissionFactor zj = factor("cn_mee_nbs.average.cn-zj.2022");
    assertThat(zj.rates().get(0).kgPerUnit()).isEqualTo(0.5153);
    assertThat(zj.citation().publication()).contains("公告2024年第33号");
    assertThat(zj.citation().table()).contains("row Zhejiang (浙江)");
  }

  @Test
  void zhejiang2023IsAnnouncement2025No47AnnexTable3RowZhejiang() {
    // MEE & NBS Announcement 2025 No. 47 (dated 31 Dec 2025), Annex, Table 3 provincial averages,
    // row 浙江: 0.4974 kg CO2/kWh. 1,000 MWh in Hangzhou in 2023: 1,000,000 kWh x 0.4974 =
    // 497,400 kg CO2
    EmissionFactor zj = factor("cn_mee_nbs.average.cn-zj.2023");
    assertThat(zj.rates().get(0).kgPerUnit()).isEqualTo(0.4974);
    assertThat(zj.citation().publication()).contains("公告2025年第47号");
    assertThat(zj.citation().table()).contains("Table 3").contains("row Zhejiang (浙江)");
    assertThat(zj.citation().verification()).isEqualTo(Verification.SECONDARY);
    ResultLine l = location(lines(record("s2.electricity", 1000, "MWh", "CN-ZJ", "2023-06")));
    assertThat(l.factor().id()).isEqualTo("cn_mee_nbs.average.cn-zj.2023");
    assertThat(l.co2eGrams()).isEqualTo(497_400_000L);
  }

  @Test
  void guangdongAndSichuan2023AreAnnouncement2025No47AnnexTable3Rows() {
    // Table 3, row 广东 0.4419 and row 四川 0.1564 kg CO2/kWh; the South grid's row (Table 2) is
    // 0.4042. 10 MWh in Shenzhen: 10,000 kWh x 0.4419 = 4,419 kg; in Chengdu: x 0.1564 = 1,564 kg
    assertThat(location(lines(record("s2.electricity", 10, "MWh", "CN-GD", "2023-01"))).co2eGrams())
        .isEqualTo(4_419_000L);
    assertThat(location(lines(record("s2.electricity", 10, "MWh", "CN-SC", "2023-12"))).co2eGrams())
        .isEqualTo(1_564_000L);
    assertThat(factor("cn_mee_nbs.average.cn-grid-south.2023").citation().publication())
        .contains("公告2025年第47号");
  }

  @Test
  void etsGrid2021IsTheNoticeHuanBanQiHouHan2022No111Figure() {
    // MEE office letter 环办气候函〔2022〕111号 (Mar 2022): national grid average emission factor
    // for the national carbon market, 0.5810 t CO2/MWh (read in secondary material quoting the
    // notice). 1,000 MWh x 0.5810 t/MWh = 581 t CO2
    EmissionFactor ets = factor("cn_mee_ets.cn.2021");
    assertThat(ets.activityKey()).isEqualTo("grid.cn_ets");
    // 0.5810 t per MWh, held as kilograms per MWh
    assertThat(ets.perUnit().symbol()).isEqualTo("MWh");
    assertThat(ets.rates().get(0).kgPerUnit()).isCloseTo(581.0, within(1e-9));
    assertThat(ets.citation().publication()).contains("环办气候函〔2022〕111号");
    assertThat(ets.citation().verification()).isEqualTo(Verification.SECONDARY);
    List<ResultLine> lines = lines(record("s2.electricity.cn_ets", 1000, "MWh", "CN", "2021"));
    ResultLine l = location(lines);
    assertThat(l.factor().id()).isEqualTo("cn_mee_ets.cn.2021");
    assertThat(l.co2eGrams()).isEqualTo(581_000_000L);
  }

  @Test
  void etsGrid2022IsTheNoticeHuanBanQiHouHan2023No43Figure() {
    // 环办气候函〔2023〕43号 (Feb 2023), as reported by tanpaifang.com on 15 Feb 2023: "明确了2022年度
    // 全国电网平均排放因子为0.5703tCO2/MWh". A Guangdong site reporting to the national carbon
    // market takes the national ETS figure, not Guangdong's MEE/NBS average: 1,000 MWh x 0.5703
    // t/MWh = 570.3 t CO2
    EmissionFactor ets = factor("cn_mee_ets.cn.2022");
    assertThat(ets.rates().get(0).kgPerUnit()).isCloseTo(570.3, within(1e-9));
    assertThat(ets.citation().publication()).contains("环办气候函〔2023〕43号");
    assertThat(ets.citation().url())
        .isEqualTo("http://tanpaifang.com/tanguwen/2023/0215/94510.html");
    assertThat(ets.citation().verification()).isEqualTo(Verification.SECONDARY);
    List<ResultLine> lines =
        lines(record("s2.electricity.cn_ets", 1000, "MWh", "CN-GD", "2022-07"));
    ResultLine l = location(lines);
    assertThat(l.factor().id()).isEqualTo("cn_mee_ets.cn.2022");
    assertThat(l.co2eGrams()).isEqualTo(570_300_000L);
  }

  @Test
  void everyMainlandProvinceButTibetHasItsOwn2021To2023Factor() {
    for (String code :
        List.of(
            "BJ", "TJ", "HE", "SX", "NM", "LN", "JL", "HL", "SH", "JS", "ZJ", "AH", "FJ", "JX",
            "SD", "HA", "HB", "HN", "GD", "GX", "HI", "CQ", "SC", "GZ", "YN", "SN", "GS", "QH",
            "NX", "XJ")) {
      for (int year : List.of(2021, 2022, 2023)) {
        EmissionFactor f = factor("cn_mee_nbs.average.cn-" + code.toLowerCase() + "." + year);
        assertThat(f.region()).isEqualTo("CN-" + code);
        assertThat(f.validFrom().getYear()).isEqualTo(year);
        assertThat(f.citation().verification().isWeak()).as(f.id()).isTrue();
      }
    }
  }

  @Test
  void the2021RegionalGridsAreAnnouncement2024No12Annex1Rows() {
    // Annex 1, regional averages: 华北 0.7120, 东北 0.6012, 华东 0.5992, 华中 0.5354, 西北 0.5951,
    // 南方 0.4326, 西南 0.2113 kg CO2/kWh
    assertThat(factor("cn_mee_nbs.average.cn-grid-north.2021").rates().get(0).kgPerUnit())
        .isEqualTo(0.7120);
    assertThat(factor("cn_mee_nbs.average.cn-grid-east.2021").rates().get(0).kgPerUnit())
        .isEqualTo(0.5992);
    assertThat(factor("cn_mee_nbs.average.cn-grid-southwest.2021").rates().get(0).kgPerUnit())
        .isEqualTo(0.2113);
  }

  @Test
  void aYearWithoutAFactorTakesTheNearestEarlierYearAndTheRunWarns() {
    // Zhejiang 2024: no factor for 2024 in CN-ZJ; the nearest earlier is 2023 (0.4974).
    // 100 MWh x 0.4974 = 49,740 kg
    List<ResultLine> lines = lines(record("s2.electricity", 100, "MWh", "CN-ZJ", "2024-03"));
    ResultLine l = location(lines);
    assertThat(l.factor().id()).isEqualTo("cn_mee_nbs.average.cn-zj.2023");
    assertThat(l.co2eGrams()).isEqualTo(49_740_000L);
    assertThat(l.factorNote())
        .contains("no factor valid for 2024-03, latest available vintage (valid 2023-01-01");
    Inventory inv = inventory(lines);
    FactorYearUse w =
        inv.factorYears().stream()
            .filter(u -> u.factor().id().equals("cn_mee_nbs.average.cn-zj.2023"))
            .findFirst()
            .orElseThrow();
    assertThat(w.activityYear()).isEqualTo(2024);
    assertThat(w.earlier()).isTrue();
    assertThat(w.emissions().scope2Location()).isEqualTo(49_740_000L);
    assertThat(w.sentence()).contains("the nearest earlier year's was used");
  }

  @Test
  void aYearBeforeTheFirstPublicationTakesTheEarliestLaterAndTheRunSaysSo() {
    // 2020 in Zhejiang: MEE/NBS published nothing before data year 2021, so the 2021 factor
    // (0.5422) is taken. 10 MWh x 0.5422 = 5,422 kg
    List<ResultLine> lines = lines(record("s2.electricity", 10, "MWh", "CN-ZJ", "2020"));
    ResultLine l = location(lines);
    assertThat(l.factor().id()).isEqualTo("cn_mee_nbs.average.cn-zj.2021");
    assertThat(l.co2eGrams()).isEqualTo(5_422_000L);
    Inventory inv = inventory(lines);
    assertThat(inv.factorYears())
        .anySatisfy(
            u -> {
              assertThat(u.factor().id()).isEqualTo("cn_mee_nbs.average.cn-zj.2021");
              assertThat(u.activityYear()).isEqualTo(2020);
              assertThat(u.earlier()).isFalse();
            });
  }

  @Test
  void aFactorOfTheActivitysYearRaisesNoWarning() {
    List<ResultLine> lines = lines(record("s2.electricity", 10, "MWh", "CN-ZJ", "2022-05"));
    assertThat(inventory(lines).factorYears())
        .noneMatch(u -> u.factor().id().startsWith("cn_mee_nbs.average.cn-zj"));
  }

  @Test
  void yuanOf2023AgainstTheUsEeioFactorUsesTheBuiltInRatesAndCpi() {
    // US EPA USEEIO (via OEFDB) computer systems design, 0.062 kg CO2e per USD of 2018; the region
    // US is given to use the US economy as the proxy. FRB G.5A 2023: 7.0809 CNY per USD; BLS CPI-U
    // 2018 251.107, 2023 304.702.
    // 1,000,000 / 7.0809 = 141,224.985524 USD of 2023; x 251.107 / 304.702 = 116,384.475455 USD of
    // 2018; x 0.062 = 7,215.837 kg -> 7,215,837 g CO2e
    assertThat(
            spendLine("s3.c1.spend.it_services", 1_000_000, "CNY", "US", 7_215_837L).conversion())
        .contains("7.0809 CNY per USD (2023 annual averages, frb-g5a-annual-2017-2023")
        .contains("deflated to 2018 prices by 251.107 / 304.702");
  }

  @Test
  void euroOf2023IsDeflatedTo2015PricesByTheEuroAreaHicp() {
    // Eurostat prc_hicp_aind, euro area, all items, 2015=100, annual average: 2015 100.00,
    // 2023 123.15. 1,000 EUR of 2023 x 100.00 / 123.15 = 812.0178644 EUR of 2015
    var converted = converted("EUR", 2023, 2015);
    assertThat(1_000 * converted.multiplier()).isCloseTo(812.0178644, within(1e-6));
    assertThat(converted.exchange()).isEqualTo(1.0);
    assertThat(converted.text())
        .contains("deflated to 2015 prices by 100.0 / 123.15")
        .contains("HICP, euro area")
        .contains(BuiltInReferenceData.PRICE_INDICES_NAME);
  }

  @Test
  void yuanOf2023IsDeflatedTo2019PricesByChinasCpiChainedFromTheAnnualRates() {
    // NBS, whole-year CPI against the previous year: 2020 +2.5 %, 2021 +0.9 %, 2022 +2.0 %,
    // 2023 +0.2 %. 1,000 CNY of 2023 at 2019 prices = 1,000 / (1.025 x 1.009 x 1.020 x 1.002)
    // = 1,000 / 1.057019319 = 946.0565025 CNY
    var converted = converted("CNY", 2023, 2019);
    assertThat(1_000 * converted.multiplier()).isCloseTo(946.0565025, within(1e-6));
    assertThat(converted.text())
        .contains("deflated to 2019 prices by 102.9 / 108.7672879251")
        .contains("CPI (居民消费价格指数), China");
  }

  @Test
  void euroOf2023AgainstAnExiobaseFactorOf2019PricesIsDeflatedByTheHicp() {
    // EXIOBASE 3 (via OEFDB) computers and electronics, Germany, 0.2121 kg CO2e per EUR of 2019.
    // HICP euro area 2019 104.80, 2023 123.15:
    // 1,000 EUR x 104.80 / 123.15 = 850.994722 EUR of 2019; x 0.2121 = 180.495981 kg -> 180,496 g
    assertThat(
            spendLine("s3.c1.spend.computers_electronics", 1_000, "EUR", "DE", 180_496L)
                .conversion())
        .contains("deflated to 2019 prices by 104.8 / 123.15");
  }

  @Test
  void yuanOf2023AgainstAnExiobaseFactorIsExchangedToEuroThenDeflatedByTheHicp() {
    // FRB G.5A 2023: 7.0809 CNY per USD, 1.0817 USD per EUR; HICP euro area 2019 104.80, 2023
    // 123.15; EXIOBASE 3 computers and electronics, Germany (as proxy), 0.2121 kg/EUR@2019.
    // 1,000,000 CNY x (1 / 1.0817) / 7.0809 = 130,558.366945 EUR of 2023;
    // x 104.80 / 123.15 = 111,104.481168 EUR of 2019; x 0.2121 = 23,565.260456 kg -> 23,565,260 g
    assertThat(
            spendLine("s3.c1.spend.computers_electronics", 1_000_000, "CNY", "DE", 23_565_260L)
                .conversion())
        .contains("7.0809 CNY per USD (2023 annual averages")
        .contains("deflated to 2019 prices by 104.8 / 123.15");
  }

  @Test
  void aSpendYearWithoutARateIsRefusedNamingTheTable() {
    CalculationOutcome o =
        engine.calculate(record("s3.c1.spend.it_services", 1_000, "CNY", "US", "2026"), line -> {});
    assertThat(o).isInstanceOf(CalculationOutcome.Refused.class);
    assertThat(((CalculationOutcome.Refused) o).problem().message())
        .contains("no 2026 exchange rate for CNY in table frb-g5a-annual-2017-2023");
  }

  @Test
  void aUsersRateFileIsCheckedRowByRow() throws Exception {
    String csv =
        "currency,year,rate,quote,source\n"
            + "CNY,2023,7.0809,units_per_usd,FRB\n"
            + "ABC,2023,1,units_per_usd,x\n"
            + "CNY,0,7,units_per_usd,x\n"
            + "CNY,2024,1e300,units_per_usd,x\n"
            + "EUR,2023,1.0817,per_usd,x\n"
            + "CNY,2023,7.1,units_per_usd,x\n";
    ReadResult<ExchangeRates> r =
        new SpendTablesReader()
            .readRates(
                "rates.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                "mine");
    assertThat(r.ok()).isFalse();
    assertThat(r.problems())
        .extracting(p -> p.row() + " " + p.column())
        .containsExactly("3 currency", "4 year", "5 rate", "6 quote", "7 year");
  }

  @Test
  void aRateFileGivenWithFactorsReplacesTheBuiltInRates(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // a user's own table: 7.0 CNY per USD in 2024, and CPI-U 2018 / 2024 from the built-in table
    // (251.107 / 313.689). 700,000 CNY of 2024 / 7.0 = 100,000 USD of 2024;
    // x 251.107 / 313.689 = 80,049.67 USD of 2018; x 0.062 kg/USD = 4,963.079 kg -> 4,963,079 g
    java.nio.file.Path rates = dir.resolve("my-rates.csv");
    java.nio.file.Files.writeString(
        rates,
        "currency,year,rate,quote,source\nCNY,2024,7.0,units_per_usd,our treasury's 2024 average\n");
    org.scopeplus.io.run.RunInputs inputs =
        org.scopeplus.io.run.RunInputs.read(
            data,
            new org.scopeplus.io.run.InventoryRequest(
                List.of(),
                List.of(rates),
                null,
                null,
                org.scopeplus.core.gas.GwpSet.AR5,
                ConsolidationApproach.OPERATIONAL_CONTROL,
                0,
                false));
    assertThat(inputs.problems().isEmpty()).isTrue();
    CalculationEngine own = inputs.data().engine(CalculationOptions.defaults());
    List<ResultLine> out = new ArrayList<>();
    assertThat(
            own.calculate(
                record("s3.c1.spend.it_services", 700_000, "CNY", "US", "2024"), out::add))
        .isInstanceOf(CalculationOutcome.Calculated.class);
    assertThat(out.get(0).co2eGrams()).isEqualTo(4_963_079L);
    assertThat(out.get(0).conversion()).contains("my-rates ");
    assertThat(
            inputs
                .manifest(
                    new org.scopeplus.io.run.InventoryRequest(
                        List.of(),
                        List.of(rates),
                        null,
                        null,
                        org.scopeplus.core.gas.GwpSet.AR5,
                        ConsolidationApproach.OPERATIONAL_CONTROL,
                        0,
                        false),
                    List.of())
                .libraries())
        .anySatisfy(d -> assertThat(d.name()).isEqualTo("exchange rates"));
  }

  private static Inventory inventory(List<ResultLine> lines) {
    InventoryAccumulator acc = new InventoryAccumulator();
    acc.countRecord();
    lines.forEach(acc::accept);
    return acc.toInventory(
        new RunManifest(
            "test",
            org.scopeplus.core.gas.GwpSet.AR5,
            ConsolidationApproach.OPERATIONAL_CONTROL,
            List.of(),
            List.of(),
            java.util.Map.of()),
        List.of());
  }
}
