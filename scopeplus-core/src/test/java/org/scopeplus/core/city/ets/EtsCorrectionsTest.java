package org.scopeplus.core.city.ets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.city.ets.EtsLedgerTest.coalUnit2021;
import static org.scopeplus.core.city.ets.EtsLedgerTest.done;
import static org.scopeplus.core.city.ets.EtsLedgerTest.ledger;
import static org.scopeplus.core.city.ets.EtsLedgerTest.reason;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shortfall deduction (等量核减), allocation rules by scheme and year, and corrections by reversal,
 * worked by hand.
 */
class EtsCorrectionsTest {

  private static final LocalDate SPRING_2022 = LocalDate.of(2022, 4, 1);
  private static final LocalDate AUTUMN_2022 = LocalDate.of(2022, 10, 1);
  private static final LocalDate AFTER_DEADLINE = LocalDate.of(2023, 1, 10);

  /**
   * P1's 2021: pre-allocated 1,713,130 t (EtsLedgerTest), verified 2,000,000 t, surrendered
   * 1,700,000 t allowances and 100,000 t CCER by 31 December 2022: 200,000 t short. Its 2022 plan
   * is grandfathered, 0.95 x 2,000,000 t historical emissions = 1,900,000 t, 70% = 1,330,000 t
   * pre-allocated.
   */
  private static EtsLedger shortIn2021(EtsRules rules) {
    EtsLedger l = EtsLedger.empty(rules);
    l = done(l.open(EtsAccount.enterprise("P1", "Coal plant 1")));
    l = done(l.plan(new AllocationPlan("P1", 2021, coalUnit2021(), 2_900_000)));
    l = ledger(l.preAllocate("E1", "P1", 2021, SPRING_2022));
    l = done(l.verify(new Verification("P1", 2021, 2_000_000, 2_900_000)));
    l = ledger(l.issueOffsets("O1", "P1", 2020, 150_000, SPRING_2022, "CCER wind farm"));
    l = ledger(l.surrender("S1", "P1", 2021, 1_700_000, 100_000, AUTUMN_2022));
    return done(
        l.plan(
            new AllocationPlan("P1", 2022, new AllocationMethod.Grandfathering(0.95), 2_000_000)));
  }

  /**
   * National rules (Measures 2021, Article 40, penalty ratio 1): the 200,000 t shortfall comes off
   * the 2022 allocation. By hand: 1,330,000 - 200,000 = 1,130,000 t allocated; the true-up issues
   * 1,900,000 - 1,330,000 = 570,000 t (the deduction is not made good), so 2022's allocation ends
   * at 1,900,000 - 200,000 = 1,700,000 t.
   */
  @Test
  void theShortfallAfterTheDeadlineIsDeductedFromTheNextYearsAllocation() {
    EtsLedger l = shortIn2021(EtsRules.national());
    assertThat(reason(l.deductShortfall("D1", "P1", 2021, AUTUMN_2022)))
        .isEqualTo(
            "P1 has no shortfall for 2021 on 2022-10-01: a deduction follows a shortfall after the"
                + " deadline 2022-12-31");
    assertThat(reason(l.deductShortfall("D1", "P1", 2021, AFTER_DEADLINE)))
        .isEqualTo(
            "the deduction of 200000 t from the 2022 allocation of P1 waits until it holds that"
                + " many 2022 allowances; it holds 0 t");
    l = ledger(l.preAllocate("E2", "P1", 2022, AFTER_DEADLINE));
    assertThat(l.allocated("P1", 2022)).isEqualTo(1_330_000L);
    JournalEntry d = EtsLedgerTest.entry(l.deductShortfall("D1", "P1", 2021, AFTER_DEADLINE));
    assertThat(d.kind()).isEqualTo(JournalEntry.Kind.SHORTFALL_DEDUCTION);
    assertThat(d.complianceYear()).isEqualTo(2022);
    assertThat(d.into(EtsAccount.CANCELLATION, Unit.ALLOWANCE)).isEqualTo(200_000L);
    l = ledger(l.deductShortfall("D1", "P1", 2021, AFTER_DEADLINE));
    assertThat(l.allocated("P1", 2022)).isEqualTo(1_130_000L);
    assertThat(l.deducted("P1", 2022)).isEqualTo(200_000L);
    assertThat(reason(l.deductShortfall("D2", "P1", 2021, AFTER_DEADLINE)))
        .isEqualTo("the 2021 shortfall of P1 is deducted already");
    l = done(l.verify(new Verification("P1", 2022, 1_800_000, 2_500_000)));
    JournalEntry up = EtsLedgerTest.entry(l.trueUp("E3", "P1", 2022, AFTER_DEADLINE));
    assertThat(up.into("P1", Unit.ALLOWANCE)).isEqualTo(570_000L);
    l = ledger(l.trueUp("E3", "P1", 2022, AFTER_DEADLINE));
    assertThat(l.allocated("P1", 2022)).isEqualTo(1_700_000L);
    assertThat(l.held(Unit.ALLOWANCE))
        .isEqualTo(l.issued(Unit.ALLOWANCE) - l.cancelled(Unit.ALLOWANCE));
  }

