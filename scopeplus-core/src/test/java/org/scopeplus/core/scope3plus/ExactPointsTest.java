package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.scopeplus.core.scope3plus.TestCatalog.event;
import static org.scopeplus.core.scope3plus.TestCatalog.offer;
import static org.scopeplus.core.scope3plus.TestCatalog.p;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Verification;

/**
 * Points are exact: a small action earns its fraction and fractions add up (issue 15, point 8).
 * Every figure is worked by hand: grams x rate (points per kg) / 1000 = points.
 */
class ExactPointsTest {

  private static final String T = "2024-05-01T08:00:00Z";

  /** An action worth {@code kilograms} kg CO2e per item (a test methodology, no bounds). */
  private static Methodology perItem(String action, double kilograms) {
    return new Methodology(
        action,
        "1",
        action,
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of("baseline", p(action, kilograms, "kg CO2e/item", Verification.PUBLISHED)),
        Eligibility.none(),
        action);
  }

  private static Ledger ledger(PointsRates rates) {
    MethodologyCatalog catalog =
        new MethodologyCatalog(
            "points-1",
            List.of(
                perItem("test.g400", 0.4), perItem("test.g333", 0.333), perItem("test.g1", 0.001)));
    return new Ledger(catalog, rates, 16);
  }

  private static String minute(int i) {
    return Instant.parse(T).plusSeconds(60L * i).toString();
  }

  @Test
  void threeSmallActionsAtOnePointPerKilogramEarnOnePointTwo() {
    Ledger l = ledger(PointsRates.standard());
    for (int i = 0; i < 3; i++) {
      Verdict v = offer(l, event("e" + i, "maps", "u1", "test.g400", 1, "item", minute(i), ""));
      // by hand: 400 g x 1 point/kg / 1000 = 0.4 points = 400,000 millionths (was 0, rounded)
      assertThat(((Verdict.Counted) v).points()).isEqualTo(400_000);
    }
    // by hand: 3 x 0.4 = 1.2 points
    assertThat(l.account("u1").points()).isEqualTo(1_200_000);
    assertThat(Points.text(l.account("u1").points())).isEqualTo("1.2");
  }

  @Test
  void aRateWithDecimalsGivesItsExactFraction() {
    Ledger l = ledger(new PointsRates(Map.of("shop", 2.5), 1));
    offer(l, event("e1", "shop", "u1", "test.g333", 1, "item", T, ""));
    // by hand: 333 g x 2.5 points/kg / 1000 = 0.8325 points
    assertThat(l.account("u1").points()).isEqualTo(832_500);
    assertThat(Points.decimal(l.account("u1").points())).isEqualByComparingTo("0.8325");
  }

  @Test
  void aRateChangeAppliesToLaterEventsAndTheBalanceIsTheirExactSum() {
    Ledger l = ledger(PointsRates.standard());
    offer(l, event("e1", "maps", "u1", "test.g333", 1, "item", minute(0), ""));
    l.changePointsRates(new PointsRates(Map.of("maps", 0.125), 1));
    offer(l, event("e2", "maps", "u1", "test.g400", 1, "item", minute(1), ""));
    // by hand: 333 x 1 / 1000 = 0.333; 400 x 0.125 / 1000 = 0.05; sum 0.383 points
    assertThat(Points.text(l.account("u1").points())).isEqualTo("0.383");
  }

  @Test
  void aStatementsMonthIsTheExactSumOfItsEntries() {
    int may3 = (int) LocalDate.parse("2024-05-03").toEpochDay();
    List<AccountEntry> history =
        List.of(
            new AccountEntry("a", may3, "maps", "x", "GB", 400, 400_000),
            new AccountEntry("b", may3 + 1, "maps", "x", "GB", 333, 832_500),
            new AccountEntry("c", may3 + 30, "maps", "x", "GB", 400, 400_000));
    MonthlyStatement s = MonthlyStatement.of("u1", 2024 * 12 + 4, history);
    // by hand: May holds a and b: 0.4 + 0.8325 = 1.2325 points; c is on 2 June
    assertThat(s.points()).isEqualTo(1_232_500);
    assertThat(Points.text(s.points())).isEqualTo("1.2325");
  }

