package org.scopeplus.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;

/** OWASP, "CSV Injection": cells starting with = + - @ tab or CR are prefixed with a quote. */
class CsvCellsTest {

  @TempDir Path dir;

  @Test
  void formulaLeadingCellsGetAQuoteInFront() {
    assertThat(CsvCells.neutralised("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(CsvCells.neutralised("+SUM(A1)")).isEqualTo("'+SUM(A1)");
    assertThat(CsvCells.neutralised("-2+3")).isEqualTo("'-2+3");
    assertThat(CsvCells.neutralised("@A1")).isEqualTo("'@A1");
    assertThat(CsvCells.neutralised("\t=1")).isEqualTo("'\t=1");
    assertThat(CsvCells.neutralised("\r=1")).isEqualTo("'\r=1");
  }

  @Test
  void numbersAndOrdinaryTextStayAsTheyAre() {
    assertThat(CsvCells.neutralised("-12.5")).isEqualTo("-12.5");
    assertThat(CsvCells.neutralised("-0.000001")).isEqualTo("-0.000001");
    assertThat(CsvCells.neutralised("+3")).isEqualTo("+3");
    assertThat(CsvCells.neutralised("-1e-3")).isEqualTo("-1e-3");
    assertThat(CsvCells.neutralised("Group/Cloud=1")).isEqualTo("Group/Cloud=1");
    assertThat(CsvCells.neutralised("")).isEmpty();
    assertThat(CsvCells.neutralised("'=1")).isEqualTo("'=1");
  }

  @Test
  void theInventoryAndTraceCsvNeverStartACellWithAFormula() throws IOException {
    Path f = dir.resolve("activity.csv");
    Files.writeString(
        f,
        DemoDataset.HEADER
            // the path normalises to the levels "=cmd|'" and "C calc'!A0"
            + "\nF1,=cmd|' /C calc'!A0,@SUM(1),2023-05,s2.electricity,1000,MWh,CN-ZJ,,,\n");
    InventoryRequest request =
        new InventoryRequest(
            List.of(f),
            List.of(),
            null,
            null,
            GwpSet.AR5,
            ConsolidationApproach.OPERATIONAL_CONTROL,
            0,
            true);
    InventoryOutcome out = new InventoryJob(BuiltInReferenceData.load()).run(request, b -> {});
    assertThat(out.ok()).as(String.valueOf(out.problems())).isTrue();
    StringWriter summary = new StringWriter();
    new InventoryCsvWriter().write(out.inventory(), summary);
    assertThat(summary.toString())
        .contains("org_unit,'=cmd|'/C calc'!A0,")
        .contains("facility,'@SUM(1),")
        .doesNotContain(",=cmd");
    StringWriter trace = new StringWriter();
    new InventoryCsvWriter().writeTrace(out.lines(), trace);
    assertThat(trace.toString()).contains(",'=cmd|'/C calc'!A0,").doesNotContain(",=cmd");
  }
}
