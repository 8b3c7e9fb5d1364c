package org.scopeplus.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.inventory.IntensityDenominator;

/**
 * The report's figures from a handful of lines, each checked against a hand calculation written in
 * the test's comments.
 */
class ComposingReportTest {

  private static final ReportSubject SUBJECT =
      new ReportSubject(
          "Example Co",
          "A. Person",
          2024,
          "operational_control",
          "AR5",
          "",
          "abc",
          "1",
          Set.of("plant-ets"));

  private static ReportLine line(
      String unit,
      String facility,
      int scope,
      int category,
      Scope2Method m,
      String gas,
      long grams,
      String quality,
      boolean supplied) {
    return new ReportLine(
        "r",
        unit,
        facility,
        "t",
        scope == 3 ? "spend-based" : "fuel-based",
        scope,
        category,
        m,
        gas,
        false,
        true,
        grams,
        ReportLine.isPrimary(quality, supplied),
        supplied ? "" : "f1",
        supplied ? "" : "Pub, T1 (2023)",
        mass(gas, grams));
  }

  /**
   * The mass of the gas in {@code co2eGrams}: CO2 itself, CH4 over its AR5 GWP-100 of 28 (IPCC AR5
   * WG1 Table 8.7), rounded half-even to grams as the engine rounds a line.
   */
  private static long mass(String gas, long co2eGrams) {
    return gas.equals("CH4")
        ? java.math.BigDecimal.valueOf(co2eGrams)
            .divide(java.math.BigDecimal.valueOf(28), 0, java.math.RoundingMode.HALF_EVEN)
            .longValueExact()
        : co2eGrams;
  }

  private static AnnualReport sample(ReportContext context) {
    ComposingReport c = new ComposingReport(SUBJECT);
    // Scope 1: 3 t at the ETS plant (CO2), 1 t elsewhere (CH4): 4 t, ETS share 3/4 = 75%
    c.accept(
        line(
            "Co/Plant",
            "plant-ets",
            1,
            0,
            Scope2Method.NOT_APPLICABLE,
            "CO2",
            3_000_000,
            "measured",
            false));
    c.accept(
        line(
            "Co/Office",
            "office",
            1,
            0,
            Scope2Method.NOT_APPLICABLE,
            "CH4",
            1_000_000,
            "estimated",
            false));
    // Scope 2: 5 t location, 2 t market
    c.accept(
        line(
            "Co/Office/Floor-2",
            "office",
            2,
            0,
            Scope2Method.LOCATION,
            "CO2",
            5_000_000,
            "invoiced",
            false));
    c.accept(
        line(
            "Co/Office/Floor-2",
            "office",
            2,
            0,
            Scope2Method.MARKET,
            "CO2",
            2_000_000,
            "invoiced",
            false));
    // Scope 3 category 1: 6 t, of which 1.5 t with a supplier's factor (primary): 25% primary
    c.accept(
        line(
            "Co/Plant",
            "",
            3,
            1,
            Scope2Method.NOT_APPLICABLE,
            "CO2",
            4_500_000,
            "estimated",
            false));
    c.accept(line("Co/Plant", "", 3, 1, Scope2Method.NOT_APPLICABLE, "CO2", 1_500_000, "", true));
    // biogenic 0.5 t outside the scopes
    c.accept(
        new ReportLine(
            "b",
            "Co/Plant",
            "",
            "t",
            "fuel-based",
            1,
            0,
            Scope2Method.NOT_APPLICABLE,
            "CO2",
            true,
            false,
            500_000,
            false,
            "f2",
            "Pub",
            500_000));
    return c.compose(SUBJECT, context);
  }

  @Test
  void totalsAreTheSumsOfTheLinesBySlot() {
    AnnualReport r = sample(ReportContext.NONE);
    assertThat(r.totals().scope1()).isEqualTo(4_000_000);
    assertThat(r.totals().scope2Location()).isEqualTo(5_000_000);
    assertThat(r.totals().scope2Market()).isEqualTo(2_000_000);
    assertThat(r.totals().scope3()).isEqualTo(6_000_000);
    assertThat(r.totals().biogenicCo2()).isEqualTo(500_000);
    // 4 + 5 + 6 = 15 t location-based; 4 + 2 + 6 = 12 t market-based
    assertThat(r.totals().totalLocation()).isEqualTo(15_000_000);
    assertThat(r.totals().totalMarket()).isEqualTo(12_000_000);
    assertThat(r.lines()).isEqualTo(7);
  }

