package org.scopeplus.core.targets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every refusal of a target, with its exact sentence. */
class TargetTest {

  private static final Coverage S12 = Coverage.parse("1+2", "location").orElseThrow();

  private static Target t(
      TargetKind kind, Coverage c, String denominator, int base, int year, double v, Pathway p) {
    return new Target("x", "name", kind, "Kestrel", c, denominator, base, year, v, p, "");
  }

  @Test
  void aWellFormedTargetOfEachKindIsKept() {
    assertThat(t(TargetKind.ABSOLUTE, S12, null, 2020, 2030, 1, Pathway.ACA_1_5C).refusal())
        .isEmpty();
    assertThat(t(TargetKind.INTENSITY, S12, "revenue", 2020, 2030, 0.5, Pathway.LINEAR).refusal())
        .isEmpty();
    assertThat(t(TargetKind.CUMULATIVE, null, null, 2021, 2035, 1.5e9, Pathway.LINEAR).refusal())
        .isEmpty();
    assertThat(t(TargetKind.RENEWABLE_SHARE, null, null, 2020, 2030, 1, Pathway.LINEAR).refusal())
        .isEmpty();
  }

  @Test
  void eachRefusalNamesItsReason() {
    assertThat(t(TargetKind.ABSOLUTE, S12, null, 2030, 2030, 1, Pathway.LINEAR).refusal())
        .contains("the target year 2030 must come after the base year 2030");
    assertThat(t(TargetKind.ABSOLUTE, null, null, 2020, 2030, 1, Pathway.LINEAR).refusal())
        .contains("an absolute target names the scopes it covers, e.g. 1+2");
    assertThat(t(TargetKind.ABSOLUTE, S12, null, 2020, 2030, 1.5, Pathway.LINEAR).refusal())
        .contains(
            "the reduction of an absolute target lies above 0 and at most 1 (0.5 for -50%, 1 for"
                + " net zero)");
    assertThat(t(TargetKind.INTENSITY, S12, "cars", 2020, 2030, 0.5, Pathway.LINEAR).refusal())
        .contains("an intensity target is per revenue, employees or floor_area");
    assertThat(t(TargetKind.INTENSITY, S12, "revenue", 2020, 2030, 0.5, Pathway.ACA_1_5C).refusal())
        .contains(
            "the SBTi absolute contraction pathway applies to absolute targets only; an intensity"
                + " target takes the linear pathway");
    assertThat(t(TargetKind.CUMULATIVE, null, null, 2021, 2035, 0, Pathway.LINEAR).refusal())
        .contains("a cumulative target's amount must be above 0 t CO2e");
    assertThat(t(TargetKind.RENEWABLE_SHARE, null, null, 2020, 2030, 2, Pathway.LINEAR).refusal())
        .contains("a share target lies above 0 and at most 1 (1 for 100%)");
    assertThat(t(TargetKind.ABSOLUTE, S12, null, 1980, 2030, 1, Pathway.LINEAR).refusal())
        .contains("base year and target year must lie between 1990 and 2100");
  }

  @Test
  void coverageReadsScopesAndTheScope2Method() {
    Coverage c = Coverage.parse("Scope 1 + Scope 2", "location").orElseThrow();
    assertThat(c.label()).isEqualTo("Scopes 1+2 (location-based)");
    assertThat(c.gramsOf(new org.scopeplus.core.inventory.Totals(1, 20, 300, 4000, 5, 6)))
        .isEqualTo(21);
    assertThat(
            Coverage.parse("1+2", "market")
                .orElseThrow()
                .gramsOf(new org.scopeplus.core.inventory.Totals(1, 20, 300, 4000, 5, 6)))
        .isEqualTo(301);
    assertThat(Coverage.parse("4", null)).isEmpty();
    assertThat(Coverage.parse("1+2", "residual")).isEmpty();
  }
}
