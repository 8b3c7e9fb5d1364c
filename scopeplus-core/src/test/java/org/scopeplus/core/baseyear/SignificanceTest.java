package org.scopeplus.core.baseyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.baseyear.StructuralChange.Acquisition;
import org.scopeplus.core.baseyear.StructuralChange.Divestment;
import org.scopeplus.core.baseyear.StructuralChange.Insourcing;
import org.scopeplus.core.baseyear.StructuralChange.OrganicGrowth;
import org.scopeplus.core.baseyear.StructuralChange.Outsourcing;

/**
 * The significance test and the structural changes, on the worked examples of the GHG Protocol
 * Corporate Standard (revised edition, 2004), chapter 5 "Tracking Emissions Over Time": each test
 * names its example. Amounts are grams CO2e; one tonne is 1,000,000 g.
 */
class SignificanceTest {

  private static final long T = 1_000_000L;

  private static BaseYear baseYear(double threshold) {
    return new BaseYear("t", 1, "base-run", threshold, "test", Instant.EPOCH);
  }

  private static Assessment assess(
      RecalculationTrigger trigger, long baseGrams, long recalculatedGrams) {
    return Assessment.of(
        baseYear(BaseYear.DEFAULT_THRESHOLD),
        baseGrams,
        trigger,
        "recalculated",
        recalculatedGrams);
  }

  /**
   * Chapter 5, "Base year emissions recalculation for an acquisition" (company Gamma): units A and
   * B emit 25 t each in the base year, 50 t. Gamma acquires facility C, which emitted 15 t in the
   * base year: the base year is recalculated to 65 t, a change of 30%.
   */
  @Test
  void anAcquiredFacilityThatExistedInTheBaseYearJoinsTheBaseYear() {
    long recalculated =
        StructuralChange.recalculate(
            50 * T, List.of(new Acquisition("facility C", OptionalLong.of(15 * T))));
    assertThat(recalculated).isEqualTo(65 * T);
    Assessment a = assess(RecalculationTrigger.STRUCTURAL_CHANGE, 50 * T, recalculated);
    assertThat(a.change()).isCloseTo(0.30, within(1e-12));
    assertThat(a.restatementRequired()).isTrue();
    assertThat(a.explanation())
        .isEqualTo(
            "the structural-change changes base-year 1 emissions by 30.00%, at or above the"
                + " significance threshold of 5.00%: the base year must be restated");
  }

  /**
   * Chapter 5, "Base year emissions recalculation for a divestment" (company Beta): units A, B and
   * C emit 25 t each in the base year, 75 t. Beta divests C: the base year is lowered by C's 25 t
   * to 50 t, a change of -33.3%, and Beta's 60 t in year three are a rise of 20% over it.
   */
  @Test
  void aDivestedUnitLeavesTheBaseYear() {
    long recalculated =
        StructuralChange.recalculate(
            75 * T, List.of(new Divestment("business unit C", OptionalLong.of(25 * T))));
    assertThat(recalculated).isEqualTo(50 * T);
    Assessment a = assess(RecalculationTrigger.STRUCTURAL_CHANGE, 75 * T, recalculated);
    assertThat(a.change()).isCloseTo(-1.0 / 3, within(1e-12));
    assertThat(a.restatementRequired()).isTrue();
    assertThat((60 * T - recalculated) / (double) recalculated).isCloseTo(0.20, within(1e-12));
  }

  /**
   * Chapter 5, "Acquisition of a facility that came into existence after the base year was set"
   * (company Teta): base year 50 t; Teta acquires facility C, which came into existence in year two
   * (15 t) and emits 20 t in year three. The base year stays 50 t: nothing to restate.
   */
  @Test
  void anAcquiredFacilityThatDidNotExistInTheBaseYearLeavesItAlone() {
    long recalculated =
        StructuralChange.recalculate(
            50 * T, List.of(new Acquisition("facility C", OptionalLong.empty())));
    assertThat(recalculated).isEqualTo(50 * T);
    Assessment a = assess(RecalculationTrigger.STRUCTURAL_CHANGE, 50 * T, recalculated);
    assertThat(a.change()).isZero();
    assertThat(a.restatementRequired()).isFalse();
  }

  /**
   * Chapter 5, "Base year emissions are not recalculated for organic growth or decline" (company
   * Gamma, year two: A and B grow from 25 t to 30 t each). Neither growth nor decline moves the
   * base year.
   */
  @Test
  void organicGrowthOrDeclineNeverTriggersARecalculation() {
    long recalculated =
        StructuralChange.recalculate(
            50 * T,
            List.of(
                new OrganicGrowth("units A and B grow", 10 * T),
                new OrganicGrowth("a site closed by the company", -20 * T)));
    assertThat(recalculated).isEqualTo(50 * T);
    assertThat(
            assess(RecalculationTrigger.STRUCTURAL_CHANGE, 50 * T, recalculated)
                .restatementRequired())
        .isFalse();
  }

