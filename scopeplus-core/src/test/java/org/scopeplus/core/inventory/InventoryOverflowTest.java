package org.scopeplus.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.Fixtures;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SourceRef;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.QuantityKind;
import org.scopeplus.core.quantity.UnitSymbols;

/**
 * No sum of grams wraps: the accumulator refuses, naming the record, once the magnitudes of its
 * lines no longer fit in a {@code long} (Long.MAX_VALUE = 9,223,372,036,854,775,807 g).
 */
class InventoryOverflowTest {

  private static final ActivityType DIESEL =
      Fixtures.type("s1.diesel", 1, 0, "fuel.diesel", QuantityKind.ENERGY);
  private static final Gas CO2 = Fixtures.gwps().gas("CO2").orElseThrow();
  private static final RunManifest MANIFEST =
      new RunManifest(
          "test",
          GwpSet.AR5,
          ConsolidationApproach.OPERATIONAL_CONTROL,
          List.of(),
          List.of(),
          Map.of());

  /** 2^62 = 4,611,686,018,427,387,904: two of them are 2^63, one more than Long.MAX_VALUE. */
  private static final long HALF_PLUS_ONE = Long.MAX_VALUE / 2 + 1;

  private static ResultLine line(String file, long row, long grams) {
    ActivityRecord r =
        ActivityRecord.of(
            "r" + row,
            "Group/Plant",
            "Plant",
            Period.parse("2024-01").orElseThrow(),
            DIESEL.key(),
            1,
            UnitSymbols.of("TJ"),
            "CN");
    r =
        new ActivityRecord(
            r.id(),
            r.orgUnit(),
            r.facility(),
            r.period(),
            r.activityType(),
            r.quantity(),
            r.unit(),
            r.region(),
            r.substance(),
            r.supplier(),
            r.dataQuality(),
            r.evidence(),
            r.heatContent(),
            r.density(),
            r.share(),
            r.supplierFactor(),
            r.supplierFactorUnit(),
            r.instrument(),
            r.supplierProduct(),
            new SourceRef(file, row));
    return new ResultLine(
        r,
        DIESEL,
        Scope2Method.NOT_APPLICABLE,
        CO2,
        false,
        grams,
        grams,
        null,
        "",
        1,
        "",
        grams / 1000.0,
        1,
        GwpSet.AR5,
        "",
        1);
  }

  @Test
  void twoLinesJustOverHalfOfTheLongRangeAreRefusedNamingTheSecond() {
    // 2^62 + 2^62 = 2^63 = 9,223,372,036,854,775,808 > Long.MAX_VALUE; unchecked it wraps
    assertThat(HALF_PLUS_ONE + HALF_PLUS_ONE).isEqualTo(Long.MIN_VALUE);
    InventoryAccumulator acc = new InventoryAccumulator();
    acc.accept(line("a.csv", 2, HALF_PLUS_ONE));
    assertThat(acc.overflow()).isEmpty();
    acc.accept(line("a.csv", 3, HALF_PLUS_ONE));
    Problem p = acc.overflow().orElseThrow();
    assertThat(p.file()).isEqualTo("a.csv");
    assertThat(p.row()).isEqualTo(3);
    assertThat(p.column()).isEqualTo("quantity");
    assertThat(p.message()).contains("s1.diesel").contains("9223372036854775807 g");
    assertThatThrownBy(() -> acc.toInventory(MANIFEST, List.of()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void twoLinesOfHalfTheLongRangeStillAddUpExactly() {
    // (2^63 - 1) / 2 = 4,611,686,018,427,387,903; twice that = 9,223,372,036,854,775,806
    InventoryAccumulator acc = new InventoryAccumulator();
    acc.accept(line("a.csv", 2, Long.MAX_VALUE / 2));
    acc.accept(line("a.csv", 3, Long.MAX_VALUE / 2));
    assertThat(acc.overflow()).isEmpty();
    Inventory inv = acc.toInventory(MANIFEST, List.of());
    assertThat(inv.totals().scope1()).isEqualTo(9_223_372_036_854_775_806L);
    assertThat(inv.totals().totalLocation()).isEqualTo(9_223_372_036_854_775_806L);
    assertThat(inv.byOrgUnit().get("Group").scope1()).isEqualTo(9_223_372_036_854_775_806L);
    assertThat(inv.byMonth().get("2024-01").scope1()).isEqualTo(9_223_372_036_854_775_806L);
  }

  @Test
  void linesAtTheBoundOfALineOverflowAtThe1024th() {
    // 1,023 x 2^53 = 9,214,364,837,600,034,816 fits; 1,024 x 2^53 = 2^63 does not
    InventoryAccumulator acc = new InventoryAccumulator();
    for (int i = 1; i <= 1023; i++) {
      acc.accept(line("big.csv", i + 1, Grams.MAX_LINE));
    }
    assertThat(acc.overflow()).isEmpty();
    assertThat(acc.totalLocationGrams()).isEqualTo(9_214_364_837_600_034_816L);
    acc.accept(line("big.csv", 1025, Grams.MAX_LINE));
    assertThat(acc.overflow()).map(Problem::row).contains(1025L);
  }

  @Test
  void linesThatCancelAreRefusedInEitherOrderSinceTheirMagnitudesAdd() {
    for (long first : new long[] {HALF_PLUS_ONE, -HALF_PLUS_ONE}) {
      InventoryAccumulator acc = new InventoryAccumulator();
      acc.accept(line("a.csv", 2, first));
      acc.accept(line("a.csv", 3, -first));
      assertThat(acc.overflow()).as("first %d", first).map(Problem::row).contains(3L);
    }
  }

  @Test
  void mergingTwoHalvesThatOverflowIsRefusedNamingTheInventory() {
    InventoryAccumulator a = new InventoryAccumulator();
    a.accept(line("a.csv", 2, HALF_PLUS_ONE));
    InventoryAccumulator b = new InventoryAccumulator();
    b.accept(line("b.csv", 2, HALF_PLUS_ONE));
    a.merge(b);
    Problem p = a.overflow().orElseThrow();
    assertThat(p.row()).isZero();
    assertThat(p.message()).contains("grams of the inventory add up to more than");
  }

  @Test
  void aLineOfLongMinValueIsRefusedRatherThanNegatedIntoItself() {
    // Math.abs(Long.MIN_VALUE) is Long.MIN_VALUE: its magnitude does not fit
    InventoryAccumulator acc = new InventoryAccumulator();
    acc.accept(line("a.csv", 4, Long.MIN_VALUE));
    assertThat(acc.overflow()).map(Problem::row).contains(4L);
  }

  @Test
  void scopeTotalsAddExactly() {
    Totals t = new Totals(Long.MAX_VALUE, 1, 1, 0, 0, 0);
    assertThatThrownBy(t::totalLocation).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(t::totalMarket).isInstanceOf(ArithmeticException.class);
    assertThat(new Totals(1, 2, 3, 4, 0, 0).totalMarket()).isEqualTo(8);
  }
}
