package org.scopeplus.cli.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus report} end to end on the documentation's example files. */
class ReportCommandTest {

  private static final String EXAMPLE = Path.of("../examples/activity-2024.csv").toString();
  private static final String METRICS = Path.of("../examples/metrics.csv").toString();

  @TempDir Path dir;

  @Test
  void theJsonReportStatesTheInventorysTotalsToTheGram() throws Exception {
    CommandRun inv = CommandRun.of("inventory", EXAMPLE, "--format", "json", "--no-progress");
    assertThat(inv.exit()).as(inv.err()).isZero();
    Path out = dir.resolve("report.json");
    CommandRun r =
        CommandRun.of(
            "report",
            EXAMPLE,
            "--metrics",
            METRICS,
            "--year",
            "2024",
            "--format",
            "json",
            "--out",
            out.toString(),
            "--organisation",
            "Example Co");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonMapper m = JsonMapper.builder().build();
    JsonNode expected = m.readTree(inv.out()).get("totals");
    JsonNode report = m.readTree(Files.readAllBytes(out));
    for (String k : new String[] {"scope1", "scope2Location", "scope2Market", "scope3"}) {
      assertThat(report.get("totals").get(k).decimalValue())
          .as(k)
          .isEqualByComparingTo(expected.get(k).decimalValue());
    }
    assertThat(report.get("subject").get("organisation").asString()).isEqualTo("Example Co");
  }

