package org.scopeplus.core.city.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-calculated allocations of a two-district city (the arithmetic is in each test's comments).
 */
class AllocatingToDistrictsTest {

  private static final Map<String, Double> AREA = Map.of("D1", 0.25, "D2", 0.75);

  @Test
  void locatedSourcesStayAndTheRestFollowsTheWeights() {
    // power 1000 g: a 400 g point source in D1; 600 g left by area 0.25 / 0.75 = 150 / 450
    // transport 500 g by population 1 : 2 = 166.67 / 333.33 -> 166 + 333 = 499, 1 g to D1 (.67)
    AllocationOutcome o =
        AllocatingToDistricts.allocate(
            Map.of("power", 1000L, "transport", 500L),
            Map.of("D1", Map.of("power", 400L)),
            Map.of("transport", Map.of("D1", 1.0, "D2", 2.0)),
            AREA);
    Allocation a = ((AllocationOutcome.Allocated) o).allocation();
    assertThat(a.grams().get("D1")).containsEntry("power", 550L).containsEntry("transport", 167L);
    assertThat(a.grams().get("D2")).containsEntry("power", 450L).containsEntry("transport", 333L);
    assertThat(a.total()).isEqualTo(1500L);
    assertThat(a.sectorTotal("power")).isEqualTo(1000L);
  }

  @Test
  void locatedEmissionsBeyondTheCityTotalAreRefused() {
    AllocationOutcome o =
        AllocatingToDistricts.allocate(
            Map.of("power", 100L), Map.of("D2", Map.of("power", 101L)), Map.of(), AREA);
    assertThat(o)
        .isInstanceOfSatisfying(
            AllocationOutcome.Refused.class,
            r -> assertThat(r.reason()).contains("power").contains("101 g").contains("100 g"));
  }

  @Test
  void unknownDistrictsSectorsAndAbsurdTotalsAreRefused() {
    assertThat(
            AllocatingToDistricts.allocate(
                Map.of("power", 100L), Map.of("D9", Map.of("power", 1L)), Map.of(), AREA))
        .isInstanceOf(AllocationOutcome.Refused.class);
    assertThat(
            AllocatingToDistricts.allocate(
                Map.of("power", 100L), Map.of("D1", Map.of("waste", 1L)), Map.of(), AREA))
        .isInstanceOf(AllocationOutcome.Refused.class);
    assertThat(
            AllocatingToDistricts.allocate(
                Map.of("power", Long.MAX_VALUE), Map.of(), Map.of(), AREA))
        .isInstanceOf(AllocationOutcome.Refused.class);
    assertThat(
            AllocatingToDistricts.allocate(
                Map.of("power", 10L),
                Map.of(),
                Map.of("power", Map.of("D1", 0.0, "D2", 0.0)),
                AREA))
        .isInstanceOfSatisfying(
            AllocationOutcome.Refused.class, r -> assertThat(r.reason()).contains("weighs 0"));
  }

  @Test
  void cellsSumExactlyToTheirDistricts() {
    // D1 power 550 g: its 400 g point source in cell c1; 150 g by overlap 1 : 2 = 50 / 100
    // D1 transport 167 g by 1 : 2 = 55.67 / 111.33 -> 55 + 111 = 166, 1 g to c1 (.67)
    // D2 power 450 g, transport 333 g all in c2
    Allocation districts =
        new Allocation(
            Map.of(
                "D1", Map.of("power", 550L, "transport", 167L),
                "D2", Map.of("power", 450L, "transport", 333L)));
    AllocationOutcome o =
        AllocatingToCells.allocate(
            districts,
            Map.of("D1", Map.of("power", Map.of("c1", 400L))),
            Map.of("D1", Map.of("c1", 1.0, "c2", 2.0), "D2", Map.of("c2", 5.0)));
    Allocation cells = ((AllocationOutcome.Allocated) o).allocation();
    assertThat(cells.grams().get("c1"))
        .containsEntry("power", 450L)
        .containsEntry("transport", 56L);
    assertThat(cells.grams().get("c2"))
        .containsEntry("power", 100L + 450L)
        .containsEntry("transport", 111L + 333L);
    assertThat(cells.total()).isEqualTo(districts.total());
  }

  @Test
  void aDistrictOutsideTheGridIsRefused() {
    Allocation districts = new Allocation(Map.of("D1", Map.of("power", 5L)));
    assertThat(AllocatingToCells.allocate(districts, Map.of(), Map.of()))
        .isInstanceOf(AllocationOutcome.Refused.class);
  }
}
