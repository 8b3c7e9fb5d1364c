package org.scopeplus.io.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.problem.ProblemTally;

class HeaderIndexTest {

  @Test
  void aMillionUnknownHeaderCellsGiveABoundedListAndTheirFullCount() {
    List<String> header = new ArrayList<>(List.of("year", "metric", "value", "unit"));
    for (int i = 0; i < 1_000_000; i++) {
      header.add("extra" + i);
    }
    HeaderIndex h =
        HeaderIndex.of(
            "metrics.xlsx", header, List.of("year", "metric", "value", "unit"), List.of());
    assertThat(h.problemCount()).isEqualTo(1_000_000);
    assertThat(h.problems()).hasSize(ProblemTally.configuredLimit());
    assertThat(h.problems().get(0).message()).startsWith("unknown column 'extra0'");
    assertThat(h.tally().count()).isEqualTo(1_000_000);
  }

  @Test
  void anEmptyHeaderIsOneProblem() {
    HeaderIndex h = HeaderIndex.of("a.csv", List.of(), List.of("year"), List.of());
    assertThat(h.problemCount()).isEqualTo(1);
    assertThat(h.problems().get(0).message()).contains("the file is empty");
  }
}
