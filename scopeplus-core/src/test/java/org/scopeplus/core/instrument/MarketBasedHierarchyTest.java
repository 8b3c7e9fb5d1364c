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
import org.scopeplus.core.calculation.MarketBasedHierarchy;
import org.scopeplus.core.calculation.MarketBasedHierarchy.Step;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * One worked case of the market-based hierarchy, GHG Protocol Scope 2 Guidance (2015), section 6.11
 * and table 6.3: "energy attribute certificates (or equivalent instruments) ... contracts ...
 * supplier/utility emission rates ... residual mix ... other grid-average emission factors". The
 * Guidance prints no figures for such a case, so every value is a hand calculation in the comments,
 * with round factors chosen for the arithmetic: grid average 550 kg CO2e/MWh and residual mix 620
 * in region CN; grid average 300 and no residual mix in region XX. The same case goes through both
 * callers of the one rule, the instrument registry ({@link InstrumentRegistry#scope2()}) and a
 * calculation run that applies the registry's allocations ({@link CalculationEngine}), and both
 * give the same grams, step by step.
 */
class MarketBasedHierarchyTest {

  private static final YearMonth MAY = YearMonth.of(2024, 5);

  private static Instrument instrument(String id, InstrumentKind kind, long mwh, double rate) {
    return new Instrument(
        id,
        kind,
        "",
        0,
        0,
        mwh * 1000,
        "wind",
        YearMonth.of(2024, 1),
        YearMonth.of(2024, 12),
        "CN",
        "test",
        rate);
  }

  private static InstrumentRegistry done(InstrumentOutcome<?> o) {
    assertThat(o).isInstanceOf(InstrumentOutcome.Done.class);
    return ((InstrumentOutcome.Done<?>) o).registry();
  }

  /**
   * A: 2,000 MWh, 500 MWh of a GEC at 0 and 250 MWh of a PPA at 20 kg/MWh allocated. B: 400 MWh,
   * 100 MWh of a GEC, supplier rate 450 kg/MWh. C: 300 MWh, nothing allocated. D: 100 MWh in XX.
   */
  private static InstrumentRegistry registry() {
    InstrumentRegistry r =
        new InstrumentRegistry(
            List.of(),
            List.of(
                new Consumption("K", "A", MAY, "CN", 2_000_000L, null, 620.0, 550),
                new Consumption("K", "B", MAY, "CN", 400_000L, 450.0, 620.0, 550),
                new Consumption("K", "C", MAY, "CN", 300_000L, null, 620.0, 550),
                new Consumption("K", "D", MAY, "XX", 100_000L, null, null, 300)),
            List.of());
    r = done(r.register(instrument("GEC-A", InstrumentKind.GEC, 500, 0)));
    r = done(r.register(instrument("PPA-A", InstrumentKind.PPA_PHYSICAL, 250, 20)));
    r = done(r.register(instrument("GEC-B", InstrumentKind.GEC, 100, 0)));
    r = done(r.allocate(new Allocation("GEC-A", "A", MAY, 500_000)));
    r = done(r.allocate(new Allocation("PPA-A", "A", MAY, 250_000)));
    return done(r.allocate(new Allocation("GEC-B", "B", MAY, 100_000)));
  }

  private static CalculationEngine engine(InstrumentRegistry registry) {
    return Fixtures.engine(
        List.of(electricity("s2.electricity", "grid.location", "grid.residual_mix|grid.location")),
        List.of(
            factor(
                "cn.loc",
                "grid.location",
                "CN",
                2024,
                2024,
                "MWh",
                FactorType.GRID_AVERAGE,
                "CO2e",
                550),
            factor(
                "cn.rm",
                "grid.residual_mix",
                "CN",
                2024,
                2024,
                "MWh",
                FactorType.RESIDUAL_MIX,
                "CO2e",
                620),
            factor(
                "xx.loc",
                "grid.location",
                "XX",
                2024,
                2024,
                "MWh",
                FactorType.GRID_AVERAGE,
                "CO2e",
                300)),
        CalculationOptions.defaults().withClaims(registry.claims()));
  }

  /** The facility's whole month as one activity record of the run. */
  private static List<ResultLine> run(CalculationEngine engine, Consumption c) {
    ActivityRecord r =
        ActivityRecord.of(
            "r-" + c.facility(),
            "K",
            c.facility(),
            Period.month(2024, 5),
            "s2.electricity",
            c.kwh() / 1000.0,
            UnitSymbols.of("MWh"),
            c.region());
    if (c.supplierKgPerMwh() != null) {
      r = r.withSupplierFactor(c.supplierKgPerMwh(), UnitSymbols.of("MWh"), "");
    }
    List<ResultLine> out = new ArrayList<>();
    assertThat(engine.calculate(r, out::add)).isInstanceOf(CalculationOutcome.Calculated.class);
    return out;
  }

  private static long grams(List<ResultLine> lines, Scope2Method method) {
    return lines.stream().filter(l -> l.method() == method).mapToLong(ResultLine::co2eGrams).sum();
  }

  private static List<String> marketNotes(List<ResultLine> lines) {
    return lines.stream()
        .filter(l -> l.method() == Scope2Method.MARKET)
        .map(ResultLine::factorNote)
        .toList();
  }

  @Test
  void theRegistryAndARunGiveTheSameGramsStepByStep() {
    InstrumentRegistry registry = registry();
    List<MarketBasedLine> lines = registry.scope2();
    CalculationEngine engine = engine(registry);
    // A: 500 MWh x 0 + 250 MWh x 20 kg = 5,000 kg; the rest 1,250 MWh x 620 kg (residual mix,
    // step 3) = 775,000 kg; market-based 780,000 kg; location-based 2,000 x 550 = 1,100,000 kg.
    // B: 100 MWh x 0; the rest 300 MWh x 450 kg (supplier, step 2) = 135,000 kg; location 220,000.
    // C: 300 MWh x 620 kg = 186,000 kg (residual mix) above its location-based 165,000 kg.
    // D: no residual mix in XX: 100 MWh x 300 kg = 30,000 kg (grid average, step 4) = location.
    long[] market = {780_000_000L, 135_000_000L, 186_000_000L, 30_000_000L};
    long[] location = {1_100_000_000L, 220_000_000L, 165_000_000L, 30_000_000L};
    for (int i = 0; i < 4; i++) {
      MarketBasedLine line = lines.get(i);
      List<ResultLine> ran = run(engine, line.consumption());
      assertThat(line.marketGrams()).as(line.consumption().key()).isEqualTo(market[i]);
      assertThat(grams(ran, Scope2Method.MARKET)).as(line.consumption().key()).isEqualTo(market[i]);
      assertThat(line.locationGrams()).isEqualTo(location[i]);
      assertThat(grams(ran, Scope2Method.LOCATION)).isEqualTo(location[i]);
    }

    // the trace names the choice of each part, in both callers
    assertThat(lines.get(0).trace())
        .isEqualTo(
            "500 MWh: instrument GEC-A (gec, wind) at 0 kg/MWh; 250 MWh: instrument PPA-A"
                + " (ppa-physical, wind) at 20 kg/MWh; 1,250 MWh: residual mix at 620 kg/MWh");
    List<String> a = marketNotes(run(engine, lines.get(0).consumption()));
    assertThat(a).hasSize(3);
    assertThat(a.get(0)).startsWith("market-based: " + Step.INSTRUMENT.named() + ": GEC-A");
    assertThat(a.get(1)).startsWith("market-based: " + Step.INSTRUMENT.named() + ": PPA-A");
    assertThat(a.get(2))
        .startsWith(
            "market-based: 1250 MWh of the 2000 MWh consumed by A in 2024-05 are not covered by"
                + " instruments, so 0.625 of this record goes down the hierarchy; "
                + Step.RESIDUAL_MIX.named()
                + ": ");
    assertThat(lines.get(1).trace())
        .endsWith("300 MWh: supplier-specific emission rate at 450 kg/MWh");
    assertThat(marketNotes(run(engine, lines.get(1).consumption())).get(1))
        .contains(
            Step.SUPPLIER_SPECIFIC.named() + ": supplier-specific factor given on the record");
    assertThat(lines.get(3).trace()).contains(Step.GRID_AVERAGE.label());
    assertThat(marketNotes(run(engine, lines.get(3).consumption())).get(0))
        .startsWith("market-based: " + Step.GRID_AVERAGE.named() + ": ");

    // only C, where the residual mix lifts market-based above location-based, says why
    assertThat(lines.get(2).trace()).endsWith(MarketBasedHierarchy.EXCESS);
    assertThat(marketNotes(run(engine, lines.get(2).consumption())).get(0))
        .endsWith(MarketBasedHierarchy.EXCESS);
    for (int i : new int[] {0, 1, 3}) {
      assertThat(lines.get(i).trace()).doesNotContain("exceeds");
      assertThat(marketNotes(run(engine, lines.get(i).consumption())))
          .noneMatch(n -> n.contains("exceeds"));
    }
  }

  @Test
  void aLineIsSplitInWholeKwhWithClaimsCappedAtWhatIsLeft() {
    // 1,000 kWh with claims of 700 and 500 kWh: the second covers the 300 left, no rest part
    List<MarketBasedHierarchy.Part> parts =
        MarketBasedHierarchy.split(
            1_000,
            List.of(
                new org.scopeplus.core.calculation.ContractualClaims.Claim("X", "x", 700, 0),
                new org.scopeplus.core.calculation.ContractualClaims.Claim("Y", "y", 500, 0)),
            Step.RESIDUAL_MIX);
    assertThat(parts).extracting(MarketBasedHierarchy.Part::kwh).containsExactly(700L, 300L);
    assertThat(parts).allMatch(p -> p.step() == Step.INSTRUMENT);
    // nothing claimed: one part, the rest, at the step given
    assertThat(MarketBasedHierarchy.split(1_000, List.of(), Step.GRID_AVERAGE))
        .containsExactly(new MarketBasedHierarchy.Part(Step.GRID_AVERAGE, null, 1_000, 1.0));
    // the supplier's rate comes first; the residual mix is asked only without one
    assertThat(
            MarketBasedHierarchy.afterInstruments(
                true,
                () -> {
                  throw new AssertionError("not asked");
                }))
        .isEqualTo(Step.SUPPLIER_SPECIFIC);
    assertThat(MarketBasedHierarchy.afterInstruments(false, () -> true))
        .isEqualTo(Step.RESIDUAL_MIX);
    assertThat(MarketBasedHierarchy.afterInstruments(false, () -> false))
        .isEqualTo(Step.GRID_AVERAGE);
  }
}
