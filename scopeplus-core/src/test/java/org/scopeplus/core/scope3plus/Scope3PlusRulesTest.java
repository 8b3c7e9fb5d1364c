package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.scope3plus.TestCatalog.bus;
import static org.scopeplus.core.scope3plus.TestCatalog.event;
import static org.scopeplus.core.scope3plus.TestCatalog.offer;

import org.junit.jupiter.api.Test;

/**
 * The decisions of {@link Scope3PlusRules} as the embedded ledger makes them: the verdict says what
 * a counted event added, and a refused event holds nothing. Bus trips of TestCatalog: (0.10718 -
 * 0.10227) kg/pkm = 4.91 g per km, daily cap 2.
 */
class Scope3PlusRulesTest {

  private final Ledger ledger = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 100);

  @Test
  void aCountedVerdictSaysWhatTheEventAdded() {
    // 100 km x 4.91 g/km = 491 g; 1 point per kg: 0.491 points exactly = 491,000 millionths
    Verdict v = offer(ledger, bus("e1", "maps", "a1", 100, "2024-05-01T08:00:00Z"));
    assertThat(v)
        .isEqualTo(
            new Verdict.Counted(0, 0, 0, UtcCalendar.epochDay(1_714_550_400L), 491, 491_000));
    assertThat(v.counted()).isTrue();
  }

  @Test
  void anEventRefusedForItsDailyCapHoldsNoClaimSoTheNextClaimantCounts() {
    assertThat(offer(ledger, bus("e1", "maps", "a1", 2, "2024-05-01T08:00:00Z")).counted())
        .isTrue();
    assertThat(offer(ledger, bus("e2", "maps", "a1", 2, "2024-05-01T09:00:00Z")).counted())
        .isTrue();
    // a1's third trip of the day names trip-7 first: the cap refuses it, so it holds no claim
    assertThat(
            offer(
                ledger,
                event("e3", "maps", "a1", "green_trip.bus", 2, "km", "2024-05-01T10:00:00Z", "t7")))
        .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
    // the transit programme reports the same trip for its own pseudonym: it counts
    assertThat(
            offer(
                ledger,
                event(
                    "x3",
                    "transit",
                    "b9",
                    "green_trip.bus",
                    2,
                    "km",
                    "2024-05-01T10:00:00Z",
                    "t7")))
        .isInstanceOf(Verdict.Counted.class);
    // and holds the claim from now on
    assertThat(
            offer(
                ledger,
                event("y3", "shop", "c1", "green_trip.bus", 2, "km", "2024-05-01T10:00:00Z", "t7")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
  }

  @Test
  void anEventRefusedForItsClaimTakesNoPlaceUnderTheDailyCap() {
    assertThat(
            offer(
                ledger,
                event(
                    "x1",
                    "transit",
                    "b9",
                    "green_trip.bus",
                    2,
                    "km",
                    "2024-05-01T07:00:00Z",
                    "t1")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(
            offer(
                ledger,
                event("e1", "maps", "a1", "green_trip.bus", 2, "km", "2024-05-01T08:00:00Z", "t1")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
    assertThat(offer(ledger, bus("e2", "maps", "a1", 2, "2024-05-01T09:00:00Z")).counted())
        .isTrue();
    assertThat(offer(ledger, bus("e3", "maps", "a1", 2, "2024-05-01T10:00:00Z")).counted())
        .isTrue();
    assertThat(offer(ledger, bus("e4", "maps", "a1", 2, "2024-05-01T11:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DAILY_CAP_REACHED));
  }

  @Test
  void aRefusedEventLeavesItsIdFreeAndItsRedeliveryIsJudgedAgain() {
    assertThat(offer(ledger, bus("e1", "maps", "a1", 0.2, "2024-05-01T08:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.BELOW_MINIMUM));
    assertThat(offer(ledger, bus("e1", "maps", "a1", 2, "2024-05-01T08:00:00Z")).counted())
        .isTrue();
    assertThat(offer(ledger, bus("e1", "maps", "a1", 2, "2024-05-01T08:00:00Z")))
        .isEqualTo(Verdict.refused(RejectionReason.DUPLICATE_EVENT));
  }

  /**
   * A passenger-kilometre is passengers times kilometres (UnitSymbols: p·km, not convertible to
   * km): a bus trip of one actor given as 30 p·km could be 10 km for 3 passengers, so the rules
   * refuse it as a wrong dimension instead of counting 30 km, whichever way p·km is written.
   */
  @Test
  void passengerKilometresAreNotKilometresOfTheActorsTrip() {
    assertThat(
            org.scopeplus.core.quantity.UnitSymbols.of("p.km")
                .isCompatibleWith(org.scopeplus.core.quantity.UnitSymbols.of("km")))
        .isFalse();
    for (String unit : java.util.List.of("p·km", "p.km", "pkm", "passenger-km")) {
      assertThat(
              offer(
                  ledger,
                  event(
                      "e-" + unit,
                      "maps",
                      "a1",
                      "green_trip.bus",
                      30,
                      unit,
                      "2024-05-01T08:00:00Z",
                      "")))
          .as(unit)
          .isEqualTo(Verdict.refused(RejectionReason.WRONG_DIMENSION));
    }
    assertThat(
            offer(
                ledger,
                event(
                    "e-km", "maps", "a1", "green_trip.bus", 30, "km", "2024-05-01T08:00:00Z", "")))
        .isInstanceOf(Verdict.Counted.class);
  }
}