  /**
   * The Guangdong pilot deducts twice the shortfall (Interim Measures for Carbon Emission
   * Management of Guangdong Province, 2014, Article 37): 2 x 200,000 = 400,000 t. Rules that deduct
   * nothing refuse the deduction.
   */
  @Test
  void thePenaltyRatioMultipliesTheDeduction() {
    EtsRules guangdong = new EtsRules(0.1, 0.7, 1, MonthDay.of(12, 31), 50_000, 50_000, true, 2.0);
    EtsLedger l = ledger(shortIn2021(guangdong).preAllocate("E2", "P1", 2022, AFTER_DEADLINE));
    assertThat(
            ((Compliance.Shortfall) l.compliance("P1", 2021, AFTER_DEADLINE)).nextYearDeduction())
        .isEqualTo(400_000L);
    l = ledger(l.deductShortfall("D1", "P1", 2021, AFTER_DEADLINE));
    assertThat(l.allocated("P1", 2022)).isEqualTo(1_330_000L - 400_000L);

    EtsRules none = new EtsRules(0.05, 0.7, 1, MonthDay.of(12, 31), 0, 0, false, 1.0);
    EtsLedger n = ledger(shortIn2021(none).preAllocate("E2", "P1", 2022, AFTER_DEADLINE));
    assertThat(reason(n.deductShortfall("D1", "P1", 2021, AFTER_DEADLINE)))
        .isEqualTo("the rules deduct no shortfall from the next year's allocation");
    assertThat(new EtsRules(0.05, 0.7, 1, MonthDay.of(12, 31), 0, 0, true, 1e300).refusal())
        .contains("the penalty ratio is more than 0 and at most 10 t per t of shortfall");
  }

  /**
   * A scheme's rule allocates its plans, and replacing it changes the true-up. By hand: the 2021
   * coal rule gives the same 1,713,130 t pre-allocation as EtsLedgerTest; replaced by a bare
   * benchmark of 0.8 t/MWh, the verified 3,100,000 MWh give 2,480,000 t, so the true-up issues
   * 2,480,000 - 1,713,130 = 766,870 t.
   */
  @Test
  void aSchemesAllocationRuleAllocatesItsPlansAsItStands() {
    EtsLedger l = EtsLedger.empty(EtsRules.national());
    l = done(l.open(EtsAccount.enterprise("P1", "Coal plant 1")));
    assertThat(
            reason(l.plan(new AllocationPlan("P1", 2021, coalUnit2021(), 2_900_000, "power-coal"))))
        .isEqualTo("no allocation rule for scheme power-coal in 2021 is set");
    l =
        done(
            l.setAllocationRule(
                new AllocationRule("power-coal", 2021, coalUnit2021(), "MEE 2021")));
    l = done(l.plan(new AllocationPlan("P1", 2021, coalUnit2021(), 2_900_000, "power-coal")));
    l = ledger(l.preAllocate("E1", "P1", 2021, SPRING_2022));
    assertThat(l.allocated("P1", 2021)).isEqualTo(1_713_130L);
    l =
        done(
            l.setAllocationRule(
                new AllocationRule(
                    "power-coal", 2021, new AllocationMethod.Benchmark(0.8, Map.of()), "final")));
    assertThat(l.allocationRules()).hasSize(1);
    l = done(l.verify(new Verification("P1", 2021, 2_000_000, 3_100_000)));
    assertThat(
            EtsLedgerTest.entry(l.trueUp("E2", "P1", 2021, AUTUMN_2022)).into("P1", Unit.ALLOWANCE))
        .isEqualTo(766_870L);
    assertThat(
            reason(
                l.setAllocationRule(
                    new AllocationRule(
                        "power-coal", 2021, new AllocationMethod.Benchmark(1e300, Map.of()), "x"))))
        .isEqualTo("a benchmark is more than 0 and at most 100 t CO2 per unit of output");
    assertThat(
            reason(
                l.setAllocationRule(
                    new AllocationRule(
                        "Power Coal", 2021, new AllocationMethod.Grandfathering(0.9), "x"))))
        .startsWith("a scheme is 1 to 64 lower-case letters");
    AllocationMethod g = new AllocationMethod.Grandfathering(0.95);
    assertThat(AllocationMethod.parse(g.state())).contains(g);
  }

