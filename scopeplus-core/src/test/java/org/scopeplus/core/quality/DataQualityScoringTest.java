package org.scopeplus.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.FactorType;
import org.scopeplus.core.factor.Verification;

/**
 * The scoring rules of docs/uncertainty.md on the pedigree scale (Weidema and Wesnaes 1996) the GHG
 * Protocol Scope 3 Standard (Ch. 7, Tables 7.6 and 7.7) uses: 1 very good to 5 very poor.
 */
class DataQualityScoringTest {

  private final DataQualityScoring scoring = DataQualityScoring.withDefaultRegions();

  private static LineFacts line(
      String dataQuality,
      String recordRegion,
      int recordYear,
      FactorType type,
      String region,
      int year) {
    return new LineFacts(
        "r1",
        "fuel.natural_gas",
        1,
        0,
        Scope2Method.NOT_APPLICABLE,
        "CO2",
        true,
        1000,
        dataQuality,
        recordRegion,
        recordYear,
        type == null ? "" : "f1",
        type,
        type == null ? null : Verification.PUBLISHED,
        region,
        year);
  }

  @Test
  void aMeteredRecordWithAFactorOfItsProvinceAndYearScoresBest() {
    DataQualityIndicators q =
        scoring.score(line("metered", "CN-GD", 2023, FactorType.GRID_AVERAGE, "CN-GD", 2023));
    assertThat(q.scores()).containsExactly(2, 1, 1, 1, 1);
    assertThat(q.reasons().get(2)).isEqualTo("activity in CN-GD, factor for CN-GD: geographical 1");
  }

  @Test
  void geographyRollsUpFromProvinceToCountryToTheWorld() {
    assertThat(
            scoring
                .score(line("", "CN-GD", 2023, FactorType.GRID_AVERAGE, "CN", 2023))
                .geographical())
        .isEqualTo(2);
    assertThat(
            scoring
                .score(line("", "CN-GD", 2023, FactorType.GRID_AVERAGE, "GLOBAL", 2023))
                .geographical())
        .isEqualTo(4);
    assertThat(
            scoring
                .score(line("", "CN-GD", 2023, FactorType.GRID_AVERAGE, "GB", 2023))
                .geographical())
        .isEqualTo(5);
  }

  @Test
  void temporalScoreFollowsTheYearsBetweenActivityAndFactor() {
    int[] expected = {1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5};
    for (int years = 0; years < expected.length; years++) {
      LineFacts l = line("measured", "GB", 2024, FactorType.DIRECT_COMBUSTION, "GB", 2024 - years);
      assertThat(DataQualityScoring.temporal(l)).as(years + " years").isEqualTo(expected[years]);
    }
    assertThat(
            DataQualityScoring.temporal(
                line("", "GB", 2024, FactorType.DIRECT_COMBUSTION, "GB", 0)))
        .isEqualTo(5);
  }

  @Test
  void reliabilityAndCompletenessFollowTheRecordsDataQuality() {
    assertThat(
            scoring
                .score(line("invoiced", "GB", 2024, FactorType.SPEND_BASED, "GB", 2024))
                .scores())
        .containsExactly(4, 1, 1, 1, 2);
    assertThat(
            scoring
                .score(line("estimated", "GB", 2024, FactorType.LIFE_CYCLE, "GB", 2024))
                .scores())
        .containsExactly(3, 1, 1, 4, 4);
    assertThat(scoring.score(line("", "GB", 2024, FactorType.LIFE_CYCLE, "GB", 2024)).scores())
        .containsExactly(3, 1, 1, 5, 5);
  }

  @Test
  void aFactorSuppliedWithTheRecordIsSpecificToIt() {
    assertThat(scoring.score(line("calculated", "GB", 2024, null, "", 0)).scores())
        .containsExactly(1, 1, 1, 2, 3);
  }

  @Test
  void aFactorsYearIsTheFirstYearItsCitationNames() {
    assertThat(LineFacts.factorYear("FY2022", 2020)).isEqualTo(2022);
    assertThat(LineFacts.factorYear("2021-2022", 2020)).isEqualTo(2021);
    assertThat(LineFacts.factorYear("", 2019)).isEqualTo(2019);
    assertThat(LineFacts.factorYear("12345", 2019)).isEqualTo(2019);
  }
}
