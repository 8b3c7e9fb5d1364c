package org.scopeplus.core.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.electricity;
import static org.scopeplus.core.Fixtures.factor;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ContractualClaims;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * Market-based Scope 2 in a calculation run, from the instrument registry, by the hierarchy of the
 * GHG Protocol Scope 2 Guidance (2015), table 6.3: contractual instruments, then the supplier's
 * specific emission rate, then the residual mix, then the grid average. The Guidance gives no
 * worked example with figures that could be checked here, so every expected value is a hand
 * calculation in the comments. Factors: China 2022, MEE/NBS national grid average 0.5366 kg CO2/kWh
 * and the average excluding market-traded non-fossil power 0.5856 kg CO2/kWh (used as the residual
 * mix), as in {@code CalculationEngineTest}; UK 2023 DESNZ 0.20707 kg CO2e/kWh (AC3), with no
 * residual mix.
 */
class MarketBasedRunTest {

  private static final YearMonth JUNE = YearMonth.of(2022, 6);

  private static final List<EmissionFactor> FACTORS =
      List.of(
          factor(
              "cn.2022",
              "grid.location",
              "CN",
              2022,
              2022,
              "kWh",
              FactorType.GRID_AVERAGE,
              "CO2",
              0.5366),
          factor(
              "cn.rm.2022",
              "grid.residual_mix",
              "CN",
              2022,
              2022,
              "kWh",
              FactorType.RESIDUAL_MIX,
              "CO2",
              0.5856),
          factor(
              "uk.2023",
              "grid.location",
              "GB",
              2023,
              2023,
              "kWh",
              FactorType.GRID_AVERAGE,
              "CO2e",
              0.20707));

  private static CalculationEngine engine(ContractualClaims claims) {
    return Fixtures.engine(
        List.of(electricity("s2.electricity", "grid.location", "grid.residual_mix|grid.location")),
        FACTORS,
        CalculationOptions.defaults().withClaims(claims));
  }

  private static Instrument instrument(
      String id, InstrumentKind kind, long mwh, String technology, double rate, int year) {
    return new Instrument(
        id,
        kind,
        "",
        0,
        0,
        mwh * 1000,
        technology,
        YearMonth.of(year, 1),
        YearMonth.of(year, 12),
        "CN",
        "test",
        rate);
  }

  private static InstrumentRegistry done(InstrumentOutcome<?> o) {
    assertThat(o).isInstanceOf(InstrumentOutcome.Done.class);
    return ((InstrumentOutcome.Done<?>) o).registry();
  }

  /**
   * DC-1 consumed 1,000 MWh in June 2022; 300 MWh of a wind GEC (0 kg/MWh) and 200 MWh of a PPA
   * whose generation is stated at 50 kg CO2e/MWh are allocated to it.
   */
  private static InstrumentRegistry registry() {
    InstrumentRegistry r =
        new InstrumentRegistry(
            List.of(),
            List.of(new Consumption("K/Cloud", "DC-1", JUNE, "CN", 1_000_000L, null, 585.6, 536.6)),
            List.of());
    r = done(r.register(instrument("GEC-1", InstrumentKind.GEC, 300, "wind", 0, 2022)));
    r = done(r.register(instrument("PPA-1", InstrumentKind.PPA_PHYSICAL, 200, "mixed", 50, 2022)));
    r = done(r.allocate(new Allocation("GEC-1", "DC-1", JUNE, 300_000)));
    return done(r.allocate(new Allocation("PPA-1", "DC-1", JUNE, 200_000)));
  }

  private static ActivityRecord record(String id, String facility, double mwh, String region) {
    return ActivityRecord.of(
        id,
        "K/Cloud",
        facility,
        Period.month(2022, 6),
        "s2.electricity",
        mwh,
        UnitSymbols.of("MWh"),
        region);
  }

