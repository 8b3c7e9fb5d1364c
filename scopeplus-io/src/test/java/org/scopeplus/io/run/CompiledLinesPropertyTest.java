package org.scopeplus.io.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoDataset;

/**
 * The per-record path and the compiled path give identical lines: for generated records of every
 * kind the demo company has (activity type, unit, region, month, substance, certificate), with any
 * quantity, allocation share, equity share and GWP set, the lines {@link
 * CalculationEngine#calculate} makes equal, field by field, the lines the engine's own {@link
 * LinePlan} makes for that record, and the grams the parallel job sums through the plan ({@link
 * LinePlan#addGrams}) are the engine's.
 */
class CompiledLinesPropertyTest {

  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();
  private static final List<String[]> KINDS = DemoDataset.recordKinds();

  @Property(tries = 3000)
  void theCompiledLinesAreThePerRecordLines(
      @ForAll @IntRange(min = 0, max = 100_000) int kindSeed,
      @ForAll @DoubleRange(min = 0.0, max = 1e9) double quantity,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double share,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double equity,
      @ForAll GwpSet gwpSet) {
    String[] k = KINDS.get(kindSeed % KINDS.size());
    OrgStructure org = OrgStructure.of(List.of(new OrgUnit("Group/Unit", equity, true, true)));
    CalculationEngine engine =
        REFERENCE.engine(new CalculationOptions(gwpSet, ConsolidationApproach.EQUITY_SHARE, org));
    ActivityType type = REFERENCE.catalog().type(k[0]).orElseThrow();
    MeasureUnit unit = UnitSymbols.of(k[1]);
    Period period = Period.parse(k[3]).orElseThrow();
    String instrument = k[5].equals("true") ? "GEC-1" : "";
    ActivityRecord record =
        ActivityRecord.of("r-1", "Group/Unit", "DC-1", period, type.key(), quantity, unit, k[2])
            .withSubstance(k[4])
            .withSupplierFactor(Double.NaN, null, instrument)
            .withShare(share);

    List<ResultLine> perRecord = new ArrayList<>();
    CalculationOutcome outcome = engine.calculate(record, perRecord::add);
    LinePlan plan = engine.plan(type, unit, k[2], period, k[4], instrument);
    double consolidated = org.consolidatedShare("Group/Unit", ConsolidationApproach.EQUITY_SHARE);

    assertThat(plan.linear()).as(String.join(",", k)).isTrue();
    if (consolidated == 0.0) {
      // the engine makes no line for a unit outside the boundary; the job adds none either
      assertThat(outcome).isEqualTo(new CalculationOutcome.Calculated(0));
      return;
    }
    assertThat(outcome).isEqualTo(new CalculationOutcome.Calculated(plan.lineCount()));
    List<ResultLine> compiled = new ArrayList<>();
    plan.lines(record, consolidated, compiled::add);
    assertThat(compiled).isEqualTo(perRecord);

    long[] sums = new long[2 * plan.lineCount()];
    assertThat(plan.addGrams(quantity, type.sign() * share * consolidated, sums)).isTrue();
    for (int i = 0; i < perRecord.size(); i++) {
      assertThat(sums[2 * i]).isEqualTo(perRecord.get(i).co2eGrams());
      assertThat(sums[2 * i + 1]).isEqualTo(perRecord.get(i).gasGrams());
    }
  }
}