  @Test
  void primaryShareAndMethodsPerScope3Category() {
    AnnualReport.CategoryFigure c1 = sample(ReportContext.NONE).scope3().get(0);
    assertThat(c1.primaryGrams()).isEqualTo(1_500_000);
    assertThat(c1.primaryPercent()).isEqualTo(25.0);
    assertThat(c1.methods()).isEqualTo("spend-based");
    assertThat(sample(ReportContext.NONE).scope3().get(1).reported()).isFalse();
    assertThat(sample(ReportContext.NONE).includedCategories()).isEqualTo("1");
  }

  @Test
  void esrsShareOfScope3FromPrimaryDataIsDisclosedBesideTheCategories() {
    // ESRS E1 AR 46(g), as EFRAG ESRS Q&A 530 quotes it: the percentage of Scope 3 calculated
    // using primary data from suppliers or other value chain partners. By hand: 1.5 t with a
    // supplier's factor of 6 t of Scope 3 = 25%
    AnnualReport r = sample(ReportContext.NONE);
    assertThat(r.scope3PrimaryGrams()).isEqualTo(1_500_000);
    assertThat(value(r, "esrs-e1-6-scope-3-primary-data-percent"))
        .isEqualTo(new DisclosedFigure.Percent(25.0));
    assertThat(
            r.esrsE16().stream()
                .filter(f -> f.id().equals("esrs-e1-6-scope-3-primary-data-percent"))
                .findFirst()
                .orElseThrow()
                .reference())
        .isEqualTo("ESRS E1 AR 46(g)");
    // without Scope 3 there is no share to state, and no 0 that would read as a measurement
    ComposingReport none = new ComposingReport(SUBJECT);
    none.accept(
        line(
            "Co/Plant",
            "plant-ets",
            1,
            0,
            Scope2Method.NOT_APPLICABLE,
            "CO2",
            1_000_000,
            "measured",
            false));
    assertThat(
            value(
                none.compose(SUBJECT, ReportContext.NONE),
                "esrs-e1-6-scope-3-primary-data-percent"))
        .isEqualTo(new DisclosedFigure.NotAvailable("no-scope-3"));
  }

  @Test
  void esrsEtsShareAndIntensityPerNetRevenue() {
    // 12 t market-based / 3 million EUR = 4 t per million EUR; 15 / 3 = 5 location-based
    AnnualReport r =
        sample(
            ReportContext.NONE.withRevenue(
                new IntensityDenominator("revenue", 3, "million EUR", 2024)));
    assertThat(value(r, "esrs-e1-6-scope-1-regulated-ets-percent"))
        .isEqualTo(new DisclosedFigure.Percent(75.0));
    assertThat(value(r, "esrs-e1-6-intensity-market"))
        .isEqualTo(new DisclosedFigure.Intensity(4.0, "million EUR"));
    assertThat(value(r, "esrs-e1-6-intensity-location"))
        .isEqualTo(new DisclosedFigure.Intensity(5.0, "million EUR"));
    assertThat(value(r, "esrs-e1-6-gross-scope-3-category-1"))
        .isEqualTo(new DisclosedFigure.Grams(6_000_000));
    assertThat(value(r, "ifrs-s2-29a-scope-3-categories")).isEqualTo(new DisclosedFigure.Text("1"));
    assertThat(value(r, "cn-exchanges-scope-1-2-market"))
        .isEqualTo(new DisclosedFigure.Grams(6_000_000));
    assertThat(value(sample(ReportContext.NONE), "esrs-e1-6-intensity-market"))
        .isEqualTo(new DisclosedFigure.NotAvailable("no-revenue"));
  }

  @Test
  void businessUnitsAreTheSecondLevelOfTheOrgTree() {
    assertThat(ComposingReport.businessUnit("Co/Office/Floor-2")).isEqualTo("Co/Office");
    assertThat(ComposingReport.businessUnit(" Co ")).isEqualTo("Co");
    AnnualReport r = sample(ReportContext.NONE);
    assertThat(r.businessUnits())
        .extracting(AnnualReport.UnitFigure::unit)
        .containsExactly("Co/Office", "Co/Plant");
    // Office: Scope 1 1 t, Scope 2 location 5 t; Plant: Scope 1 3 t, Scope 3 6 t
    assertThat(r.businessUnits().get(0).totals().totalLocation()).isEqualTo(6_000_000);
    assertThat(r.businessUnits().get(1).totals().totalLocation()).isEqualTo(9_000_000);
  }