  @Test
  void pdfAndXlsxAreWrittenInBothLanguages() throws Exception {
    for (String lang : new String[] {"en", "zh-CN"}) {
      for (String format : new String[] {"pdf", "xlsx"}) {
        Path out = dir.resolve("report-" + lang + "." + format);
        CommandRun r =
            CommandRun.of(
                "report",
                EXAMPLE,
                "--year",
                "2024",
                "--format",
                format,
                "--lang",
                lang,
                "--out",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(out), 4);
        assertThat(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1))
            .isEqualTo(format.equals("pdf") ? "%PDF" : "PK\u0003\u0004");
      }
    }
  }

  /**
   * {@code --lei} identifies the entity of the inline XBRL by its LEI (GLEIF's own,
   * 506700GE1G29325QX363); one that fails the ISO 7064 check is refused before anything is written.
   */
  @Test
  void theInlineXbrlNamesTheFilersLei() throws Exception {
    Path out = dir.resolve("e1-6.xhtml");
    CommandRun r =
        CommandRun.of(
            "report",
            EXAMPLE,
            "--year",
            "2024",
            "--format",
            "ixbrl",
            "--lei",
            "506700GE1G29325QX363",
            "--out",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out))
        .contains(
            "<xbrli:identifier scheme=\"http://standards.iso.org/iso/17442\">506700GE1G29325QX363<");
    Path bad = dir.resolve("bad.xhtml");
    CommandRun refused =
        CommandRun.of(
            "report",
            EXAMPLE,
            "--year",
            "2024",
            "--format",
            "ixbrl",
            "--lei",
            "506700GE1G29325QX364",
            "--out",
            bad.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("--lei:", "ISO 17442");
    assertThat(bad).doesNotExist();
  }

  @Test
  void unusableOptionsAreRefusedWithASentence() {
    Path out = dir.resolve("x");
    assertThat(
            CommandRun.of(
                "report", EXAMPLE, "--year", "2024", "--format", "docx", "--out", out.toString()))
        .satisfies(r -> assertThat(r.exit()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).contains("--format is pdf, xlsx, json or ixbrl"));
    assertThat(
            CommandRun.of(
                "report",
                EXAMPLE,
                "--year",
                "2024",
                "--format",
                "pdf",
                "--lang",
                "fr",
                "--out",
                out.toString()))
        .satisfies(r -> assertThat(r.err()).contains("--lang is en or zh-CN"));
    assertThat(
            CommandRun.of(
                    "report", EXAMPLE, "--year", "0", "--format", "pdf", "--out", out.toString())
                .exit())
        .isEqualTo(2);
    assertThat(
            CommandRun.of(
                "report",
                "--demo",
                EXAMPLE,
                "--year",
                "2024",
                "--format",
                "pdf",
                "--out",
                out.toString()))
        .satisfies(r -> assertThat(r.err()).contains("either --demo, activity FILES or --run ID"));
    assertThat(
            CommandRun.of(
                "report", "--demo", "--year", "2019", "--format", "pdf", "--out", out.toString()))
        .satisfies(r -> assertThat(r.err()).contains("The demo covers 2020 to 2025"));
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void aBrokenInputGivesItsProblemsAndNoReport() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, Files.readAllLines(Path.of(EXAMPLE)).get(0) + "\n" + "x,,,,,,,,,,,,\n");
    Path out = dir.resolve("r.json");
    CommandRun r =
        CommandRun.of(
            "report",
            bad.toString(),
            "--year",
            "2024",
            "--format",
            "json",
            "--out",
            out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("No report was produced").contains("bad.csv");
    assertThat(Files.exists(out)).isFalse();
  }

  /**
   * The report of activity files with a supplier register carries the supplier engagement section
   * in its PDF, read back from the PDF's text. Hand calculation: P1 3 t x 1,000 kg CO2e/t = 3 t
   * from V-100 (validated in 2023), P2 1 t x 1,000 kg CO2e/t = 1 t from V-200 (no target), both
   * from the suppliers' own factors: Scope 3 4.000 t, 3.000 t = 75.0% from suppliers with validated
   * targets, 4.000 t = 100.0% from supplier-specific data, 0.000 t naming no registered supplier.
   */
  @Test
  void thePdfReportShowsTheSupplierEngagementOfARegisterInBothLanguages() throws Exception {
    Path activity = dir.resolve("purchases.csv");
    Files.writeString(
        activity,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier,"
            + "supplier_factor_kg_co2e,supplier_factor_unit\n"
            + "P1,Group,,2024-03,s3.c1.supplier_specific,3,t,CN,V-100,1000,t\n"
            + "P2,Group,,2024-05,s3.c1.supplier_specific,1,t,CN,contoso services,1000,t\n");
    Path register = dir.resolve("register.csv");
    Files.writeString(
        register,
        "supplier_id,name,target_status,target_year,ambition,pact_verified\n"
            + "V-100,Northwind Cloud,validated,2023,1.5C,no\n"
            + "V-200,Contoso Services,none,,,no\n");
    java.util.regex.Pattern row =
        java.util.regex.Pattern.compile(
            "2024\\s+4\\.000\\s+3\\.000\\s+75\\.0%\\s+4\\.000\\s+100\\.0%\\s+0\\.000");
    for (String lang : new String[] {"en", "zh-CN"}) {
      Path out = dir.resolve("suppliers-" + lang + ".pdf");
      CommandRun r =
          CommandRun.of(
              "report",
              activity.toString(),
              "--suppliers",
              register.toString(),
              "--year",
              "2024",
              "--format",
              "pdf",
              "--lang",
              lang,
              "--out",
              out.toString());
      assertThat(r.exit()).as(r.err()).isZero();
      String text = pdfText(out);
      assertThat(text)
          .contains(
              lang.equals("en")
                  ? "Supplier engagement (SBTi supplier engagement metric)"
                  : "供应商参与（SBTi供应商参与指标）");
      assertThat(row.matcher(text).find()).as(text).isTrue();
    }
    // without a register there is no such section
    Path plain = dir.resolve("plain.pdf");
    CommandRun r =
        CommandRun.of(
            "report",
            activity.toString(),
            "--year",
            "2024",
            "--format",
            "pdf",
            "--out",
            plain.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(pdfText(plain)).doesNotContain("Supplier engagement");
    // a refused register names its file, row and column, and nothing is written
    Files.writeString(
        register,
        "supplier_id,name,target_status,target_year,ambition,pact_verified\n"
            + "V-100,Northwind Cloud,validated,,1.5C,no\n");
    Path refused = dir.resolve("refused.pdf");
    CommandRun bad =
        CommandRun.of(
            "report",
            activity.toString(),
            "--suppliers",
            register.toString(),
            "--year",
            "2024",
            "--format",
            "pdf",
            "--out",
            refused.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("register.csv", "row 2");
    assertThat(refused).doesNotExist();
  }

  private static String pdfText(Path pdf) throws Exception {
    try (com.lowagie.text.pdf.PdfReader reader =
        new com.lowagie.text.pdf.PdfReader(Files.readAllBytes(pdf))) {
      com.lowagie.text.pdf.parser.PdfTextExtractor x =
          new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= reader.getNumberOfPages(); i++) {
        b.append(x.getTextFromPage(i)).append('\n');
      }
      return b.toString();
    }
  }
}
