package org.scopeplus.cli.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code scopeplus city inventory|export} on the example sheet of docs/city.md. */
class CityCommandTest {

  @TempDir Path dir;

  static Path example() {
    Path p = Path.of("../examples/city-gpc-2023.csv");
    return Files.exists(p) ? p : Path.of("examples/city-gpc-2023.csv");
  }

  /*
   * Example City 2023 by hand (t CO2e):
   * BASIC, sector I: scope 1 I.1.1 1,850,000 + I.2.1 1,320,000 + I.3.1 4,200,000 + I.4.1 260,000
   *   + I.5.1 88,000 + I.8.1 12,000 = 7,730,000; scope 2 I.1.2 2,460,000 + I.2.2 3,110,000
   *   + I.3.2 5,900,000 + I.4.2 95,000 + I.5.2 41,000 = 11,606,000; together 19,336,000.
   * BASIC, sector II: II.1.1 5,200,000 + II.1.2 310,000 + II.2.2 240,000 + II.4.1 180,000
   *   + II.5.1 410,000 = 6,340,000.
   * BASIC, sector III: III.1.1 620,000 + III.1.2 35,000 + III.2.1 48,000 + III.3.1 210,000
   *   + III.4.1 175,000 = 1,088,000.
   * BASIC = 19,336,000 + 6,340,000 + 1,088,000 = 26,764,000.
   * BASIC+ adds I.x.3 145,000 + 180,000 + 340,000 + 5,000 + 2,400 = 672,400, II.2.3 65,000,
   *   IV.2 86,000, V 54,000 - 120,000 + 31,000 = -35,000: 26,764,000 + 788,400 = 27,552,400.
   * Territorial: scope 1 of I 7,730,000 + I.4.4 3,900,000 = 11,630,000; of II 5,790,000
   *   (5,200,000 + 180,000 + 410,000); of III 620,000 + 96,000 + 48,000 + 210,000 + 54,000
   *   + 175,000 = 1,203,000; IV 86,000; V -35,000 -> 18,674,000.
   */
  @Test
  void printsTheGpcTotalsAndTheCompletenessCheck() {
    CommandRun r = CommandRun.of("city", "inventory", example().toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .containsPattern("total\\s+26,764,000\\.0\\s+27,552,400\\.0\\s+18,674,000\\.0")
        .containsPattern("I Stationary energy\\s+19,336,000\\.0")
        .containsPattern("III Waste\\s+1,088,000\\.0\\s+1,088,000\\.0\\s+1,203,000\\.0")
        .contains("territorial (scope 1) total: 18,674,000.0 t CO2e")
        .contains("Example City 2023")
        .contains("completeness at BASIC: complete")
        .contains("not estimated (NE): I.6.1")
        // the 2022 row reports, of the 32 BASIC lines:
        // I.1-I.4 x.1 and x.2 (8) and II.1.1 -> 9; 32 - 9 = 23 missing
        .contains("completeness at BASIC: 23 lines without value or notation key:")
        .containsPattern("III\\.4\\.2\\s+Wastewater treatment and discharge, scope 3");
  }

  @Test
  void jsonAtBasicPlusNamesWhatBasicPlusLacks() throws IOException {
    CommandRun r =
        CommandRun.of(
            "city", "inventory", example().toString(), "--level", "basic+", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.city-inventory/1");
    JsonNode y2023 = json.get("inventories").get(0);
    assertThat(y2023.get("totals").get("basic_t").decimalValue()).isEqualByComparingTo("26764000");
    assertThat(y2023.get("totals").get("basicPlus_t").decimalValue())
        .isEqualByComparingTo("27552400");
    assertThat(y2023.get("totals").get("territorial_t").decimalValue())
        .isEqualByComparingTo("18674000");
    assertThat(y2023.get("sectors").get("V").get("basicPlus_t").decimalValue())
        .isEqualByComparingTo("-35000");
    assertThat(y2023.get("completeness").get("level").asString()).isEqualTo("BASIC+");
    assertThat(y2023.get("completeness").get("complete").asBoolean()).isTrue();
    // 2022 at BASIC+: 47 required; of its 14 lines, I.4.4 is required at no level, so 13
    // required lines are reported -> 34 missing
    assertThat(json.get("inventories").get(1).get("completeness").get("missing").size())
        .isEqualTo(34);
  }

  @Test
  void theIpccExportAddsUpToTheTerritorialTotal() throws IOException {
    Path out = dir.resolve("ipcc.csv");
    CommandRun r = CommandRun.of("city", "export", example().toString(), "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    double sum2023 =
        Files.readAllLines(out).stream()
            .filter(l -> l.startsWith("Example City,2023,"))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
            .sum();
    assertThat(sum2023).isEqualTo(18_674_000.0);
  }

  @Test
  void aBadSheetIsRefusedWithItsLocatedProblems() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "city,year,I.1.1,I.2.1\nX,2023,12x,NO\n");
    CommandRun r = CommandRun.of("city", "inventory", bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("bad.csv:2 [I.1.1]: '12x' is neither tonnes CO2e nor a notation key")
        .contains("bad.csv:2 [I.2.1_explanation]: notation key NO (not occurring) on I.2.1 needs");
    assertThat(r.out()).isEmpty();
    CommandRun level = CommandRun.of("city", "inventory", bad.toString(), "--level", "full");
    assertThat(level.exit()).isEqualTo(2);
    assertThat(level.err()).contains("--level is basic or basic+, not full");
  }
}
