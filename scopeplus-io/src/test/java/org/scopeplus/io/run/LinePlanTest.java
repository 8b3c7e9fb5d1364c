package org.scopeplus.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoDataset;

/** Plans reproduce the engine's grams, and plans shared across months are the right ones. */
class LinePlanTest {

  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();
  private static final CalculationEngine ENGINE = REFERENCE.engine(CalculationOptions.defaults());

  @Test
  void everyKindOfDemoRecordGivesTheEnginesGramsForOddQuantities() {
    Map<String, LinePlan> byResolution = new HashMap<>();
    int checked = 0;
    for (String[] k : DemoDataset.recordKinds()) {
      ActivityType type = REFERENCE.catalog().type(k[0]).orElseThrow();
      MeasureUnit unit = UnitSymbols.of(k[1]);
      Period period = Period.parse(k[3]).orElseThrow();
      String instrument = k[5].equals("true") ? "GEC" : "";
      LinePlan plan = ENGINE.plan(type, unit, k[2], period, k[4], instrument);
      assertThat(plan.linear()).as(String.join(",", k)).isTrue();
      // the plan first compiled for the same resolution key, in another month
      String key =
          String.join("|", k[0], k[1], k[2], k[4], k[5]) + ENGINE.resolutionKey(type, k[2], period);
      LinePlan shared = byResolution.computeIfAbsent(key, x -> plan);
      for (double q : new double[] {1, 0.01, 1234.567, 98765432.1, 3.3333}) {
        ActivityRecord r =
            ActivityRecord.of("x", "Org", "", period, type.key(), q, unit, k[2])
                .withSubstance(k[4])
                .withSupplierFactor(Double.NaN, null, instrument);
        List<ResultLine> lines = new ArrayList<>();
        ENGINE.calculate(r, lines::add);
        assertThat(shared.lineCount()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
          double kg = shared.kilograms(i, q, type.sign());
          assertThat(shared.co2eGrams(i, kg)).isEqualTo(lines.get(i).co2eGrams());
          assertThat(LinePlan.gasGrams(kg)).isEqualTo(lines.get(i).gasGrams());
          assertThat(shared.prototype(i).gas()).isEqualTo(lines.get(i).gas());
          assertThat(shared.prototype(i).method()).isEqualTo(lines.get(i).method());
          assertThat(shared.prototype(i).factor()).isEqualTo(lines.get(i).factor());
          checked++;
        }
      }
    }
    assertThat(byResolution.size()).isLessThan(DemoDataset.recordKinds().size() / 4);
    assertThat(checked).isGreaterThan(50_000);
  }
}
