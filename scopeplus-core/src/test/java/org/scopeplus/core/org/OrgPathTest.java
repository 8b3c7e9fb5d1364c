package org.scopeplus.core.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrgPathTest {

  @Test
  void levelsWithSpacesAroundThemAreUsable() {
    assertThat(OrgPath.problem("Group/Cloud/DC-Hangzhou")).isNull();
    assertThat(OrgPath.problem(" Group / Cloud ")).isNull();
    assertThat(OrgPath.problem("Group/v1.2/a..b")).isNull();
  }

  @Test
  void dotAndDotDotLevelsAreRefused() {
    assertThat(OrgPath.problem("Group/../Other")).contains("has the level '..'");
    assertThat(OrgPath.problem("Group/./Cloud")).contains("has the level '.'");
    assertThat(OrgPath.problem("..")).contains("has the level '..'");
  }

  @Test
  void emptyLevelsAreRefusedWithTheirPlace() {
    assertThat(OrgPath.problem("Group//Cloud")).contains("an empty level (level 2)");
    assertThat(OrgPath.problem("/Group")).contains("an empty level (level 1)");
    assertThat(OrgPath.problem("Group/")).contains("an empty level (level 2)");
    assertThat(OrgPath.problem("Group/ /Cloud")).contains("an empty level (level 2)");
  }
}
