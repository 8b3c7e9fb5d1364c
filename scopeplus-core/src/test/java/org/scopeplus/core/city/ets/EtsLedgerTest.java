package org.scopeplus.core.city.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Allocation, true-up, transfers, surrender and compliance worked by hand. */
class EtsLedgerTest {

  private static final LocalDate SPRING_2022 = LocalDate.of(2022, 4, 1);
  private static final LocalDate AUTUMN_2022 = LocalDate.of(2022, 10, 1);

  /**
   * A conventional coal unit above 300 MW, air-cooled, supplying 10% of its output as heat, under
   * the 2021 power-sector plan (MEE, 2021、2022年度全国碳排放权交易配额总量设定与分配实施方案（发电行业）, Table 1: supply
   * benchmark 0.8218 tCO2/MWh for 2021; cooling correction for air cooling 1.05; heat-supply
   * correction 1 - 0.22 x 0.10 = 0.978; load correction 1). By hand: 3,000,000 MWh x 0.8218 =
   * 2,465,400; x 1.05 = 2,588,670; x 0.978 = 2,531,719.26, i.e. 2,531,719 t.
   */
  static AllocationMethod coalUnit2021() {
    Map<String, Double> factors = new LinkedHashMap<>();
    factors.put("cooling (air)", 1.05);
    factors.put("heat supply", 0.978);
    factors.put("load", 1.0);
    return new AllocationMethod.Benchmark(0.8218, factors);
  }

  @Test
  void benchmarkAllocationOfACoalUnitMatchesTheHandCalculation() {
    assertThat(coalUnit2021().tonnes(3_000_000)).isEqualTo(2_531_719L);
  }

  /**
   * Historical intensity 1.2 tCO2 per t of cement clinker with a decline factor 0.98, on 500,000 t:
   * 500,000 x 1.2 x 0.98 = 588,000 t.
   */
  @Test
  void historicalIntensityAllocationIsOutputTimesIntensityTimesDecline() {
    assertThat(new AllocationMethod.HistoricalIntensity(1.2, 0.98).tonnes(500_000))
        .isEqualTo(588_000L);
  }

  static EtsLedger withCoalUnit() {
    EtsLedger l = EtsLedger.empty(EtsRules.national());
    l = done(l.open(EtsAccount.enterprise("P1", "Coal plant 1")));
    l = done(l.open(EtsAccount.enterprise("P2", "Coal plant 2")));
    return done(l.plan(new AllocationPlan("P1", 2021, coalUnit2021(), 2_900_000)));
  }

  /**
   * Pre-allocation on the 2020 supply of 2,900,000 MWh: 2,900,000 x 0.8218 x 1.05 x 0.978 =
   * 2,447,328.618, i.e. 2,447,329 t; 70% of it is 1,713,130.3, i.e. 1,713,130 t. Verified 2021
   * supply 3,100,000 MWh gives 2,616,109.902, i.e. 2,616,110 t; the true-up issues 2,616,110 -
   * 1,713,130 = 902,980 t more.
   */
  @Test
  void preAllocationThenTrueUpIssuesTheDifference() {
    EtsLedger l = withCoalUnit();
    JournalEntry pre = entry(l.preAllocate("E1", "P1", 2021, SPRING_2022));
    assertThat(pre.into("P1", Unit.ALLOWANCE)).isEqualTo(1_713_130L);
    l = ledger(l.preAllocate("E1", "P1", 2021, SPRING_2022));
    assertThat(l.preAllocate("E2", "P1", 2021, SPRING_2022)).isInstanceOf(EtsOutcome.Refused.class);
    l = done(l.verify(new Verification("P1", 2021, 2_700_000, 3_100_000)));
    JournalEntry up = entry(l.trueUp("E2", "P1", 2021, AUTUMN_2022));
    assertThat(up.kind()).isEqualTo(JournalEntry.Kind.TRUE_UP_ISSUANCE);
    assertThat(up.into("P1", Unit.ALLOWANCE)).isEqualTo(902_980L);
    l = ledger(l.trueUp("E2", "P1", 2021, AUTUMN_2022));
    assertThat(l.allocated("P1", 2021)).isEqualTo(2_616_110L);
    assertThat(l.issued(Unit.ALLOWANCE)).isEqualTo(2_616_110L);
    assertThat(reason(l.trueUp("E3", "P1", 2021, AUTUMN_2022))).contains("already matches");
  }