  private static List<ResultLine> lines(CalculationEngine engine, ActivityRecord r) {
    List<ResultLine> out = new ArrayList<>();
    CalculationOutcome outcome = engine.calculate(r, out::add);
    assertThat(outcome).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static List<ResultLine> market(List<ResultLine> lines) {
    return lines.stream().filter(l -> l.method() == Scope2Method.MARKET).toList();
  }

  private static long grams(List<ResultLine> lines, Scope2Method method) {
    return lines.stream().filter(l -> l.method() == method).mapToLong(ResultLine::co2eGrams).sum();
  }

  @Test
  void eachRecordTakesTheShareTheInstrumentsCoverThenTheResidualMix() {
    CalculationEngine engine = engine(registry().claims());
    // Record 1, 600 MWh: GEC-1 covers 300/1,000 = 0.3 -> 180 MWh x 0 = 0 kg;
    // PPA-1 covers 200/1,000 = 0.2 -> 120 MWh x 50 kg/MWh = 6,000 kg;
    // the rest, 0.5 -> 300 MWh = 300,000 kWh x 0.5856 (residual mix) = 175,680 kg.
    // Market-based 181,680 kg; location-based 600,000 kWh x 0.5366 = 321,960 kg.
    List<ResultLine> first = lines(engine, record("r1", "DC-1", 600, "CN"));
    assertThat(market(first))
        .extracting(ResultLine::co2eGrams)
        .containsExactly(0L, 6_000_000L, 175_680_000L);
    assertThat(grams(first, Scope2Method.LOCATION)).isEqualTo(321_960_000L);
    assertThat(market(first).get(0).factorNote())
        .contains("GEC-1 (gec, wind) has 300 MWh of the 1000 MWh consumed by DC-1 in 2022-06")
        .contains("covers 0.3 of this record");
    assertThat(market(first).get(1).factorNote()).contains("50 kg CO2e/MWh");
    assertThat(market(first).get(2).factorNote())
        .startsWith(
            "market-based: 500 MWh of the 1000 MWh consumed by DC-1 in 2022-06 are not covered by"
                + " instruments, so 0.5 of this record goes down the hierarchy; ");
    assertThat(market(first).get(2).factor().type()).isEqualTo(FactorType.RESIDUAL_MIX);
    // Record 2, 400 MWh: 0.3 -> 120 MWh x 0; 0.2 -> 80 MWh x 50 = 4,000 kg; 0.5 -> 200,000 kWh x
    // 0.5856 = 117,120 kg. Market-based 121,120 kg.
    List<ResultLine> second = lines(engine, record("r2", "DC-1", 400, "CN"));
    assertThat(grams(second, Scope2Method.MARKET)).isEqualTo(121_120_000L);
    // Together: 300 MWh x 0 + 200 MWh x 50 kg + 500 MWh x 585.6 kg = 302,800 kg, the registry's own
    // market-based figure for the facility's month.
    long run = grams(first, Scope2Method.MARKET) + grams(second, Scope2Method.MARKET);
    assertThat(run).isEqualTo(302_800_000L);
    assertThat(registry().scope2().get(0).marketGrams()).isEqualTo(run);
  }

  @Test
  void theSuppliersRateComesBeforeTheResidualMixForTheUncoveredShare() {
    // 1,000 MWh with a supplier-specific 0.3 kg CO2e/kWh: 0.5 covered (0 + 200 MWh x 50 kg =
    // 10,000 kg), the other 0.5 = 500,000 kWh x 0.3 = 150,000 kg; market-based 160,000 kg.
    ActivityRecord r =
        record("r1", "DC-1", 1000, "CN").withSupplierFactor(0.3, UnitSymbols.of("kWh"), "");
    List<ResultLine> l = lines(engine(registry().claims()), r);
    assertThat(grams(l, Scope2Method.MARKET)).isEqualTo(160_000_000L);
    assertThat(market(l).get(2).factorNote())
        .contains("not covered by instruments")
        .contains("supplier-specific factor given on the record: 0.3 kg CO2e/kWh");
  }

  @Test
  void aFullyCoveredRecordHasOnlyItsInstrumentLines() {
    InstrumentRegistry r = registry();
    r = done(r.register(instrument("GEC-2", InstrumentKind.GEC, 500, "solar PV", 0, 2022)));
    r = done(r.allocate(new Allocation("GEC-2", "DC-1", JUNE, 500_000)));
    // 300 + 200 + 500 MWh cover the 1,000: 0 + 200 MWh x 50 kg (0.2 x 1,000) + 0 = 10,000 kg
    List<ResultLine> l = lines(engine(r.claims()), record("r1", "DC-1", 1000, "CN"));
    assertThat(market(l)).hasSize(3).allMatch(x -> x.factor() == null);
    assertThat(grams(l, Scope2Method.MARKET)).isEqualTo(10_000_000L);
  }

  @Test
  void aCertificateNamedOnTwoRecordsIsCountedOnlyWhereTheRegistryAllocatesIt() {
    // The complaint that started the registry: one certificate id written on two 1,000 MWh rows
    // zeroed both. With the registry, DC-1's record takes GEC-1 and PPA-1 as allocated (302.8 t
    // for 1,000 MWh, as above) and DC-2's record, which names GEC-1 but has nothing allocated,
    // goes down the hierarchy: 1,000,000 kWh x 0.5856 = 585,600 kg.
    CalculationEngine engine = engine(registry().claims());
    List<ResultLine> dc1 =
        lines(
            engine, record("r1", "DC-1", 1000, "CN").withSupplierFactor(Double.NaN, null, "GEC-1"));
    List<ResultLine> dc2 =
        lines(
            engine, record("r2", "DC-2", 1000, "CN").withSupplierFactor(Double.NaN, null, "GEC-1"));
    assertThat(grams(dc1, Scope2Method.MARKET)).isEqualTo(302_800_000L);
    assertThat(grams(dc2, Scope2Method.MARKET)).isEqualTo(585_600_000L);
    assertThat(market(dc2).get(0).factorNote())
        .startsWith(
            "market-based: instrument 'GEC-1' named on the record has no kWh allocated to DC-2 in"
                + " 2022-06 in the instrument registry, so it covers nothing; ");
  }

  @Test
  void theOutputSaysWhyMarketBasedExceedsLocationBasedWhereTheResidualMixMakesIt() {
    // DC-2 has no instruments: 1,000 MWh at the residual mix 585.6 t is above the grid average
    // 536.6 t, and the market-based line says why.
    List<ResultLine> dc2 = lines(engine(registry().claims()), record("r2", "DC-2", 1000, "CN"));
    assertThat(grams(dc2, Scope2Method.MARKET)).isGreaterThan(grams(dc2, Scope2Method.LOCATION));
    assertThat(market(dc2).get(0).factorNote())
        .endsWith(
            "; market-based exceeds location-based here because the residual mix is above the grid"
                + " average: it leaves out the renewable and other attributes claimed by their"
                + " buyers, so what remains unclaimed is more carbon-intensive (GHG Protocol Scope"
                + " 2 Guidance)");
    // DC-1's 1,000 MWh: market-based 302.8 t is below location-based 536.6 t: no such sentence,
    // although half of it is at the residual mix.
    List<ResultLine> dc1 = lines(engine(registry().claims()), record("r1", "DC-1", 1000, "CN"));
    assertThat(market(dc1)).noneMatch(l -> l.factorNote().contains("exceeds"));
  }

  @Test
  void withoutAResidualMixTheUncoveredShareTakesTheGridAverageAndSaysSo() {
    // GB has no residual mix here; a GB facility with 40 of 100 MWh covered by a REC at 0:
    // 60,000 kWh x 0.20707 = 12,424.2 kg.
    InstrumentRegistry r =
        new InstrumentRegistry(
            List.of(),
            List.of(
                new Consumption(
                    "K/Retail",
                    "LON-1",
                    YearMonth.of(2023, 6),
                    "GB",
                    100_000L,
                    null,
                    null,
                    207.07)),
            List.of());
    Instrument rego =
        new Instrument(
            "REGO-1",
            InstrumentKind.GO,
            "",
            0,
            0,
            40_000,
            "wind",
            YearMonth.of(2023, 1),
            YearMonth.of(2023, 12),
            "GB",
            "Ofgem REGO",
            0);
    r = done(r.register(rego));
    r = done(r.allocate(new Allocation("REGO-1", "LON-1", YearMonth.of(2023, 6), 40_000)));
    ActivityRecord london =
        ActivityRecord.of(
            "r1",
            "K/Retail",
            "LON-1",
            Period.month(2023, 6),
            "s2.electricity",
            100_000,
            UnitSymbols.of("kWh"),
            "GB");
    List<ResultLine> l = lines(engine(r.claims()), london);
    assertThat(market(l)).extracting(ResultLine::co2eGrams).containsExactly(0L, 12_424_200L);
    assertThat(market(l).get(1).factorNote())
        .contains("0.6 of this record goes down the hierarchy")
        .contains("no 'grid.residual_mix' factor applies");
  }

  @Test
  void withoutARegistryTheRecordsInstrumentColumnStillCoversIt() {
    // Files without a registry keep the documented meaning of the instrument column.
    List<ResultLine> l =
        lines(
            engine(ContractualClaims.NONE),
            record("r1", "DC-1", 1000, "CN").withSupplierFactor(Double.NaN, null, "GEC-1"));
    assertThat(grams(l, Scope2Method.MARKET)).isZero();
  }
}
