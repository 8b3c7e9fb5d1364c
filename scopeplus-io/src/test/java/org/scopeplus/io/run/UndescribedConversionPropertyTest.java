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
 * An engine made {@linkplain CalculationEngine#withoutConversionText() without conversion text}
 * (the service's run) gives the lines the engine gives, field by field, but for the conversion
 * text, which it leaves null (a line that converts nothing keeps its ""): for generated records of
 * every kind the demo company has, with any quantity, share, equity share, GWP set and the record's
 * own density and heat content or none, the outcomes are equal and every line is the same with its
 * text set aside.
 */
class UndescribedConversionPropertyTest {

  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();
  private static final List<String[]> KINDS = DemoDataset.recordKinds();

  @Property(tries = 3000)
  void theLinesAreTheDescribedLinesWithoutTheirText(
      @ForAll @IntRange(min = 0, max = 100_000) int kindSeed,
      @ForAll @DoubleRange(min = -1e9, max = 1e9) double quantity,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double share,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) double equity,
      @ForAll @DoubleRange(min = 0.0, max = 2000.0) double density,
      @ForAll @DoubleRange(min = 0.0, max = 60.0) double heat,
      @ForAll boolean ownDensityAndHeat,
      @ForAll GwpSet gwpSet) {
    String[] k = KINDS.get(kindSeed % KINDS.size());
    OrgStructure org = OrgStructure.of(List.of(new OrgUnit("Group/Unit", equity, true, true)));
    CalculationEngine described =
        REFERENCE.engine(new CalculationOptions(gwpSet, ConsolidationApproach.EQUITY_SHARE, org));
    CalculationEngine undescribed = described.withoutConversionText();
    ActivityType type = REFERENCE.catalog().type(k[0]).orElseThrow();
    MeasureUnit unit = UnitSymbols.of(k[1]);
    Period period = Period.parse(k[3]).orElseThrow();
    String instrument = k[5].equals("true") ? "GEC-1" : "";
    ActivityRecord record =
        ActivityRecord.of("r-1", "Group/Unit", "DC-1", period, type.key(), quantity, unit, k[2])
            .withSubstance(k[4])
            .withSupplierFactor(Double.NaN, null, instrument)
            .withShare(share);
    if (ownDensityAndHeat) {
      record = record.withHeatContentAndDensity(heat, density);
    }

    List<ResultLine> withText = new ArrayList<>();
    List<ResultLine> withoutText = new ArrayList<>();
    CalculationOutcome a = described.calculate(record, withText::add);
    CalculationOutcome b = undescribed.calculate(record, withoutText::add);

    assertThat(b).isEqualTo(a);
    assertThat(withoutText).hasSameSizeAs(withText);
    for (int i = 0; i < withText.size(); i++) {
      ResultLine l = withText.get(i);
      ResultLine u = withoutText.get(i);
      assertThat(l.conversion()).isNotNull();
      if (u.conversion() == null) {
        assertThat(u).isEqualTo(withoutConversion(l));
      } else {
        // a line that converts nothing (covered by the record's instrument) says so either way
        assertThat(u.conversion()).isEmpty();
        assertThat(u).isEqualTo(l);
      }
    }
  }

  private static ResultLine withoutConversion(ResultLine l) {
    return new ResultLine(
        l.record(),
        l.type(),
        l.method(),
        l.gas(),
        l.biogenic(),
        l.gasGrams(),
        l.co2eGrams(),
        l.factor(),
        l.factorNote(),
        l.quantity(),
        null,
        l.kgPerUnit(),
        l.gwp(),
        l.gwpSet(),
        l.gwpSource(),
        l.share());
  }
}
