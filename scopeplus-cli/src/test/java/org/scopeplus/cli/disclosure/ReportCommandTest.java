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
}