  /**
   * Verified supply 1,500,000 MWh: 1,500,000 x 0.8218 x 1.05 x 0.978 = 1,265,859.63, i.e. 1,265,860
   * t; 1,713,130 were pre-allocated, so 447,270 t are clawed back into cancellation. When the plant
   * has sold too many, the claw-back is refused and nothing changes.
   */
  @Test
  void trueUpClawsBackAnExcessOrRefusesWhenTheAllowancesAreGone() {
    EtsLedger l = ledger(withCoalUnit().preAllocate("E1", "P1", 2021, SPRING_2022));
    l = done(l.verify(new Verification("P1", 2021, 1_300_000, 1_500_000)));
    EtsLedger sold =
        ledger(l.transfer("T1", "P1", "P2", Unit.ALLOWANCE, 2021, 1_300_000, SPRING_2022));
    assertThat(reason(sold.trueUp("E2", "P1", 2021, AUTUMN_2022)))
        .isEqualTo(
            "the true-up claws back 447270 t of 2021 allowances but P1 holds 413130 t of them");
    JournalEntry back = entry(l.trueUp("E2", "P1", 2021, AUTUMN_2022));
    assertThat(back.kind()).isEqualTo(JournalEntry.Kind.CLAW_BACK);
    assertThat(back.into(EtsAccount.CANCELLATION, Unit.ALLOWANCE)).isEqualTo(447_270L);
  }

  /**
   * Verified 2,000,000 t: CCER may cover 5%, 100,000 t. A surrender of 1,900,000 t allowances and
   * 100,000 t CCER makes P1 compliant; 100,001 t CCER is refused; after 31 December 2022 nothing is
   * accepted; an unmet obligation after the deadline is a shortfall with the Article 40 fine range
   * and the next year's deduction.
   */
  @Test
  void surrenderWithinTheOffsetLimitBeforeTheDeadlineMakesTheEnterpriseCompliant() {
    EtsLedger l = ledger(withCoalUnit().preAllocate("E1", "P1", 2021, SPRING_2022));
    l = done(l.verify(new Verification("P1", 2021, 2_000_000, 2_900_000)));
    l = ledger(l.issueOffsets("O1", "P1", 2020, 150_000, SPRING_2022, "CCER wind farm"));
    assertThat(reason(l.surrender("S0", "P1", 2021, 1_000_000, 100_001, AUTUMN_2022)))
        .startsWith("CCER may cover at most 5.0% of verified emissions, 100000 t for 2021");
    assertThat(reason(l.surrender("S0", "P1", 2021, 1_900_000, 0, AUTUMN_2022)))
        .isEqualTo(
            "a surrender of 1900000 t of ALLOWANCE refused: P1 holds 1713130 t usable for"
                + " compliance year 2021");
    assertThat(reason(l.surrender("S0", "P1", 2021, 100, 0, LocalDate.of(2023, 1, 1))))
        .isEqualTo("the surrender deadline for 2021 was 2022-12-31; it is 2023-01-01 now");
    assertThat(l.compliance("P1", 2021, LocalDate.of(2023, 1, 1)))
        .isEqualTo(
            new Compliance.Shortfall(
                "P1", 2021, 2_000_000, 0, 2_000_000, 20_000, 30_000, 2_000_000));
    l = ledger(l.surrender("S1", "P1", 2021, 1_700_000, 100_000, AUTUMN_2022));
    assertThat(l.compliance("P1", 2021, AUTUMN_2022))
        .isEqualTo(
            new Compliance.Due("P1", 2021, 2_000_000, 1_800_000, LocalDate.of(2022, 12, 31)));
    assertThat(reason(l.surrender("S2", "P1", 2021, 0, 1, AUTUMN_2022)))
        .contains("100000 t are surrendered already and 1 t more are asked");
    l = ledger(l.transfer("T2", "P1", "P2", Unit.CCER, 2020, 50_000, AUTUMN_2022));
    l = done(l.open(EtsAccount.enterprise("P3", "Seller")));
    assertThat(l.holdings("P1", Unit.ALLOWANCE)).containsEntry(2021, 13_130L);
    assertThat(reason(l.surrender("S2", "P1", 2021, 200_000, 0, AUTUMN_2022)))
        .contains("holds 13130 t usable");
    assertThat(l.compliance("P1", 2021, LocalDate.of(2023, 6, 1)))
        .isInstanceOf(Compliance.Shortfall.class)
        .extracting(c -> ((Compliance.Shortfall) c).shortfallTonnes())
        .isEqualTo(200_000L);
    assertThat(l.cancelled(Unit.ALLOWANCE)).isEqualTo(1_700_000L);
    assertThat(l.cancelled(Unit.CCER)).isEqualTo(100_000L);
  }