  @Test
  void pointsThatOverflowALongAreOutOfRangeAndRefuseTheEvent() {
    // 1 item of 10^12 kg = 10^15 g at 10,000 points/kg = 10^16 points = 10^22 millionths > 2^63
    MethodologyCatalog catalog = new MethodologyCatalog("p-2", List.of(LedgerBoundsTest.huge()));
    Ledger l = new Ledger(catalog, new PointsRates(Map.of(), 10_000), 4);
    assertThat(offer(l, event("e1", "p", "u1", "test.huge", 1, "item", T, "")))
        .isEqualTo(Verdict.refused(RejectionReason.OUT_OF_RANGE));
    assertThat(l.totals().grossGrams()).isZero();
    assertThat(Points.credited(1_000_000_000_000_000L, 10_000_000)).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void aRateOfMoreThanThreeDecimalsIsRefusedWithASentence() {
    assertThatThrownBy(() -> new PointsRates(Map.of("maps", 0.3333), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the rate of programme maps has more than three decimals (0.3333): give it in"
                + " thousandths of a point per kg CO2e at most");
    assertThat(PointsRates.problem("defaultPerKilogram", 10_000.001)).contains("from 0 to 10000");
    assertThat(PointsRates.problem("defaultPerKilogram", 2.5)).isNull();
    assertThatThrownBy(() -> new PointsRates(Map.of(), -1))
        .isInstanceOf(IllegalArgumentException.class);
    // a state written before: rounded half-even to thousandths (0.3335 -> 0.334, 0.3345 -> 0.334)
    assertThat(PointsRates.stored(Map.of("a", 0.3335, "b", 0.3345), 1).perKilogram())
        .containsEntry("a", 0.334)
        .containsEntry("b", 0.334);
  }

  @Test
  void wholePointsStoredBeforeReadAsThoseExactPoints() {
    assertThat(Points.ofWholePoints(17)).isEqualTo(17_000_000);
    assertThat(Points.ofWholePoints(1L << 62)).isEqualTo(Long.MAX_VALUE);
    assertThat(Points.text(17_000_000)).isEqualTo("17");
    assertThat(Points.ofDecimal(new BigDecimal("0.8325"))).isEqualTo(832_500);
    assertThat(Points.ofDecimal(new BigDecimal("0.0000001"))).isEqualTo(Long.MIN_VALUE);
  }

  /** One event of {@code grams} g, or a change of the rate to {@code thousandths} / 1000. */
  record Step(boolean rateChange, int grams, int thousandths) {}

  @Property(tries = 200)
  void anySequenceOfEventsAndRateChangesGivesTheExactSumOfEachEventsPoints(
      @ForAll("steps") List<Step> steps) {
    Ledger l = ledger(PointsRates.standard());
    BigDecimal rate = BigDecimal.ONE;
    BigDecimal expected = BigDecimal.ZERO;
    List<Long> perEvent = new ArrayList<>();
    int i = 0;
    for (Step s : steps) {
      if (s.rateChange()) {
        rate = BigDecimal.valueOf(s.thousandths(), 3);
        l.changePointsRates(new PointsRates(Map.of(), rate.doubleValue()));
        continue;
      }
      Verdict v =
          offer(l, event("e" + i, "maps", "u1", "test.g1", s.grams(), "item", minute(i++), ""));
      long points = ((Verdict.Counted) v).points();
      // independent: grams x rate / 1000 in decimal arithmetic
      BigDecimal exact = BigDecimal.valueOf(s.grams()).multiply(rate).movePointLeft(3);
      assertThat(Points.decimal(points)).isEqualByComparingTo(exact);
      expected = expected.add(exact);
      perEvent.add(points);
    }
    if (perEvent.isEmpty()) {
      assertThat(l.account("u1")).isNull();
      return;
    }
    assertThat(Points.decimal(l.account("u1").points())).isEqualByComparingTo(expected);
    assertThat(l.account("u1").points())
        .isEqualTo(perEvent.stream().mapToLong(Long::longValue).sum());
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> event =
        Arbitraries.integers().between(1, 5_000).map(g -> new Step(false, g, 0));
    Arbitrary<Step> change =
        Arbitraries.integers().between(0, 10_000_000).map(r -> new Step(true, 0, r));
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(5, event), net.jqwik.api.Tuple.of(1, change))
        .list()
        .ofMaxSize(60);
  }
}
