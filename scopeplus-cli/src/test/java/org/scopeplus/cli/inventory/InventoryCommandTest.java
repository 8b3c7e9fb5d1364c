package org.scopeplus.cli.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.ActivityGenerator;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line end to end, on the example file of the documentation. */
class InventoryCommandTest {

  private static final Path EXAMPLE = Path.of("../examples/activity-2024.csv");

  @TempDir Path dir;

  @Test
  void jsonOutputHasTheDocumentedTotals() {
    CommandRun r =
        CommandRun.of("inventory", EXAMPLE.toString(), "--format", "json", "--no-progress");
    assertThat(r.exit()).isZero();
    JsonNode json = JsonMapper.builder().build().readTree(r.out());
    assertThat(json.get("schema").asString()).isEqualTo("scopeplus.inventory/2");
    JsonNode totals = json.get("totals");
    for (String key :
        new String[] {
          "scope1",
          "scope2Location",
          "scope2Market",
          "scope3",
          "biogenicCo2",
          "totalLocation",
          "totalMarket"
        }) {
      assertThat(totals.has(key)).as(key).isTrue();
    }
    for (int c = 1; c <= 15; c++) {
      assertThat(json.get("scope3Categories").has(Integer.toString(c))).isTrue();
    }
    assertThat(json.get("byGas").has("CO2")).isTrue();
    // DC-Hangzhou (CN-ZJ) resolves to Zhejiang's own factor, latest vintage 2023: 0.4974 t/MWh
    // (MEE & NBS Announcement 2025 No. 47, Table 3, provincial row 浙江; a province's factor comes
    // before its regional grid's): 24,300 MWh x 0.4974 = 12,086.82 t.
    // DC-Singapore: EMA 2020 operating margin 0.408 t/MWh x 3,200 MWh = 1,305.6 t.
    assertThat(
            json.get("byOrgUnit").get("Group/Cloud/DC-Hangzhou").get("scope2Location").asDouble())
        .isEqualTo(12_086.82);
    assertThat(
            json.get("byOrgUnit").get("Group/Cloud/DC-Singapore").get("scope2Location").asDouble())
        .isEqualTo(1305.6);
    // The February Hangzhou record carries a certificate: market-based 11,800 MWh x 0 and January
    // at the
    // residual-mix style factor 0.6096 t/MWh (MEE/NBS 2023, excluding market-traded non-fossil
    // power).
    assertThat(json.get("byOrgUnit").get("Group/Cloud/DC-Hangzhou").get("scope2Market").asDouble())
        .isEqualTo(12_500 * 0.6096);
    assertThat(json.get("weakFactors").size()).isGreaterThan(0);
    // the 2024 records rest on factors of 2023: the run lists them as warnings
    assertThat(json.get("factorYearWarnings").toString())
        .contains("cn_mee_nbs.average.cn-zj.2023")
        .contains("nearest earlier year");
  }

  @Test
  void traceNamesRecordFactorCitationAndFormula() {
    CommandRun r =
        CommandRun.of(
            "inventory", EXAMPLE.toString(), "--format", "json", "--trace", "--no-progress");
    JsonNode first = JsonMapper.builder().build().readTree(r.out()).get("trace").get(0);
    assertThat(first.get("recordId").asString()).isEqualTo("E-2024-01-HZ");
    assertThat(first.get("row").asInt()).isEqualTo(2);
    assertThat(first.get("factorId").asString()).isEqualTo("cn_mee_nbs.average.cn-zj.2023");
    assertThat(first.get("factorChoice").asString()).contains("latest available vintage");
    // 12,500 MWh = 12,500,000 kWh x 0.4974 kg/kWh = 6,217,500 kg
    assertThat(first.get("formula").asString())
        .isEqualTo("12500000 kWh x 0.4974 kg CO2/kWh x GWP 1 x 1000 g/kg = 6217500000 g CO2e");
  }