  @Test
  void absurdAndUnknownInputIsRefusedWithItsReason() {
    EtsLedger l = ledger(withCoalUnit().preAllocate("E1", "P1", 2021, SPRING_2022));
    assertThat(
            reason(
                l.transfer(
                    "T",
                    "P1",
                    "P2",
                    Unit.ALLOWANCE,
                    2021,
                    1_000_000_000_000_000_000L,
                    SPRING_2022)))
        .isEqualTo(
            "a quantity is a whole number of tonnes from 1 to 1e12, not 1000000000000000000");
    assertThat(reason(l.transfer("T", "P1", "P2", Unit.ALLOWANCE, 2021, -5, SPRING_2022)))
        .contains("not -5");
    assertThat(reason(l.transfer("T", "P1", "P2", Unit.ALLOWANCE, 2021, 1_713_131, SPRING_2022)))
        .isEqualTo("transfer of 1713131 t of 2021 ALLOWANCE refused: P1 holds 1713130 t of them");
    assertThat(reason(l.transfer("T", "P1", "NOPE", Unit.ALLOWANCE, 2021, 1, SPRING_2022)))
        .isEqualTo("no account NOPE in the registry");
    assertThat(
            reason(
                l.transfer("T", "P1", EtsAccount.ISSUANCE, Unit.ALLOWANCE, 2021, 1, SPRING_2022)))
        .contains("the authority's");
    assertThat(reason(l.transfer("T", "P1", "P2", Unit.ALLOWANCE, 0, 1, SPRING_2022)))
        .contains("between 2005 and 2100, not 0");
    assertThat(reason(l.verify(new Verification("P2", 2021, Long.MAX_VALUE, 1))))
        .isEqualTo("verified emissions are between 0 and 1e12 t");
    assertThat(reason(l.plan(new AllocationPlan("P2", 2021, coalUnit2021(), 1e300))))
        .isEqualTo("an output is between 0 and 1e12 units");
    assertThat(
            reason(
                l.plan(
                    new AllocationPlan(
                        "P2", 2021, new AllocationMethod.HistoricalIntensity(1, 1.5), 1))))
        .isEqualTo("a decline factor is more than 0 and at most 1");
    assertThat(reason(l.open(EtsAccount.enterprise("authority-x", "x")))).contains("authority");
    assertThat(l.journal()).hasSize(1);
  }

  @Test
  void aJournalEntryThatDoesNotBalanceCannotBeMade() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new JournalEntry(
                    "X",
                    JournalEntry.Kind.TRANSFER,
                    "P1",
                    2021,
                    SPRING_2022,
                    java.util.List.of(new Posting("P1", Unit.ALLOWANCE, 2021, 5)),
                    ""))
        .hasMessageContaining("does not balance");
  }

  @Test
  void methodsReadBackFromTheirStoredText() {
    assertThat(AllocationMethod.parse(coalUnit2021().state())).contains(coalUnit2021());
    AllocationMethod h = new AllocationMethod.HistoricalIntensity(1.2, 0.98);
    assertThat(AllocationMethod.parse(h.state())).contains(h);
  }

  static <T> EtsLedger ledger(EtsOutcome<T> o) {
    assertThat(o).as(o.toString()).isInstanceOf(EtsOutcome.Done.class);
    return ((EtsOutcome.Done<T>) o).ledger();
  }

  static <T> EtsLedger done(EtsOutcome<T> o) {
    return ledger(o);
  }

  static JournalEntry entry(EtsOutcome<JournalEntry> o) {
    assertThat(o).as(o.toString()).isInstanceOf(EtsOutcome.Done.class);
    return ((EtsOutcome.Done<JournalEntry>) o).value();
  }

  static String reason(EtsOutcome<?> o) {
    assertThat(o).as(o.toString()).isInstanceOf(EtsOutcome.Refused.class);
    return ((EtsOutcome.Refused<?>) o).reason();
  }
}
