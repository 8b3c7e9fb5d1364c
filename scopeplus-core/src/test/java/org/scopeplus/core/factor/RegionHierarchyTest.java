package org.scopeplus.core.factor;

import static org.assertj.core.api.Assertions.assertThat;

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
}