  @Test
  void aYearOrAPeriodOutsideTheAcceptedDatesIsRefusedAndNamed() throws IOException {
    for (String year : new String[] {"1899", "2201", "0", "-999999999"}) {
      CommandRun r = CommandRun.of("inventory", EXAMPLE.toString(), "--year", year);
      assertThat(r.exit()).as(year).isEqualTo(2);
      assertThat(r.err())
          .contains("--year " + year + " is outside the accepted dates 1900-01-01 to 2200-12-31");
    }
    Path old = dir.resolve("old.csv");
    Files.writeString(
        old,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\n"
            + "E1,Group,S,1582-10,s2.electricity,1,MWh,CN\n"
            + "E2,Group,S,0000,s2.electricity,1,MWh,CN\n"
            + "E3,Group,S,1899-12-31/1900-01-31,s2.electricity,1,MWh,CN\n"
            + "E5,Group,S,2201-Q1,s2.electricity,1,MWh,CN\n");
    CommandRun r = CommandRun.of("inventory", old.toString(), "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err())
        .contains("No inventory was produced: 4 problems in the input.")
        .contains("old.csv:2 [period]: period '1582-10' reaches outside the accepted dates")
        .contains("old.csv:3 [period]: period '0000' reaches outside")
        .contains("old.csv:4 [period]: period '1899-12-31/1900-01-31' reaches outside")
        .contains("old.csv:5 [period]: period '2201-Q1' reaches outside");

    Path metrics = dir.resolve("metrics.csv");
    Files.writeString(
        metrics, "year,metric,value,unit\n2024,revenue,100,USD\n1899,revenue,1,USD\n");
    CommandRun m = CommandRun.of("inventory", EXAMPLE.toString(), "--metrics", metrics.toString());
    assertThat(m.exit()).isEqualTo(1);
    assertThat(m.err())
        .contains(
            "metrics.csv:3 [year]: year 1899 is outside the accepted dates 1900-01-01 to 2200-12-31")
        .doesNotContain("metrics.csv:2");
  }

  @Test
  void badInputGivesNoInventoryAndExitCodeOne() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region\nE1,Group,S,2024-13,s2.electricity,1,kg,CN\n");
    Path out = dir.resolve("out.json");
    CommandRun r =
        CommandRun.of("inventory", bad.toString(), "--format", "json", "--out", out.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(out).doesNotExist();
    assertThat(r.err())
        .contains("No inventory was produced: 2 problems in the input.")
        .contains("bad.csv:2 [period]: period '2024-13' is not a real month")
        .contains(
            "bad.csv:2 [unit]: unit kg measures mass, but activity type s2.electricity is measured in energy");
  }

  @Test
  void csvTraceHasOneRowPerLine() {
    CommandRun r =
        CommandRun.of(
            "inventory", EXAMPLE.toString(), "--format", "csv", "--trace", "--no-progress");
    String[] rows = r.out().split("\r?\n");
    assertThat(rows[0]).startsWith("record_id,file,row,org_unit");
    // 10 records: 3 electricity x 2 methods, diesel and gas x 3 gases ... as the JSON says: 13
    // lines
    assertThat(rows).hasSize(1 + 13);
  }

  @Test
  void aTraceWrittenToAFileEqualsTheTraceKeptInMemory() throws IOException {
    assertStreamedTraceEqualsKept(EXAMPLE, Files.createDirectory(dir.resolve("example")));
  }

  @Test
  void aTraceOfManyBatchesEqualsTheTraceKeptInMemory() throws IOException {
    // more rows than three batches of the streamed second pass, so their order and joins show
    Path input = dir.resolve("generated.csv");
    try (OutputStream out = Files.newOutputStream(input)) {
      ActivityGenerator.ofDemo().write(3 * InventoryJob.STREAM_BATCH + 17, 5, out);
    }
    assertStreamedTraceEqualsKept(input, Files.createDirectory(dir.resolve("generated")));
  }

  private static void assertStreamedTraceEqualsKept(Path input, Path outDir) throws IOException {
    InventoryRequest keeping =
        new InventoryRequest(
            List.of(input),
            List.of(),
            null,
            null,
            GwpSet.AR5,
            ConsolidationApproach.OPERATIONAL_CONTROL,
            0,
            true);
    InventoryOutcome kept = new InventoryJob(BuiltInReferenceData.load()).run(keeping, bytes -> {});
    assertThat(kept.ok()).as(String.valueOf(kept.problems())).isTrue();
    for (OutputFormat format : OutputFormat.values()) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      InventoryOutput.write(kept.inventory(), kept.lines(), format, expected);
      Path out = outDir.resolve("trace." + format.name().toLowerCase(Locale.ROOT));
      CommandRun r =
          CommandRun.of(
              "inventory",
              input.toString(),
              "--format",
              format.name().toLowerCase(Locale.ROOT),
              "--trace",
              "--out",
              out.toString(),
              "--no-progress");
      assertThat(r.exit()).as(r.err()).isZero();
      byte[] written = Files.readAllBytes(out);
      if (format == OutputFormat.JSON) {
        JsonMapper mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(written)).isEqualTo(mapper.readTree(expected.toByteArray()));
      } else {
        assertThat(new String(written, StandardCharsets.UTF_8))
            .isEqualTo(expected.toString(StandardCharsets.UTF_8));
      }
    }
    // nothing but the outputs is left next to them
    try (Stream<Path> left = Files.list(outDir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("trace.json", "trace.csv", "trace.table");
    }
  }

  @Test
  void aTraceOfBadInputWritesNoFile() throws IOException {
    Path bad = dir.resolve("bad.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(EXAMPLE));
    rows.add(rows.get(1)); // the first record again: its id is used twice
    Files.write(bad, rows);
    Path out = dir.resolve("trace.csv");
    CommandRun r =
        CommandRun.of(
            "inventory",
            bad.toString(),
            "--format",
            "csv",
            "--trace",
            "--out",
            out.toString(),
            "--no-progress");
    assertThat(r.exit()).isEqualTo(InventoryCommand.EXIT_PROBLEMS);
    assertThat(r.err()).contains("is used twice");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
    }
  }

