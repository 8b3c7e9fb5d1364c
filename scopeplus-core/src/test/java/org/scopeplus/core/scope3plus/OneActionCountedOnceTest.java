package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.scope3plus.TestCatalog.p;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Verification;

/**
 * One real-world action counts once across every methodology that can describe it (issue: the same
 * metro trip sent per km with a claim, per trip with another claim and per km without one counted
 * three times), and recycling is credited on one side only, where virgin material is displaced (CDM
 * AMS-III.AJ).
 */
class OneActionCountedOnceTest {

  /** Metro per km: DESNZ 2021 car 0.10718 (1.6 occupants) minus Underground 0.02781 kg/pkm. */
  static Methodology metroPerKm() {
    return new Methodology(
        "metro.per_km",
        "1",
        "metro per km",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        Map.of(
            "baseline_per_pkm",
            p("car", 0.10718, "kg CO2e/passenger-km", Verification.DERIVED),
            "project_per_pkm",
            p("underground", 0.02781, "kg CO2e/passenger-km", Verification.PUBLISHED)),
        Eligibility.none(),
        "car",
        RegionValidity.anywhere(),
        new Claiming("trip.metro", Claiming.RecyclingSide.NONE, ""));
  }

  /** Metro per trip: 0.6 kg CO2e per trip (a test value), the same action class. */
  static Methodology metroPerTrip() {
    return new Methodology(
        "metro.per_trip",
        "1",
        "metro per trip",
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of("baseline", p("trip", 0.6, "kg CO2e/trip", Verification.PUBLISHED)),
        Eligibility.none(),
        "mean",
        RegionValidity.anywhere(),
        new Claiming("trip.metro", Claiming.RecyclingSide.NONE, ""));
  }

  /** Bus per km, an action class of its own: DESNZ 2021 car 0.10718 minus bus 0.10227 kg/pkm. */
  static Methodology busPerKm() {
    return new Methodology(
        "bus.per_km",
        "1",
        "bus",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        Map.of(
            "baseline_per_pkm",
            p("car", 0.10718, "kg CO2e/passenger-km", Verification.DERIVED),
            "project_per_pkm",
            p("bus", 0.10227, "kg CO2e/passenger-km", Verification.PUBLISHED)),
        Eligibility.none(),
        "car");
  }

  /** Board recycling, DESNZ 2021 primary 0.8212 minus closed-loop 0.7185 kg CO2e/kg. */
  static Methodology board(String action, Claiming.RecyclingSide side) {
    return new Methodology(
        action,
        "1",
        action,
        FormulaKind.PER_UNIT,
        List.of(Dimension.MASS),
        Map.of(
            "baseline", p("primary", 0.8212, "kg CO2e/kg", Verification.PUBLISHED),
            "project", p("closed_loop", 0.7185, "kg CO2e/kg", Verification.PUBLISHED)),
        Eligibility.none(),
        "primary board",
        RegionValidity.anywhere(),
        new Claiming("recycling.board", side, "the mill's receipt"));
  }

  static MethodologyCatalog catalog() {
    return new MethodologyCatalog(
        "claims-1",
        List.of(
            metroPerKm(),
            metroPerTrip(),
            busPerKm(),
            board("board.returned", Claiming.RecyclingSide.RECYCLER),
            board("board.bought_recycled", Claiming.RecyclingSide.BUYER)),
        Map.of());
  }

  private static Event event(
      String id,
      String programme,
      String actor,
      String action,
      double q,
      String unit,
      String time,
      String evidence,
      String claim) {
    return new Event(
        id,
        programme,
        actor,
        action,
        List.of(EventQuantity.of(q, unit)),
        Instant.parse(time),
        "GB",
        evidence,
        claim);
  }