  /**
   * E1 pre-allocated 1,713,130 t; it should have been 1,700,000 t. The correction reverses E1 and
   * posts 1,700,000 t: 1,713,130 - 1,713,130 + 1,700,000 = 1,700,000 t allocated and issued, three
   * entries in P1's history, E1 untouched.
   */
  @Test
  void aCorrectionReversesTheEntryAndPostsTheCorrectedOne() {
    EtsLedger l = EtsLedgerTest.withCoalUnit();
    l = ledger(l.preAllocate("E1", "P1", 2021, SPRING_2022));
    JournalEntry e1 = l.journal().get(0);
    EtsOutcome<Correction> o = l.correct("R1", "C1", "E1", 1_700_000L, "wrong basis", AUTUMN_2022);
    Correction c = ((EtsOutcome.Done<Correction>) o).value();
    assertThat(c.reversal().kind()).isEqualTo(JournalEntry.Kind.REVERSAL);
    assertThat(c.reversal().reverses()).isEqualTo("E1");
    assertThat(c.reversal().memo()).isEqualTo("reverses E1: wrong basis");
    assertThat(c.corrected().orElseThrow().kind()).isEqualTo(JournalEntry.Kind.PRE_ALLOCATION);
    assertThat(c.corrected().orElseThrow().into("P1", Unit.ALLOWANCE)).isEqualTo(1_700_000L);
    l = ledger(o);
    assertThat(l.allocated("P1", 2021)).isEqualTo(1_700_000L);
    assertThat(l.issued(Unit.ALLOWANCE)).isEqualTo(1_700_000L);
    assertThat(l.history("P1")).extracting(JournalEntry::id).containsExactly("E1", "R1", "C1");
    assertThat(l.journal().get(0)).isEqualTo(e1);
    assertThat(reason(l.correct("R2", "C2", "E1", null, "again", AUTUMN_2022)))
        .isEqualTo("entry E1 is reversed already");
    assertThat(reason(l.correct("R2", "C2", "R1", null, "again", AUTUMN_2022)))
        .isEqualTo("entry R1 is a reversal; correct the entry it reverses instead");
    assertThat(reason(l.correct("R2", "C2", "C1", null, " ", AUTUMN_2022)))
        .isEqualTo("a correction gives its reason in 1 to 500 characters");
    assertThat(reason(l.correct("R2", "C2", "C1", 1_000_000_000_000_000L, "x", AUTUMN_2022)))
        .startsWith("a quantity is a whole number of tonnes from 1 to 1e12");
    assertThat(reason(l.correct("R2", "C2", "NOPE", null, "x", AUTUMN_2022)))
        .isEqualTo("no journal entry NOPE in the registry");
  }

  /**
   * A transfer of 1,000,000 t whose recipient has passed 900,000 t on cannot be reversed (P2 holds
   * 100,000 t); a surrender is reversed (its 1,000 t return) but not corrected to a new quantity.
   */
  @Test
  void aCorrectionThatWouldOverdrawAnAccountIsRefused() {
    EtsLedger l = ledger(EtsLedgerTest.withCoalUnit().preAllocate("E1", "P1", 2021, SPRING_2022));
    l = done(l.open(EtsAccount.enterprise("P3", "Buyer")));
    l = ledger(l.transfer("T1", "P1", "P2", Unit.ALLOWANCE, 2021, 1_000_000, SPRING_2022));
    l = ledger(l.transfer("T2", "P2", "P3", Unit.ALLOWANCE, 2021, 900_000, SPRING_2022));
    assertThat(reason(l.correct("R1", "C1", "T1", null, "wrong buyer", AUTUMN_2022)))
        .isEqualTo(
            "the reversal of T1 refused: P2 holds 100000 t of 2021 ALLOWANCE and 1000000 t would"
                + " leave it");
    l = done(l.verify(new Verification("P1", 2021, 5_000, 1)));
    l = ledger(l.surrender("S1", "P1", 2021, 1_000, 0, AUTUMN_2022));
    assertThat(reason(l.correct("R1", "C1", "S1", 900L, "too much", AUTUMN_2022)))
        .isEqualTo(
            "a SURRENDER entry is corrected by reversing it and making it again, so its own checks"
                + " apply");
    long before = l.balance("P1", Unit.ALLOWANCE);
    l = ledger(l.correct("R1", "C1", "S1", null, "wrong year", AUTUMN_2022));
    assertThat(l.surrendered("P1", 2021, Unit.ALLOWANCE)).isZero();
    assertThat(l.balance("P1", Unit.ALLOWANCE)).isEqualTo(before + 1_000);
    assertThat(l.cancelled(Unit.ALLOWANCE)).isZero();
  }
}
