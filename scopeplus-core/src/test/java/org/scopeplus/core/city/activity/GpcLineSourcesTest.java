package org.scopeplus.core.city.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.quantity.QuantityKind;

/**
 * Which activity types each GPC line takes, by the scope definitions of GPC v1.1 chapter 3 (scope 1
 * in the boundary, scope 2 grid-supplied energy, scope 3 outside the boundary).
 */
class GpcLineSourcesTest {

  static ActivityType type(Scope scope, int category) {
    return new ActivityType(
        "t." + scope.number() + "." + category,
        scope,
        category,
        "",
        Set.of(QuantityKind.ENERGY),
        List.of("f"),
        List.of(),
        SubstanceRule.NONE,
        1,
        false,
        "");
  }

  static GpcLine line(String reference) {
    return GpcFramework.line(reference).orElseThrow();
  }

  static final ActivityType DIRECT = type(Scope.SCOPE_1, 0);
  static final ActivityType GRID = type(Scope.SCOPE_2, 0);
  static final ActivityType FUEL_AND_ENERGY = type(Scope.SCOPE_3, 3);
  static final ActivityType FREIGHT = type(Scope.SCOPE_3, 4);
  static final ActivityType WASTE = type(Scope.SCOPE_3, 5);
  static final ActivityType PURCHASES = type(Scope.SCOPE_3, 1);

  @Test
  void gridEnergyGoesOnTheScope2LinesAndOnNoOther() {
    for (GpcLine l : GpcFramework.lines()) {
      assertThat(GpcLineSources.accepts(GRID, l)).as(l.reference()).isEqualTo(l.scope() == 2);
    }
  }

  @Test
  void directEmissionsGoOnScope1LinesOutsideWasteAndOnTransboundaryJourneys() {
    assertThat(GpcLineSources.accepts(DIRECT, line("I.1.1"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("I.4.4"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("I.8.1"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("II.1.1"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("II.4.3"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("IV.1"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("V.3"))).isTrue();
    assertThat(GpcLineSources.accepts(DIRECT, line("I.1.2"))).isFalse();
    assertThat(GpcLineSources.accepts(DIRECT, line("I.1.3"))).isFalse();
    assertThat(GpcLineSources.accepts(DIRECT, line("III.1.1"))).isFalse();
    assertThat(GpcLineSources.accepts(DIRECT, line("VI.1"))).isFalse();
  }

  @Test
  void scope3LinesTakeTheirKindsOfScope3() {
    assertThat(GpcLineSources.accepts(FUEL_AND_ENERGY, line("I.2.3"))).isTrue();
    assertThat(GpcLineSources.accepts(FREIGHT, line("I.2.3"))).isFalse();
    assertThat(GpcLineSources.accepts(FREIGHT, line("II.3.3"))).isTrue();
    assertThat(GpcLineSources.accepts(FUEL_AND_ENERGY, line("II.3.3"))).isFalse();
    assertThat(GpcLineSources.accepts(PURCHASES, line("VI.1"))).isTrue();
    assertThat(GpcLineSources.accepts(PURCHASES, line("I.1.1"))).isFalse();
  }

  @Test
  void wasteGoesOnEveryWasteLineWhereverItIsTreated() {
    for (String ref : List.of("III.1.1", "III.1.2", "III.1.3", "III.4.2")) {
      assertThat(GpcLineSources.accepts(WASTE, line(ref))).as(ref).isTrue();
    }
    assertThat(GpcLineSources.accepts(WASTE, line("I.1.1"))).isFalse();
    assertThat(GpcLineSources.refusal(WASTE, line("III.1.2"))).isEmpty();
    assertThat(GpcLineSources.refusal(GRID, line("II.1.1")).orElseThrow())
        .isEqualTo(
            "activity type t.2.0 is scope 2 (grid-supplied energy), but II.1.1 (On-road"
                + " transportation, scope 1) holds direct emissions (scope 1 activity types)"
                + " only");
  }
}
