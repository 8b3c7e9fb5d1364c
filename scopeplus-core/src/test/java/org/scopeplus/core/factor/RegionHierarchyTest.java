package org.scopeplus.core.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionHierarchyTest {

  private final RegionHierarchy regions =
      RegionHierarchy.of(Map.of("CN-GRID-EAST", "CN"), Map.of("CN", "China"));

  @Test
  void aRecordMayNameAListedRegionACountryOrASubdivisionOfOne() {
    assertThat(regions.accepts("CN-GRID-EAST")).isTrue();
    assertThat(regions.accepts("cn")).isTrue();
    assertThat(regions.accepts("KE")).isTrue();
    assertThat(regions.accepts(" ke-30 ")).isTrue();
    assertThat(regions.isKnown("KE")).isFalse();
  }

  @Test
  void codesThatAreNoCountryAreRefused() {
    assertThat(regions.accepts("XX-NOWHERE")).isFalse();
    assertThat(regions.accepts("XX")).isFalse();
    assertThat(regions.accepts("KE-")).isFalse();
    assertThat(regions.accepts("K")).isFalse();
  }

  @Test
  void aStateInOneSubregionRollsUpToItAndAStateOverSeveralNamesThem() {
    RegionHierarchy us =
        RegionHierarchy.of(
            Map.of("US-NEWE", "US", "US-ERCT", "US", "US-CT", "US-NEWE"),
            Map.of("US-CT", "Connecticut", "US-TX", "Texas"),
            Map.of("us-tx", List.of("US-ERCT", "us-spso")));
    assertThat(us.chain("US-CT")).containsExactly("US-CT", "US-NEWE", "US", "GLOBAL");
    assertThat(us.spans("US-CT")).isEmpty();
    assertThat(us.chain("US-TX")).containsExactly("US-TX", "US", "GLOBAL");
    assertThat(us.spans(" us-tx ")).containsExactly("US-ERCT", "US-SPSO");
    assertThat(us.accepts("US-TX")).isTrue();
  }
}
