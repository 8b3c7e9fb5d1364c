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

  @Test
  void aCellByPositionIsTheCellByName() {
    HeaderIndex h =
        HeaderIndex.of(
            "a.csv",
            List.of(" Unit ", "year", "value"),
            List.of("year"),
            List.of("value", "unit", "note"));
    int[] at = h.positions(List.of("year", "note", "unit", "value"));
    assertThat(at).containsExactly(1, -1, 0, 2);
    TableRow full = new TableRow(2, new String[] {" kWh", "2024 ", null});
    TableRow shortRow = new TableRow(3, new String[] {"t"});
    for (TableRow row : List.of(full, shortRow)) {
      List<String> names = List.of("year", "note", "unit", "value");
      for (int i = 0; i < names.size(); i++) {
        assertThat(HeaderIndex.cell(row, at[i]))
            .as("row %d, %s", row.number(), names.get(i))
            .isEqualTo(h.cell(row, names.get(i)));
      }
    }
    assertThat(HeaderIndex.cell(full, at[0])).isEqualTo("2024");
    assertThat(HeaderIndex.cell(full, at[2])).isEqualTo("kWh");
    assertThat(HeaderIndex.cell(full, at[3])).isEmpty();
    assertThat(HeaderIndex.cell(shortRow, at[0])).isEmpty();
  }
}
