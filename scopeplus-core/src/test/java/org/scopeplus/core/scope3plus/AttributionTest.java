package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Attributed and unattributed grams side by side (WBCSD Guidance on Avoided Emissions, 2023: an
 * avoided emission is attributed between the contributors to it; the platform reports its share
 * beside the whole), each action's total times its share, rounded once, half-even.
 */
class AttributionTest {

  private static Methodology shared(Methodology m, double share) {
    return new Methodology(
        m.action(),
        m.version(),
        m.title(),
        m.kind(),
        m.dimensions(),
        m.parameters(),
        m.eligibility(),
        m.baselineNote(),
        m.validity(),
        m.claiming().attributing(share));
  }

  private static Event trip(String id, String action, double q, String unit, String time) {
    return new Event(
        id,
        "maps",
        "u1",
        action,
        List.of(EventQuantity.of(q, unit)),
        Instant.parse(time),
        "GB",
        "ev",
        "");
  }

  @Test
  void attributedGramsAreEachActionsTotalTimesItsShareBesideTheWhole() {
    MethodologyCatalog catalog =
        new MethodologyCatalog(
            "attribution-1",
            List.of(
                shared(OneActionCountedOnceTest.metroPerKm(), 0.5),
                shared(OneActionCountedOnceTest.busPerKm(), 0.3)),
            Map.of());
    Ledger ledger = new Ledger(catalog, PointsRates.standard(), 16);
    // metro: 10 km x (0.10718 - 0.02781) kg/pkm = 793.7 -> 794 g, twice (DESNZ 2021)
    TestCatalog.offer(ledger, trip("m1", "metro.per_km", 10, "km", "2024-05-01T08:00:00Z"));
    TestCatalog.offer(ledger, trip("m2", "metro.per_km", 10, "km", "2024-05-01T18:00:00Z"));
    // bus: 10 km x (0.10718 - 0.10227) kg/pkm = 49.1 -> 49 g
    TestCatalog.offer(ledger, trip("b1", "bus.per_km", 10, "km", "2024-05-01T12:00:00Z"));
    LedgerTotals t = ledger.totals();
    assertThat(t.grossGrams()).isEqualTo(794 + 794 + 49);
    // metro 1,588 x 0.5 = 794; bus 49 x 0.3 = 14.7 -> 15 (half-even, once per action total)
    assertThat(t.attributedByAction()).containsEntry("metro.per_km", 794L);
    assertThat(t.attributedByAction()).containsEntry("bus.per_km", 15L);
    assertThat(t.attributedGrams()).isEqualTo(794 + 15);
  }

  @Test
  void withoutASharedEveryGramIsAttributedAndTheTotalsSaySo() {
    Ledger ledger = new Ledger(OneActionCountedOnceTest.catalog(), PointsRates.standard(), 16);
    TestCatalog.offer(ledger, trip("b1", "bus.per_km", 10, "km", "2024-05-01T12:00:00Z"));
    assertThat(ledger.totals().attributedGrams()).isEqualTo(49);
    assertThat(ledger.totals().grossGrams()).isEqualTo(49);
  }

  @Test
  void aShareOutsideZeroToOneIsRefusedWithASentence() {
    assertThatThrownBy(() -> OneActionCountedOnceTest.busPerKm().claiming().attributing(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bus.per_km: an attribution share is from 0 to 1, not 1.5");
    assertThatThrownBy(() -> OneActionCountedOnceTest.busPerKm().claiming().attributing(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
