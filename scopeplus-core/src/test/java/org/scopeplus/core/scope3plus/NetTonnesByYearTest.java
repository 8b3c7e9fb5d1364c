package org.scopeplus.core.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ledger's net tonnes per year, as a cumulative target takes them; figures by hand. */
class NetTonnesByYearTest {

  @Test
  void eachYearsNetGramsOverAMillionFromTheFirstCountedYearToTheLast() {
    // Counted: 2021-03 4,000,000 g and 2023-07 2,500,000 g; 500,000 g of credits sold were
    // deducted in 2023. Net: 2021 4 t, 2023 2 t; 2022, between them, counted nothing: 0 t; 2020
    // and 2024 on are outside what the ledger kept: no actual.
    Progress progress = Progress.of(Map.of(2021, 4_000_000L, 2023, 2_000_000L));
    LedgerTotals t =
        new LedgerTotals(
            "v1",
            2,
            Map.of(),
            6_500_000L,
            0,
            500_000L,
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of("2021-03", 4_000_000L, "2023-07", 2_500_000L),
            List.of(),
            progress,
            6_500_000L,
            Map.of());
    assertThat(t.netTonnesByYear())
        .containsExactly(entry(2021, 4.0), entry(2022, 0.0), entry(2023, 2.0));
  }
}
