package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A personal account's monthly statement: entries in date order whatever the order they were
 * counted in, and the month's sums added by hand.
 */
class MonthlyStatementTest {

  private static AccountEntry entry(String id, String date, long grams, long points) {
    return new AccountEntry(
        id,
        (int) LocalDate.parse(date).toEpochDay(),
        "maps",
        "green_trip.cycle",
        "GB",
        grams,
        points);
  }

  @Test
  void entriesAreListedInDateOrderWhenTheyArrivedLate() {
    // counted in this order: the trip of the 5th first, then a late one of the 3rd, then the 9th
    List<AccountEntry> history =
        List.of(
            entry("e-april", "2024-04-28", 100, 100_000),
            entry("e-5", "2024-05-05", 236, 236_000),
            entry("e-3", "2024-05-03", 590, 590_000),
            entry("e-9", "2024-05-09", 378, 378_000),
            entry("e-5b", "2024-05-05", 47, 47_000));
    MonthlyStatement s = MonthlyStatement.of("u-1", 2024 * 12 + 4, history);

    assertThat(s.month()).isEqualTo("2024-05");
    assertThat(s.entries())
        .extracting(AccountEntry::eventId)
        .containsExactly("e-3", "e-5", "e-5b", "e-9");
    // by hand: 590 + 236 + 47 + 378 = 1251 g in May; 100 g before; points at 1 per kg:
    // 0.59 + 0.236 + 0.047 + 0.378 = 1.251 points
    assertThat(Points.text(s.points())).isEqualTo("1.251");
    assertThat(s.grams()).isEqualTo(1251);
    assertThat(s.openingGrams()).isEqualTo(100);
    assertThat(s.closingGrams()).isEqualTo(1351);
    assertThat(s.points()).isEqualTo(1_251_000);
  }
}
