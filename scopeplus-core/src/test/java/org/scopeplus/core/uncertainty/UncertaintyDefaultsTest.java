package org.scopeplus.core.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.quality.ActivityDataTier;
import org.scopeplus.core.quality.LineFacts;

/** The default table of docs/uncertainty.md, each value with the source it names, and overrides. */
class UncertaintyDefaultsTest {

  private static LineFacts line(String gas, boolean inTotals, String dataQuality, FactorType type) {
    return new LineFacts(
        "r1",
        "fuel.diesel",
        1,
        0,
        Scope2Method.NOT_APPLICABLE,
        gas,
        inTotals,
        1000,
        dataQuality,
        "GB",
        2024,
        type == null ? "" : "ipcc-diesel",
        type,
        type == null ? null : Verification.CORROBORATED,
        "GLOBAL",
        2006);
  }

  @Test
  void activityDataDefaultsRiseWithTheTier() {
    // IPCC 2006 Vol. 2 Ch. 2 Table 2.15 ranges, read into one value per tier
    assertThat(UncertaintyDefaults.activity(ActivityDataTier.MEASURED).percent()).isEqualTo(2);
    assertThat(UncertaintyDefaults.activity(ActivityDataTier.CALCULATED).percent()).isEqualTo(5);
    assertThat(UncertaintyDefaults.activity(ActivityDataTier.ESTIMATED).percent()).isEqualTo(20);
    assertThat(UncertaintyDefaults.activity(ActivityDataTier.MEASURED).basis())
        .contains("Table 2.15");
    double previous = 0;
    for (ActivityDataTier t : ActivityDataTier.values()) {
      assertThat(UncertaintyDefaults.activity(t).relative95()).isGreaterThan(previous);
      previous = UncertaintyDefaults.activity(t).relative95();
    }
  }

  @Test
  void combustionCo2IsNarrowAndItsCh4AndN2oWideAndSkewed() {
    Uncertainty co2 =
        UncertaintyDefaults.factor(line("CO2", true, "", FactorType.DIRECT_COMBUSTION));
    Uncertainty ch4 =
        UncertaintyDefaults.factor(line("CH4", true, "", FactorType.DIRECT_COMBUSTION));
    assertThat(co2.percent()).isEqualTo(5);
    assertThat(co2.distribution()).isEqualTo(Distribution.NORMAL);
    assertThat(ch4.percent()).isEqualTo(100);
    assertThat(ch4.distribution()).isEqualTo(Distribution.LOGNORMAL);
  }

  @Test
  void overridesWinAndLinesOutsideTheTotalsAreLeftOut() {
    UncertaintyOverrides overrides =
        UncertaintyOverrides.NONE
            .withActivityType("fuel.diesel", Uncertainty.percent(1, Distribution.NORMAL, "user"))
            .withFactor("ipcc-diesel", Uncertainty.percent(4, Distribution.LOGNORMAL, "user"));
    UncertainLine l =
        UncertaintyDefaults.assign(
                line("CO2", true, "estimated", FactorType.DIRECT_COMBUSTION), overrides)
            .orElseThrow();
    assertThat(l.activity().percent()).isEqualTo(1);
    assertThat(l.factor().percent()).isEqualTo(4);
    assertThat(l.factorKey()).isEqualTo("ipcc-diesel|CO2");
    assertThat(
            UncertaintyDefaults.assign(
                line("CO2", false, "", FactorType.DIRECT_COMBUSTION), UncertaintyOverrides.NONE))
        .isEmpty();
  }

  @Test
  void overridesAreReadOrRefusedWithASentence() {
    assertThat(UncertaintyOverrides.parse("grid-cn=7.5:lognormal"))
        .isEqualTo(
            new UncertaintyOverrides.Accepted(
                "grid-cn", Uncertainty.percent(7.5, Distribution.LOGNORMAL, "user override")));
    assertThat(UncertaintyOverrides.parse("grid-cn"))
        .isInstanceOf(UncertaintyOverrides.Refused.class);
    assertThat(UncertaintyOverrides.parse("grid-cn=-3"))
        .isEqualTo(
            new UncertaintyOverrides.Refused(
                "the uncertainty of grid-cn must be 0 to 1000%, not -3"));
    assertThat(UncertaintyOverrides.parse("grid-cn=5:triangular"))
        .isEqualTo(
            new UncertaintyOverrides.Refused(
                "'triangular' is not a distribution: normal or lognormal"));
    assertThat(UncertaintyOverrides.parse("grid-cn=NaN"))
        .isInstanceOf(UncertaintyOverrides.Refused.class);
  }
}