  @Test
  void oneMetroTripSentThreeWaysCountsOnce() {
    Ledger ledger = new Ledger(catalog(), PointsRates.standard(), 16);
    // 10 km x (0.10718 - 0.02781) kg/pkm = 0.7937 kg -> 794 g (DESNZ 2021, hand calculation)
    Verdict perKmWithClaim =
        TestCatalog.offer(
            ledger,
            event(
                "maps-1",
                "maps",
                "u1",
                "metro.per_km",
                10,
                "km",
                "2024-05-01T08:30:05Z",
                "ev",
                "maps:trip:1"));
    assertThat(perKmWithClaim).isInstanceOf(Verdict.Counted.class);
    assertThat(((Verdict.Counted) perKmWithClaim).grams()).isEqualTo(794);
    // the same trip per trip, with the transit partner's own claim, in the same minute
    assertThat(
            TestCatalog.offer(
                ledger,
                event(
                    "tr-9",
                    "transit",
                    "u1",
                    "metro.per_trip",
                    1,
                    "trip",
                    "2024-05-01T08:30:40Z",
                    "ev",
                    "transit:ride:9")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
    // and per km without a claim
    assertThat(
            TestCatalog.offer(
                ledger,
                event(
                    "w-3",
                    "wallet",
                    "u1",
                    "metro.per_km",
                    10,
                    "km",
                    "2024-05-01T08:30:59Z",
                    "ev",
                    "")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
    // a programme with another pseudonym for the same rider recognises the trip by its claim
    assertThat(
            TestCatalog.offer(
                ledger,
                event(
                    "x-1",
                    "other",
                    "zz",
                    "metro.per_trip",
                    1,
                    "trip",
                    "2024-05-01T08:31:00Z",
                    "ev",
                    "maps:trip:1")))
        .isEqualTo(Verdict.refused(RejectionReason.ALREADY_CLAIMED));
    // the rider's next minute is another trip; a bus trip in the same minute another action
    assertThat(
            TestCatalog.offer(
                ledger,
                event(
                    "maps-2",
                    "maps",
                    "u1",
                    "metro.per_km",
                    10,
                    "km",
                    "2024-05-01T08:31:00Z",
                    "ev",
                    "")))
        .isInstanceOf(Verdict.Counted.class);
    assertThat(
            TestCatalog.offer(
                ledger,
                event(
                    "maps-3",
                    "maps",
                    "u1",
                    "bus.per_km",
                    10,
                    "km",
                    "2024-05-01T08:30:05Z",
                    "ev",
                    "")))
        .isInstanceOf(Verdict.Counted.class);
    // 794 + 794 + 10 x (0.10718 - 0.10227) x 1000 = 49.1 -> 49 g
    assertThat(ledger.totals().grossGrams()).isEqualTo(794 + 794 + 49);
    assertThat(ledger.totals().rejections()).containsEntry(RejectionReason.ALREADY_CLAIMED, 3L);
  }

  @Test
  void recyclingIsCreditedOnOneSideOnlyAndOnlyWithEvidenceOfDisplacedVirginMaterial() {
    Ledger recycler = new Ledger(catalog(), PointsRates.standard(), 16);
    // 3 kg x (0.8212 - 0.7185) kg CO2e/kg = 0.3081 kg -> 308 g (DESNZ 2021, hand calculation)
    Verdict returned =
        TestCatalog.offer(
            recycler,
            event(
                "r1",
                "office",
                "site-1",
                "board.returned",
                3,
                "kg",
                "2024-05-01T09:00:00Z",
                "mill:receipt:77",
                ""));
    assertThat(returned).isInstanceOf(Verdict.Counted.class);
    assertThat(((Verdict.Counted) returned).grams()).isEqualTo(308);
    assertThat(
            TestCatalog.offer(
                recycler,
                event(
                    "b1",
                    "shop",
                    "m-1",
                    "board.bought_recycled",
                    3,
                    "kg",
                    "2024-05-01T09:00:00Z",
                    "invoice:5",
                    "")))
        .isEqualTo(Verdict.refused(RejectionReason.OTHER_SIDE_CREDITED));
    assertThat(
            TestCatalog.offer(
                recycler,
                event(
                    "r2",
                    "office",
                    "site-2",
                    "board.returned",
                    3,
                    "kg",
                    "2024-05-01T09:00:00Z",
                    "",
                    "")))
        .isEqualTo(Verdict.refused(RejectionReason.NO_COUNTERFACTUAL_EVIDENCE));

    Ledger buyer =
        new Ledger(catalog().crediting(Claiming.RecyclingSide.BUYER), PointsRates.standard(), 16);
    assertThat(
            TestCatalog.offer(
                buyer,
                event(
                    "r1",
                    "office",
                    "site-1",
                    "board.returned",
                    3,
                    "kg",
                    "2024-05-01T09:00:00Z",
                    "mill:receipt:77",
                    "")))
        .isEqualTo(Verdict.refused(RejectionReason.OTHER_SIDE_CREDITED));
    assertThat(
            TestCatalog.offer(
                buyer,
                event(
                    "b1",
                    "shop",
                    "m-1",
                    "board.bought_recycled",
                    3,
                    "kg",
                    "2024-05-01T09:00:00Z",
                    "invoice:5",
                    "")))
        .isInstanceOf(Verdict.Counted.class);
  }

  /**
   * A real-world action and the events that report it; {@code key} is its actor, class and minute,
   * which no other action shares (one actor does not start two trips of one mode in a minute).
   */
  record Action(int index, String key, List<Event> reports) {}

  @Provide
  Arbitrary<List<Action>> actions() {
    Arbitrary<Action> action =
        Arbitraries.integers()
            .between(0, Integer.MAX_VALUE)
            .map(
                seed -> {
                  Random r = new Random(seed);
                  int index = seed;
                  String actor = "u" + r.nextInt(4);
                  boolean metro = r.nextBoolean();
                  // few minutes and actors, so that different actions meet in one minute often
                  long minute = 28_401_120L + r.nextInt(6);
                  boolean crossProgramme = r.nextInt(4) == 0;
                  String shared = "claim:" + index;
                  List<Event> reports = new ArrayList<>();
                  int n = 1 + r.nextInt(4);
                  for (int k = 0; k < n; k++) {
                    String methodology =
                        metro
                            ? (r.nextBoolean() ? "metro.per_km" : "metro.per_trip")
                            : "bus.per_km";
                    boolean perTrip = methodology.equals("metro.per_trip");
                    String reporter = actor;
                    String claim;
                    if (crossProgramme) {
                      // another pseudonym for the rider: only the shared claim can tie the reports
                      reporter = r.nextBoolean() ? actor : "other-" + index;
                      claim = shared;
                    } else {
                      int c = r.nextInt(3);
                      claim = c == 0 ? "" : c == 1 ? shared : "own:" + index + ":" + k;
                    }
                    reports.add(
                        new Event(
                            "a" + index + "-r" + k,
                            "p" + r.nextInt(3),
                            reporter,
                            methodology,
                            List.of(
                                EventQuantity.of(
                                    perTrip ? 1 : 1 + r.nextInt(20), perTrip ? "trip" : "km")),
                            Instant.ofEpochSecond(minute * 60 + r.nextInt(60)),
                            "GB",
                            "ev",
                            claim));
                  }
                  return new Action(index, actor + (metro ? "/metro/" : "/bus/") + minute, reports);
                });
    return action
        .list()
        .ofMaxSize(40)
        .uniqueElements(Action::key)
        .filter(OneActionCountedOnceTest::distinctIndexes);
  }

  private static boolean distinctIndexes(List<Action> actions) {
    return actions.stream().map(Action::index).distinct().count() == actions.size();
  }

  /**
   * Whatever the methodologies, claims, programmes, redeliveries, order and batching, every action
   * is counted exactly once (no methodology here has a cap or a minimum that could refuse all its
   * reports), and no report of an action already counted counts.
   */
  @Property(tries = 200)
  void noSequenceOfEventsCountsOneActionTwice(
      @ForAll("actions") List<Action> actions,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 64) int batch) {
    Random random = new Random(seed);
    Map<String, Integer> actionOf = new HashMap<>();
    List<Event> sent = new ArrayList<>();
    for (Action a : actions) {
      for (Event e : a.reports()) {
        actionOf.put(e.id(), a.index());
        sent.add(e);
        if (random.nextInt(4) == 0) {
          sent.add(e); // redelivered
        }
      }
    }
    Collections.shuffle(sent, random);
    Ledger ledger = new Ledger(catalog(), PointsRates.standard(), 16);
    Map<Integer, Integer> counted = new HashMap<>();
    RawEvent[] slots = new RawEvent[batch];
    for (int i = 0; i < batch; i++) {
      slots[i] = new RawEvent();
    }
    for (int from = 0; from < sent.size(); from += batch) {
      int n = Math.min(batch, sent.size() - from);
      for (int i = 0; i < n; i++) {
        sent.get(from + i).fill(slots[i]);
      }
      int base = from;
      ledger.offerAll(
          slots,
          null,
          n,
          (i, d) -> {
            if (d != null && d.counted()) {
              counted.merge(actionOf.get(sent.get(base + i).id()), 1, Integer::sum);
            }
          });
    }
    for (Action a : actions) {
      assertThat(counted.get(a.index())).as("action %d", a.index()).isEqualTo(1);
    }
    assertThat(ledger.acceptedCount()).isEqualTo(actions.size());
  }
}
