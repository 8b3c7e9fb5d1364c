package org.scopeplus.core.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.electricity;
import static org.scopeplus.core.Fixtures.factor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.UnitSymbols;

/** The one rounding to grams and the bound of a line, in the rule and in the engine. */
class GramsTest {

  // EMA Singapore 2020 average operating margin, 0.4080 kg CO2/kWh (factors-builtin.csv)
  private static final CalculationEngine ENGINE =
      Fixtures.engine(
          List.of(electricity("s2.electricity", "grid.location", "grid.location")),
          List.of(
              factor(
                  "ema.sg.2020",
                  "grid.location",
                  "SG",
                  2020,
                  2020,
                  "kWh",
                  FactorType.OPERATING_MARGIN,
                  "CO2",
                  0.4080)),
          CalculationOptions.defaults().withGwpSet(GwpSet.AR5));

  private static ActivityRecord electricitySg(double quantity, String unit) {
    ActivityRecord r =
        ActivityRecord.of(
            "E1",
            "Group/SG",
            "SG-DC",
            Period.parse("2020-03").orElseThrow(),
            "s2.electricity",
            quantity,
            UnitSymbols.of(unit),
            "SG");
    return new ActivityRecord(
        r.id(),
        r.orgUnit(),
        r.facility(),
        r.period(),
        r.activityType(),
        r.quantity(),
        r.unit(),
        r.region(),
        r.substance(),
        r.supplier(),
        r.dataQuality(),
        r.evidence(),
        r.heatContent(),
        r.density(),
        r.share(),
        r.supplierFactor(),
        r.supplierFactorUnit(),
        r.instrument(),
        r.supplierProduct(),
        new SourceRef("activity.csv", 7));
  }

  @Test
  void roundsHalfToEvenOnce() {
    assertThat(Grams.rounded(0.5)).isZero();
    assertThat(Grams.rounded(1.5)).isEqualTo(2);
    assertThat(Grams.rounded(2.5)).isEqualTo(2);
    assertThat(Grams.rounded(-2.5)).isEqualTo(-2);
    assertThat(Grams.rounded(-3.5)).isEqualTo(-4);
    // 0.0015 kg x 1000 = 1.5 g -> 2 g; 0.0025 kg x 1000 = 2.5 g -> 2 g (both exact in double)
    assertThat(Grams.ofKilograms(0.0015)).isEqualTo(2);
    assertThat(Grams.ofKilograms(0.0025)).isEqualTo(2);
    // 10 kg x GWP 28 = 280,000 g CO2e
    assertThat(Grams.co2e(10, 28)).isEqualTo(280_000);
  }

  @Test
  void aLineUpTo2To53GramsIsKeptAndBeyondItRefused() {
    // 2^53 = 9,007,199,254,740,992: every whole gram up to it is a double
    assertThat(Grams.MAX_LINE).isEqualTo(9_007_199_254_740_992L);
    assertThat(Grams.rounded(9_007_199_254_740_992.0)).isEqualTo(9_007_199_254_740_992L);
    assertThat(Grams.rounded(-9_007_199_254_740_992.0)).isEqualTo(-9_007_199_254_740_992L);
    // the next double above 2^53 is 2^53 + 2
    assertThat(Grams.rounded(9_007_199_254_740_994.0)).isEqualTo(Grams.REFUSED);
    assertThat(Grams.rounded(-9_007_199_254_740_994.0)).isEqualTo(Grams.REFUSED);
    assertThat(Grams.rounded(Double.NaN)).isEqualTo(Grams.REFUSED);
    assertThat(Grams.rounded(Double.POSITIVE_INFINITY)).isEqualTo(Grams.REFUSED);
    // before: (long) Math.rint(2.04e19) was Long.MAX_VALUE, and two such lines summed to -2
    assertThat((long) Math.rint(2.04e19)).isEqualTo(Long.MAX_VALUE);
    assertThat(Long.MAX_VALUE + Long.MAX_VALUE).isEqualTo(-2);
    assertThat(Grams.rounded(2.04e19)).isEqualTo(Grams.REFUSED);
  }

  @Test
  void fiftyTrillionMwhInSingaporeIsRefusedNamingTheRecord() {
    // 5e13 MWh = 5e16 kWh x 0.4080 kg CO2/kWh = 2.04e16 kg = 2.04e19 g, beyond 2^53 g
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome outcome = ENGINE.calculate(electricitySg(5e13, "MWh"), lines::add);
    assertThat(outcome).isInstanceOf(CalculationOutcome.Refused.class);
    Problem p = ((CalculationOutcome.Refused) outcome).problem();
    assertThat(p.file()).isEqualTo("activity.csv");
    assertThat(p.row()).isEqualTo(7);
    assertThat(p.column()).isEqualTo("quantity");
    assertThat(p.message()).contains("2.040e+19 g").contains("9007199254740992 g");
    assertThat(lines).isEmpty();
  }

  @Test
  void aLineJustUnderTheBoundIsCalculatedToTheGram() {
    // 2.2e10 MWh = 2.2e13 kWh x 0.4080 = 8.976e12 kg = 8,976,000,000,000,000 g (< 2^53)
    List<ResultLine> lines = new ArrayList<>();
    CalculationOutcome outcome = ENGINE.calculate(electricitySg(2.2e10, "MWh"), lines::add);
    assertThat(outcome).isInstanceOf(CalculationOutcome.Calculated.class);
    assertThat(lines).hasSize(2); // location- and market-based
    assertThat(lines).allMatch(l -> l.co2eGrams() == 8_976_000_000_000_000L);
    // 2.3e10 MWh gives 9.384e15 g: refused
    assertThat(ENGINE.calculate(electricitySg(2.3e10, "MWh"), l -> {}))
        .isInstanceOf(CalculationOutcome.Refused.class);
  }
}
