package org.scopeplus.core.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.Fixtures.factor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The choice of a factor among regions and vintages, and the reason written on the line. Each
 * expected reason below is written out by hand from the rule in {@link FactorResolver}'s Javadoc.
 */
class FactorResolverTest {

  private static final RegionHierarchy REGIONS =
      RegionHierarchy.of(
          Map.of("CN-GD", "CN-GRID-SOUTH", "CN-GRID-SOUTH", "CN"), Map.of("CN", "China"));

  private static final FactorLibrary LIBRARY =
      new FactorLibrary(
          "test",
          "1",
          "0",
          List.of(
              factor(
                  "CN-2020",
                  "grid",
                  "CN",
                  2020,
                  2020,
                  "MWh",
                  FactorType.GRID_AVERAGE,
                  "CO2",
                  581.0),
              factor(
                  "CN-2022",
                  "grid",
                  "CN",
                  2022,
                  2022,
                  "MWh",
                  FactorType.GRID_AVERAGE,
                  "CO2",
                  536.6),
              factor(
                  "CN-2021",
                  "grid",
                  "CN",
                  2021,
                  2021,
                  "MWh",
                  FactorType.GRID_AVERAGE,
                  "CO2",
                  555.0),
              factor(
                  "SOUTH-2022",
                  "grid",
                  "CN-GRID-SOUTH",
                  2022,
                  2022,
                  "MWh",
                  FactorType.GRID_AVERAGE,
                  "CO2",
                  430.0)));

  private final FactorResolver resolver = new FactorResolver(List.of(LIBRARY), REGIONS);

  private Resolution.Found found(String region, LocalDate date) {
    return (Resolution.Found) resolver.resolve("grid", region, date);
  }

  @Test
  void theFactorWhoseValidityCoversTheMonthOfTheRecordsOwnRegion() {
    Resolution.Found f = found("CN", LocalDate.of(2021, 7, 15));
    assertThat(f.factor().id()).isEqualTo("CN-2021");
    assertThat(f.reason())
        .isEqualTo("region CN matched; valid 2021-01-01 to 2021-12-31 covers 2021-07; test 1");
  }

  @Test
  void aMoreSpecificRegionComesFirstAndTheSkippedOnesAreNamed() {
    assertThat(found("CN-GRID-SOUTH", LocalDate.of(2022, 3, 1)).factor().id())
        .isEqualTo("SOUTH-2022");
    Resolution.Found f = found("CN-GD", LocalDate.of(2022, 3, 1));
    assertThat(f.factor().id()).isEqualTo("SOUTH-2022");
    assertThat(f.reason())
        .isEqualTo(
            "no factor for CN-GD; region CN-GRID-SOUTH used; valid 2022-01-01 to 2022-12-31"
                + " covers 2022-03; test 1");
  }

  @Test
  void afterTheLastVintageTheLatestOneIsUsedAndSaidSo() {
    Resolution.Found f = found("CN", LocalDate.of(2024, 11, 1));
    assertThat(f.factor().id()).isEqualTo("CN-2022");
    assertThat(f.reason())
        .isEqualTo(
            "region CN matched; no factor valid for 2024-11, latest available vintage (valid"
                + " 2022-01-01 to 2022-12-31) used; test 1");
  }

  @Test
  void beforeTheFirstVintageTheEarliestOneIsUsedAndSaidSo() {
    Resolution.Found f = found("CN", LocalDate.of(2019, 2, 1));
    assertThat(f.factor().id()).isEqualTo("CN-2020");
    assertThat(f.reason())
        .isEqualTo(
            "region CN matched; no factor valid for 2019-02 or earlier, earliest vintage (valid"
                + " 2020-01-01 to 2020-12-31) used; test 1");
  }

  @Test
  void aRegionWithOnlyAnOutOfDateFactorStillWinsOverItsParent() {
    // CN-GRID-SOUTH has only 2022; for 2023 its latest vintage is used, not CN's
    Resolution.Found f = found("CN-GRID-SOUTH", LocalDate.of(2023, 1, 1));
    assertThat(f.factor().id()).isEqualTo("SOUTH-2022");
    assertThat(f.reason()).contains("latest available vintage");
  }

  @Test
  void noFactorInAnyRegionOfTheChainNamesTheChainAndTheLibraries() {
    Resolution r = resolver.resolve("heat", "CN-GD", LocalDate.of(2022, 1, 1));
    assertThat(r)
        .isEqualTo(
            new Resolution.NotFound(
                "no factor for 'heat' in region CN-GD > CN-GRID-SOUTH > CN > GLOBAL in any"
                    + " library (test 1)"));
  }
}