  @Test
  void gasesSplitByMethod() {
    AnnualReport r = sample(ReportContext.NONE);
    // CO2: 3 (S1) + 5 (S2 loc) + 6 (S3) = 14 t location; 3 + 2 + 6 = 11 t market; CH4 1 t both.
    // Masses: CO2 is its own CO2e; 1 t CO2e of CH4 is 1,000,000 / 28 = 35,714 g of CH4 (AR5 GWP
    // 28, IPCC AR5 WG1 Table 8.7); biogenic CO2 (0.5 t) is in neither total.
    assertThat(r.gases())
        .containsExactly(
            new AnnualReport.GasFigure("CH4", 1_000_000, 1_000_000, 35_714, 35_714),
            new AnnualReport.GasFigure("CO2", 14_000_000, 11_000_000, 14_000_000, 11_000_000));
  }

  @Test
  void avoidedEmissionsCannotBeFiledAsManagementFigures() {
    assertThatThrownBy(
            () ->
                ReportContext.NONE.withLedgers(
                    List.of(new LedgerEntry("scope3plus", "rail", 1, "t CO2e")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("own section");
  }

  @Test
  void aSumBeyondALongIsRefusedNotWrapped() {
    ComposingReport c = new ComposingReport();
    c.accept(line("Co", "", 1, 0, Scope2Method.NOT_APPLICABLE, "CO2", Long.MAX_VALUE, "", false));
    assertThatThrownBy(
            () -> c.accept(line("Co", "", 1, 0, Scope2Method.NOT_APPLICABLE, "CO2", 1, "", false)))
        .isInstanceOf(ArithmeticException.class);
  }

  /**
   * Up to the limit the report keeps every line for the data pack, in the order taken; one line
   * more and it keeps none (the groups stand for them), while the sums still count every line:
   * DETAIL_LIMIT + 1 lines of 1 g each are DETAIL_LIMIT + 1 g of Scope 1.
   */
  @Test
  void linesAreKeptOneByOneUpToTheLimitAndGroupedBeyond() {
    ComposingReport small = new ComposingReport(SUBJECT);
    small.accept(line("Co/A", "", 1, 0, Scope2Method.NOT_APPLICABLE, "CO2", 5, "", false));
    small.accept(line("Co/B", "plant-ets", 1, 0, Scope2Method.NOT_APPLICABLE, "CO2", 7, "", false));
    AnnualReport kept = small.compose(SUBJECT, ReportContext.NONE);
    assertThat(kept.detailed()).isTrue();
    assertThat(kept.detail()).extracting(ReportLine::orgUnit).containsExactly("Co/A", "Co/B");
    assertThat(SUBJECT.etsCovered(kept.detail().get(1).facility())).isTrue();
    assertThat(SUBJECT.etsCovered(kept.detail().get(0).facility())).isFalse();

    ComposingReport big = new ComposingReport(SUBJECT);
    ReportLine one = line("Co", "", 1, 0, Scope2Method.NOT_APPLICABLE, "CO2", 1, "", false);
    for (int i = 0; i <= ComposingReport.DETAIL_LIMIT; i++) {
      big.accept(one);
    }
    AnnualReport grouped = big.compose(SUBJECT, ReportContext.NONE);
    assertThat(grouped.detailed()).isFalse();
    assertThat(grouped.detail()).isEmpty();
    assertThat(grouped.lines()).isEqualTo(ComposingReport.DETAIL_LIMIT + 1L);
    assertThat(grouped.totals().scope1()).isEqualTo(ComposingReport.DETAIL_LIMIT + 1L);
    assertThat(grouped.groups()).hasSize(1);
  }

  @Test
  void aReportListsAllItsLinesOrNone() {
    AnnualReport r = sample(ReportContext.NONE);
    assertThatThrownBy(
            () ->
                ComposingReport.of(
                    SUBJECT, r.groups(), r.detail().subList(0, 1), ReportContext.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all or none");
  }

  private static DisclosedFigure.Value value(AnnualReport r, String id) {
    return r.disclosures().stream()
        .filter(f -> f.id().equals(id))
        .findFirst()
        .orElseThrow()
        .value();
  }
}