  /**
   * Chapter 5, structural changes include "the outsourcing or insourcing of emitting activities":
   * emissions that move between Scopes 1/2 and a Scope 3 category the company reports keep the
   * Scope 1 + 2 + 3 total the test compares; emissions that leave or join what it reports move the
   * base year.
   */
  @Test
  void outsourcingAndInsourcingMoveTheBaseYearOnlyWhenEmissionsLeaveOrJoinTheReportedTotal() {
    long base = 100 * T;
    assertThat(
            StructuralChange.recalculate(
                base, List.of(new Outsourcing("own truck fleet", 8 * T, true))))
        .isEqualTo(base);
    long outsourced =
        StructuralChange.recalculate(
            base, List.of(new Outsourcing("own truck fleet", 8 * T, false)));
    assertThat(outsourced).isEqualTo(92 * T);
    assertThat(
            assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, outsourced).restatementRequired())
        .isTrue();
    assertThat(
            StructuralChange.recalculate(
                base, List.of(new Insourcing("contracted boiler house", 8 * T, true))))
        .isEqualTo(base);
    long insourced =
        StructuralChange.recalculate(
            base, List.of(new Insourcing("contracted boiler house", 4 * T, false)));
    assertThat(insourced).isEqualTo(104 * T);
    assertThat(
            assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, insourced).restatementRequired())
        .isFalse();
  }

  /**
   * Chapter 5, "significance thresholds": the significance of a change is judged on the base-year
   * total, and several small acquisitions or divestments can be significant together. Each of three
   * acquisitions adds 2% here; together they add 6%.
   */
  @Test
  void smallStructuralChangesAreSignificantTogether() {
    long base = 100 * T;
    List<StructuralChange> changes =
        List.of(
            new Acquisition("shop 1", OptionalLong.of(2 * T)),
            new Acquisition("shop 2", OptionalLong.of(2 * T)),
            new Acquisition("shop 3", OptionalLong.of(2 * T)));
    for (StructuralChange one : changes) {
      long alone = StructuralChange.recalculate(base, List.of(one));
      assertThat(assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, alone).restatementRequired())
          .isFalse();
    }
    long together = StructuralChange.recalculate(base, changes);
    assertThat(assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, together).restatementRequired())
        .isTrue();
  }

  /**
   * The threshold of 5% applies to the base-year total, up or down, and 5% itself is significant.
   */
  @Test
  void fivePercentOfTheBaseYearTotalIsTheDefaultThresholdInclusiveBothWays() {
    long base = 100 * T;
    assertThat(assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, 105 * T).restatementRequired())
        .isTrue();
    assertThat(assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, 95 * T).restatementRequired())
        .isTrue();
    assertThat(
            assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, 105 * T - 1).restatementRequired())
        .isFalse();
    assertThat(
            assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, 95 * T + 1).restatementRequired())
        .isFalse();
    assertThat(assess(RecalculationTrigger.STRUCTURAL_CHANGE, base, 105 * T - 1).explanation())
        .endsWith("by 5.00%, below the significance threshold of 5.00%: no restatement is needed");
  }

  /** A company's own threshold replaces the default: a 6% change is not significant at 10%. */
  @Test
  void aCompanyThresholdReplacesTheDefault() {
    Assessment a =
        Assessment.of(
            baseYear(0.10), 100 * T, RecalculationTrigger.STRUCTURAL_CHANGE, "r", 106 * T);
    assertThat(a.threshold()).isEqualTo(0.10);
    assertThat(a.restatementRequired()).isFalse();
  }

  /**
   * Chapter 5, "changes in calculation methodology or improvements in the accuracy of emission
   * factors or activity data": the base year is recalculated with the new method and restated when
   * the change is significant. A base year of 1,000 t of which 200 t is methane: moving from AR5
   * (GWP 28) to AR6 (GWP 27.9, WG1 Table 7.SM.7) changes it by -0.07%, not significant; a corrected
   * grid factor that adds 60 t changes it by 6%, significant.
   */
  @Test
  void aMethodologyChangeIsRestatedOnlyWhenSignificant() {
    long base = 1_000 * T;
    long ar6 = base - 200 * T + Math.round(200 * T / 28.0 * 27.9);
    assertThat(ar6).isEqualTo(999_285_714L);
    Assessment potentials = assess(RecalculationTrigger.METHODOLOGY_CHANGE, base, ar6);
    assertThat(potentials.change()).isCloseTo(-0.000714286, within(1e-9));
    assertThat(potentials.restatementRequired()).isFalse();
    Assessment factor = assess(RecalculationTrigger.METHODOLOGY_CHANGE, base, base + 60 * T);
    assertThat(factor.restatementRequired()).isTrue();
    assertThat(factor.explanation()).startsWith("the methodology-change changes");
  }

  /**
   * Chapter 5, "discovery of significant errors, or a number of cumulative errors, that are
   * collectively significant": a meter read twice (3% of the base year) and a fuel invoice entered
   * twice (2.5%) are each below 5% but together are 5.5%, and the corrected base year is restated.
   */
  @Test
  void errorsThatAreSignificantTogetherAreCorrected() {
    long base = 200 * T;
    long meterReadTwice = 6 * T;
    long invoiceEnteredTwice = 5 * T;
    assertThat(
            assess(RecalculationTrigger.DISCOVERED_ERROR, base, base - meterReadTwice)
                .restatementRequired())
        .isFalse();
    assertThat(
            assess(RecalculationTrigger.DISCOVERED_ERROR, base, base - invoiceEnteredTwice)
                .restatementRequired())
        .isFalse();
    Assessment both =
        assess(
            RecalculationTrigger.DISCOVERED_ERROR,
            base,
            base - meterReadTwice - invoiceEnteredTwice);
    assertThat(both.change()).isCloseTo(-0.055, within(1e-12));
    assertThat(both.restatementRequired()).isTrue();
  }

  /** A base year of zero grams counts any recalculated emissions as a change of 100%. */
  @Test
  void aZeroBaseYearWithEmissionsIsAFullChange() {
    assertThat(assess(RecalculationTrigger.DISCOVERED_ERROR, 0, 1).change()).isEqualTo(1.0);
    assertThat(assess(RecalculationTrigger.DISCOVERED_ERROR, 0, 0).restatementRequired()).isFalse();
  }
}