  @Test
  void theTableNamesItsMonthsAndShowsBothScope2MethodsPerOrgUnit() {
    CommandRun r = CommandRun.of("inventory", EXAMPLE.toString(), "--no-progress");
    assertThat(r.exit()).as(r.err()).isZero();
    String[] lines = r.out().split("\\R");
    assertThat(lines[0]).startsWith("GHG inventory 2024-01 to 2024-");
    String heading =
        java.util.Arrays.stream(lines).filter(l -> l.startsWith("By org unit")).findFirst().get();
    assertThat(heading)
        .contains("Scope 2 loc.")
        .contains("Scope 2 mkt.")
        .contains("Total loc.")
        .contains("Total mkt.");
    String hangzhou =
        java.util.Arrays.stream(lines)
            .filter(l -> l.startsWith("  Group/Cloud/DC-Hangzhou "))
            .findFirst()
            .get();
    // six amounts, each in tonnes with one decimal, ending at the same column as the heading
    assertThat(hangzhou.trim().split("\\s+")).hasSize(7);
    assertThat(hangzhou).matches(".*\\d\\.\\d$");
    assertThat(hangzhou.length()).isEqualTo(heading.length());
  }

  @Test
  void theValuesToVerifyAreSummedUpUnlessEverySourceIsAsked() {
    CommandRun shortly = CommandRun.of("inventory", EXAMPLE.toString(), "--no-progress");
    assertThat(shortly.out()).contains("to verify (secondary source or unchecked transcription)");
    assertThat(shortly.out()).contains("--sources lists every one with its source");
    CommandRun all = CommandRun.of("inventory", EXAMPLE.toString(), "--no-progress", "--sources");
    assertThat(all.exit()).isZero();
    assertThat(all.out()).doesNotContain("--sources lists every one");
    assertThat(all.out().lines().count()).isGreaterThan(shortly.out().lines().count());
  }

  @Test
  void aYearWithoutARecordIsRefusedWithASentence() {
    CommandRun r = CommandRun.of("inventory", EXAMPLE.toString(), "--year", "2019");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("no record's period starts in 2019");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void theCatalogListsTheTypesAUserLibraryDeclaresWithTheirOrigin() throws Exception {
    Path factors = dir.resolve("own-factors.csv");
    Files.writeString(
        factors,
        "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,"
            + "publication,verification\n"
            + "own.h2,fuel.grey_hydrogen.own,GLOBAL,2020,2030,CO2,10.5,kg/kg,direct_combustion,"
            + "Supplier declaration (example),user_supplied\n");
    Path types = dir.resolve("own-types.csv");
    Files.writeString(
        types,
        "key,scope,category,method,quantity_kinds,factor_keys,description\n"
            + "s3.c1.grey_hydrogen,3,1,average-data,mass,fuel.grey_hydrogen.own,Grey hydrogen\n");
    CommandRun r =
        CommandRun.of(
            "catalog", "--factors", factors.toString(), "--factors", types.toString(), "hydrogen");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("s3.c1.grey_hydrogen")
        .contains("declared in user library own-types")
        .contains("1 activity types.");
  }

  @Test
  void catalogListsEveryScope() {
    CommandRun r = CommandRun.of("catalog");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Scope 1")
        .contains("Scope 2 (location-based and market-based)")
        .contains("Scope 3, category 15: Investments")
        .contains("s2.electricity");
  }

  @Test
  void theCatalogHasEachScopeAndCategoryOnceAndChineseNames() {
    CommandRun r = CommandRun.of("catalog");
    assertThat(r.exit()).isZero();
    for (String heading :
        new String[] {
          "Scope 1  ", "Scope 2 (location-based", "Scope 3, category 4:", "category 12:"
        }) {
      assertThat(r.out().split(java.util.regex.Pattern.quote(heading), -1)).as(heading).hasSize(2);
    }
    assertThat(r.out()).contains("范围3 类别4：上游运输和配送").contains("购入电力");
  }

  @Test
  void theCatalogIsSearchedByWordsInAnyOrderAndByChineseNames() {
    CommandRun english = CommandRun.of("catalog", "--search", "diesel road");
    assertThat(english.out())
        .contains("s1.mobile.road.gas_diesel_oil")
        .doesNotContain("s1.stationary.energy_industries.gas_diesel_oil");
    CommandRun reversed = CommandRun.of("catalog", "--search", "road", "diesel");
    assertThat(reversed.out()).isEqualTo(english.out());
    CommandRun chinese = CommandRun.of("catalog", "--search", "道路运输柴油");
    assertThat(chinese.out()).contains("s1.mobile.road.gas_diesel_oil");
    CommandRun category = CommandRun.of("catalog", "--search", "雇员通勤 地铁");
    assertThat(category.out()).contains("s3.c7.underground").contains("1 activity types");
  }

  @Test
  void factorsSearchShowsSources() {
    CommandRun r = CommandRun.of("factors", "--search", "cn_mee_nbs.average.cn.2023");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("CO2 0.5306 kg/kWh")
        .contains("[secondary: verify against the primary source]")
        .contains("1 factors.");
  }
}
