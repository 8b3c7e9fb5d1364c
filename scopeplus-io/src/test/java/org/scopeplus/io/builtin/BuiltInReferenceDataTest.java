package org.scopeplus.io.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.gas.Origin;

class BuiltInReferenceDataTest {

  private final ReferenceData data = BuiltInReferenceData.load();

  @Test
  void everyFactorKeyOfTheCatalogExistsInALibrary() {
    Set<String> keys = new HashSet<>();
    for (FactorLibrary l : data.libraries()) {
      for (EmissionFactor f : l.factors()) {
        keys.add(f.activityKey());
      }
    }
    for (ActivityType t : data.catalog().types()) {
      List<String> used = new ArrayList<>(t.factorKeys());
      used.addAll(t.marketFactorKeys());
      for (String k : used) {
        // supplier.specific is never in a library: the record carries the supplier's factor
        if (!k.equals(CalculationEngine.SUPPLIER_SPECIFIC)) {
          assertThat(keys).as(t.key() + " uses " + k).contains(k);
        }
      }
    }
  }

  @Test
  void theCatalogCoversEveryScopeAndAllFifteenCategories() {
    Set<Integer> categories = new HashSet<>();
    Set<Integer> scopes = new HashSet<>();
    for (ActivityType t : data.catalog().types()) {
      scopes.add(t.scope().number());
      if (t.category() > 0) {
        categories.add(t.category());
      }
    }
    assertThat(scopes).containsExactlyInAnyOrder(1, 2, 3);
    assertThat(categories).hasSize(15);
  }

  @Test
  void everyFactorCarriesItsSource() {
    for (FactorLibrary l : data.libraries()) {
      assertThat(l.factors()).isNotEmpty();
      for (EmissionFactor f : l.factors()) {
        assertThat(f.citation().publication()).as(f.id()).isNotBlank();
      }
    }
  }

  @Test
  void pressReportedChineseGridFactorsAreFlaggedWeak() {
    EmissionFactor cn2022 =
        data.libraries().get(0).factors().stream()
            .filter(
                f ->
                    f.activityKey().equals("grid.location")
                        && f.region().equals("CN")
                        && f.validFrom().getYear() == 2022)
            .findFirst()
            .orElseThrow();
    assertThat(cn2022.rates().get(0).kgPerUnit()).isEqualTo(0.5366);
    assertThat(cn2022.citation().verification()).isEqualTo(Verification.SECONDARY);
    assertThat(cn2022.citation().shortText()).contains("verify against the primary source");
  }

  @Test
  void gwpsOfTheKyotoGasesAreLoaded() {
    // gwp.csv: N2O 298 / 265 / 273; SF6 22,800 / 23,500 / 25,200; NF3 AR5 16,100
    assertThat(data.gwps().gwp("N2O", GwpSet.AR4, Origin.FOSSIL).orElseThrow().value())
        .isEqualTo(298);
    assertThat(data.gwps().gwp("N2O", GwpSet.AR6, Origin.FOSSIL).orElseThrow().value())
        .isEqualTo(273);
    assertThat(data.gwps().gwp("SF6", GwpSet.AR5, Origin.FOSSIL).orElseThrow().value())
        .isEqualTo(23500);
    assertThat(data.gwps().gwp("NF3", GwpSet.AR5, Origin.FOSSIL).orElseThrow().value())
        .isEqualTo(16100);
    assertThat(data.gwps().gwp("CH4", GwpSet.AR6, Origin.FOSSIL).orElseThrow().value())
        .isEqualTo(29.8);
    assertThat(data.gwps().gwp("CH4", GwpSet.AR6, Origin.BIOGENIC).orElseThrow().value())
        .isEqualTo(27.0);
  }

  @Test
  void provincesRollUpThroughTheirRegionalGrid() {
    assertThat(data.regions().chain("CN-GD"))
        .containsExactly("CN-GD", "CN-GRID-SOUTH", "CN", "GLOBAL");
    assertThat(data.regions().chain("CN-BJ"))
        .containsExactly("CN-BJ", "CN-GRID-NORTH", "CN", "GLOBAL");
  }
}
