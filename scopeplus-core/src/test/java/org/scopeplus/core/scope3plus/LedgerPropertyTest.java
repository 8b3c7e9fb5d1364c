package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Totals do not depend on the order of arrival or on how the input is cut into batches, when no
 * daily cap binds and no two programmes claim one action (those two rules are first-come by
 * design); and never depend on batching when the order is kept.
 */
class LedgerPropertyTest {

  @Property(tries = 60)
  void anyOrderAndAnyBatchingGiveTheSameTotals(
      @ForAll("uncappedEvents") List<Event> events,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 300) int batch) {
    List<Event> withRedeliveries = new ArrayList<>(events);
    Random random = new Random(seed);
    for (int i = 0; i < events.size() / 3; i++) {
      withRedeliveries.add(events.get(random.nextInt(events.size())));
    }
    LedgerTotals reference = oneByOne(events);
    Collections.shuffle(withRedeliveries, random);
    LedgerTotals shuffled = inBatches(withRedeliveries, batch);
    assertThat(shuffled.rows()).isEqualTo(reference.rows());
    assertThat(shuffled.grossGrams()).isEqualTo(reference.grossGrams());
    assertThat(shuffled.acceptedEvents()).isEqualTo(events.size());
    assertThat(shuffled.rejections().get(RejectionReason.DUPLICATE_EVENT))
        .isEqualTo((long) withRedeliveries.size() - events.size());
  }

  @Property(tries = 60)
  void batchingNeverChangesTotalsEvenWhenCapsAndClaimsBind(
      @ForAll("contestedEvents") List<Event> events,
      @ForAll @IntRange(min = 1, max = 300) int batch) {
    LedgerTotals reference = oneByOne(events);
    LedgerTotals batched = inBatches(events, batch);
    assertThat(batched).isEqualTo(reference);
  }

  private static LedgerTotals oneByOne(List<Event> events) {
    Ledger l = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 16);
    for (Event e : events) {
      TestCatalog.offer(l, e);
    }
    return l.totals();
  }

  private static LedgerTotals inBatches(List<Event> events, int batch) {
    Ledger l = new Ledger(TestCatalog.catalog(), PointsRates.standard(), 16);
    RawEvent[] slots = new RawEvent[Ledger.BATCH];
    Verdict[] out = new Verdict[Ledger.BATCH];
    int size = Math.min(batch, Ledger.BATCH);
    for (int i = 0; i < slots.length; i++) {
      slots[i] = new RawEvent();
    }
    for (int from = 0; from < events.size(); from += size) {
      int n = Math.min(size, events.size() - from);
      for (int k = 0; k < n; k++) {
        events.get(from + k).fill(slots[k]);
      }
      l.offerAll(slots, null, n, out);
    }
    return l.totals();
  }

  @Provide
  Arbitrary<List<Event>> uncappedEvents() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1),
            Arbitraries.doubles().between(0.5, 80).ofScale(3),
            Arbitraries.integers().between(0, 2000),
            Arbitraries.of("maps", "transit", "shop"),
            Arbitraries.of("CN", "CN-BJ", "GB"))
        .as((kind, q, day, programme, region) -> new Object[] {kind, q, day, programme, region})
        .list()
        .ofMaxSize(120)
        .map(
            rows -> {
              List<Event> out = new ArrayList<>();
              for (int i = 0; i < rows.size(); i++) {
                Object[] r = rows.get(i);
                boolean bus = (int) r[0] == 0;
                out.add(
                    new Event(
                        "e" + i,
                        (String) r[3],
                        bus ? "solo-" + i : "a" + (i % 5),
                        bus ? "green_trip.bus" : "parcel_box.reuse",
                        List.of(
                            EventQuantity.of(
                                bus ? (double) r[1] : Math.ceil((double) r[1]),
                                bus ? "km" : "box")),
                        // a minute apart: one actor never starts two actions of one class in a
                        // minute
                        Instant.ofEpochSecond(1_609_459_200L + (int) r[2] * 86_400L + i * 60L),
                        (String) r[4],
                        "ev",
                        ""));
              }
              return out;
            });
  }

  @Provide
  Arbitrary<List<Event>> contestedEvents() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 9),
            Arbitraries.of("maps", "transit"),
            Arbitraries.doubles().between(0, 30).ofScale(2))
        .as(
            (id, actor, claim, programme, km) ->
                new Event(
                    "e" + id + "-" + claim,
                    programme,
                    "a" + actor,
                    "green_trip.bus",
                    List.of(EventQuantity.of(km, "km")),
                    Instant.parse("2024-03-0" + (1 + claim % 3) + "T10:00:00Z"),
                    "CN",
                    "ev",
                    claim < 5 ? "trip-" + claim : ""))
        .list()
        .ofMaxSize(150);
  }
}
