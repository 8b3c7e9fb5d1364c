package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The city's GPC inventory through the API and the console: the example reporting sheet of
 * docs/city.md uploaded and totalled to the hand totals proven in {@code CityCommandTest}, a new
 * sheet replacing the same city and year with its audit entry, a bad sheet refused whole with row
 * and column, roles and tenant isolation, the map's sector totals taken from the inventory so that
 * the districts add up to it, and the console page in English and Chinese.
 */
abstract class GpcInventoryChecks extends ServiceChecks {

  private static final String INVENTORIES = "/api/v1/city/inventories";
  private static final String CITY_2023 = INVENTORIES + "/Example%20City/2023";
  private static final long T = 1_000_000L;

  static Path example() {
    Path p = Path.of("../examples/city-gpc-2023.csv");
    return Files.exists(p) ? p : Path.of("examples/city-gpc-2023.csv");
  }

  static String exampleText() {
    try {
      return Files.readString(example(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void uploaded(ApiClient who, Path sheet) {
    ApiClient.Reply r = who.upload(INVENTORIES, sheet);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
  }

  private static List<String> auditActions(TenantFixture t) {
    List<String> out = new ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      out.add(e.get("action").asString());
    }
    return out;
  }

  /*
   * The hand totals of Example City 2023 are those worked out line by line in CityCommandTest
   * (GPC v1.1 chapter 4 reporting table): BASIC 26,764,000 t, BASIC+ 27,552,400 t, territorial
   * 18,674,000 t; sector V (AFOLU) 54,000 - 120,000 + 31,000 = -35,000 t.
   */
  @Test
  void theExampleSheetTotalsToTheHandTotalsAndReplacingItIsAudited() throws Exception {
    TenantFixture t = newTenant();
    ApiClient.Reply up = t.admin.upload(INVENTORIES, example());
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    assertThat(up.json().get("inventories").size()).isEqualTo(2);
    assertThat(up.json().get("inventories").get(0).get("replaced").asBoolean()).isFalse();

    JsonNode list = t.viewer.get(INVENTORIES).json();
    assertThat(list.size()).isEqualTo(2);

    JsonNode y2023 = t.viewer.get(CITY_2023).json();
    assertThat(y2023.get("basicGrams").asLong()).isEqualTo(26_764_000L * T);
    assertThat(y2023.get("basicPlusGrams").asLong()).isEqualTo(27_552_400L * T);
    assertThat(y2023.get("territorialGrams").asLong()).isEqualTo(18_674_000L * T);
    assertThat(y2023.get("scopes").get("scope1Grams").asLong()).isEqualTo(18_674_000L * T);
    // sector I: BASIC 19,336,000 t; sector III territorial 1,203,000 t; sector V -35,000 t
    assertThat(y2023.get("cityInduced").get("sectors").get("I").get("basicGrams").asLong())
        .isEqualTo(19_336_000L * T);
    assertThat(y2023.get("scopes").get("sectors").get("III").get("scope1Grams").asLong())
        .isEqualTo(1_203_000L * T);
    assertThat(y2023.get("cityInduced").get("sectors").get("V").get("basicPlusGrams").asLong())
        .isEqualTo(-35_000L * T);
    assertThat(y2023.get("completeness").get("level").asString()).isEqualTo("BASIC");
    assertThat(y2023.get("completeness").get("complete").asBoolean()).isTrue();
    assertThat(y2023.get("completeness").get("notEstimated").toString()).contains("I.6.1");
    JsonNode lines = y2023.get("lines");
    assertThat(lines.size()).isEqualTo(53);
    JsonNode onRoad = line(lines, "II.1.1");
    assertThat(onRoad.get("grams").asLong()).isEqualTo(5_200_000L * T);
    assertThat(onRoad.get("gases").get("CH4").asLong()).isEqualTo(21_000L * T);
    JsonNode coal = line(lines, "I.7.1");
    assertThat(coal.get("notationKey").asString()).isEqualTo("NO");
    assertThat(coal.get("explanation").asString())
        .isEqualTo("no coal mining or handling in the city");

    // Example City 2022: of the 32 BASIC lines 9 are reported, 23 missing; at BASIC+ 34 missing
    JsonNode y2022 = t.viewer.get(INVENTORIES + "/Example%20City/2022").json();
    assertThat(y2022.get("completeness").get("missing").size()).isEqualTo(23);
    assertThat(
            t.viewer
                .get(INVENTORIES + "/Example%20City/2022?level=basic%2B")
                .json()
                .get("completeness")
                .get("missing")
                .size())
        .isEqualTo(34);

    // the IPCC export adds up to the territorial total
    ApiClient.Reply ipcc = t.viewer.get(CITY_2023 + "/export?layout=ipcc");
    assertThat(ipcc.status()).as(ipcc.text()).isEqualTo(200);
    assertThat(ipcc.contentType()).startsWith("text/csv");
    double sum =
        ipcc.text()
            .lines()
            .filter(l -> l.startsWith("Example City,2023,"))
            .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(',') + 1)))
            .sum();
    assertThat(sum).isEqualTo(18_674_000.0);

    // the GPC export reads back: uploading it replaces 2023 with the same totals
    ApiClient.Reply gpc = t.viewer.get(CITY_2023 + "/export");
    assertThat(gpc.status()).isEqualTo(200);
    ApiClient.Reply again =
        t.dataOwner.upload(INVENTORIES, ApiClient.write(dir, "again.csv", gpc.text()));
    assertThat(again.status()).as(again.text()).isEqualTo(201);
    assertThat(again.json().get("inventories").get(0).get("replaced").asBoolean()).isTrue();
    assertThat(again.json().get("inventories").get(0).get("id").asString())
        .isEqualTo(up.json().get("inventories").get(0).get("id").asString());
    JsonNode replaced = t.viewer.get(CITY_2023).json();
    assertThat(replaced.get("basicPlusGrams").asLong()).isEqualTo(27_552_400L * T);
    assertThat(replaced.get("fileName").asString()).isEqualTo("again.csv");
    assertThat(t.viewer.get(INVENTORIES).json().size()).isEqualTo(2);

    assertThat(auditActions(t))
        .contains("city.inventory.stored", "city.inventory.replaced")
        .filteredOn("city.inventory.stored"::equals)
        .hasSize(2);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();

    // a line changed behind the service's back is found by the integrity check
    String id = replaced.get("id").asString();
    sql(
        "UPDATE city_gpc_line SET co2e_grams = co2e_grams + 1 WHERE inventory_id = ? AND"
            + " reference = 'I.1.1'",
        id);
    try {
      JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.toString()).contains("city_gpc_inventory");
    } finally {
      sql(
          "UPDATE city_gpc_line SET co2e_grams = co2e_grams - 1 WHERE inventory_id = ? AND"
              + " reference = 'I.1.1'",
          id);
    }
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  static Path activityExample() {
    Path p = Path.of("../examples/city-activity-2023.csv");
    return Files.exists(p) ? p : Path.of("examples/city-activity-2023.csv");
  }

  /*
   * The example activity file of docs/city.md calculated in the service, line by line by hand:
   * I.2.2, 2,500,000 MWh = 2.5e9 kWh x 0.5306 kg CO2/kWh (China national grid average 2023, MEE &
   * NBS announcement, grid_factors.csv) = 1,326,500 t. I.1.1, 120,000,000 m3 natural gas x
   * (0.038931 GJ/m3 x 15.3 kg C/GJ x 0.99 x 44/12 = 2.162188809 kg CO2/m3, acceptance check AC4)
   * = 259,462.65708 t. II.1.1, 3e9 vehicle-km x 0.17431 kg CO2e/km (BEIS 2021 petrol car) =
   * 522,930 t. III.1.1, 400,000 t x 467.046 kg CO2e/t (BEIS 2021 landfill) = 186,818.4 t.
   */
  private static final long I_1_1 = 259_462_657_080L;
  private static final long I_2_2 = 2_500_000_000L * 5306 / 10;
  private static final long II_1_1 = 3_000_000_000L * 17431 / 100;
  private static final long III_1_1 = 400_000L * 467_046;

  @Test
  void activityDataIsCalculatedInTheServiceAndKeptWithItsTraces() {
    TenantFixture t = newTenant();
    String activity = INVENTORIES + "/activity";
    ApiClient.Reply up =
        t.dataOwner.uploadParts(activity, List.of(Map.entry("activity", activityExample())));
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    assertThat(up.json().get("calculatedLines").asInt()).isEqualTo(4);
    assertThat(up.json().get("inventories").get(0).get("city").asString())
        .isEqualTo("Example City");

    JsonNode inv = t.viewer.get(CITY_2023).json();
    assertThat(I_2_2).isEqualTo(1_326_500L * T);
    assertThat(line(inv.get("lines"), "I.2.2").get("grams").asLong()).isEqualTo(I_2_2);
    assertThat(line(inv.get("lines"), "I.1.1").get("grams").asLong()).isEqualTo(I_1_1);
    assertThat(inv.get("basicGrams").asLong()).isEqualTo(I_1_1 + I_2_2 + II_1_1 + III_1_1);
    assertThat(inv.get("territorialGrams").asLong()).isEqualTo(I_1_1 + II_1_1 + III_1_1);
    assertThat(inv.get("fileName").asString()).isEqualTo("city-activity-2023.csv");

    JsonNode traces = t.verifier.get(CITY_2023 + "/traces").json();
    assertThat(traces.size()).isEqualTo(4);
    JsonNode elec = null;
    for (JsonNode l : traces) {
      if (l.get("reference").asString().equals("I.2.2")) {
        elec = l;
      }
    }
    assertThat(elec).isNotNull();
    assertThat(elec.get("grams").asLong()).isEqualTo(I_2_2);
    JsonNode step = elec.get("trace").get(0);
    assertThat(elec.get("trace").size()).isEqualTo(1);
    assertThat(step.get("recordId").asString()).isEqualTo("COM-ELEC-2023");
    assertThat(step.get("file").asString()).isEqualTo("city-activity-2023.csv");
    assertThat(step.get("row").asLong()).isEqualTo(3);
    assertThat(step.get("factorId").asString()).isEqualTo("cn_mee_nbs.average.cn.2023");
    assertThat(step.get("source").asString()).contains("MEE & NBS");
    assertThat(step.get("co2eGrams").asLong()).isEqualTo(I_2_2);
    assertThat(step.get("formula").asString())
        .isEqualTo("2500000000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 1326500000000 g CO2e");

    // with a sheet: its lines join the calculated ones, and the inventory is replaced
    Path sheet =
        ApiClient.write(
            dir,
            "sheet.csv",
            "city,year,I.3.1,I.6.1,I.6.1_explanation\nExample City,2023,1000,NE,no survey yet\n");
    ApiClient.Reply joined =
        t.admin.uploadParts(
            activity, List.of(Map.entry("sheet", sheet), Map.entry("activity", activityExample())));
    assertThat(joined.status()).as(joined.text()).isEqualTo(201);
    assertThat(joined.json().get("inventories").get(0).get("replaced").asBoolean()).isTrue();
    assertThat(t.viewer.get(CITY_2023).json().get("basicGrams").asLong())
        .isEqualTo(1_000L * T + I_1_1 + I_2_2 + II_1_1 + III_1_1);

    // a line given in the sheet and by a record is refused whole, with file, row and column
    ApiClient.Reply twice =
        t.admin.uploadParts(
            activity,
            List.of(Map.entry("sheet", example()), Map.entry("activity", activityExample())));
    assertProblem(twice, 422);
    assertThat(twice.json().get("problemCount").asLong()).isEqualTo(4);
    JsonNode p = twice.json().get("problems").get(0);
    assertThat(p.get("file").asString()).isEqualTo("city-activity-2023.csv");
    assertThat(p.get("row").asLong()).isEqualTo(2);
    assertThat(p.get("column").asString()).isEqualTo("gpc_reference");
    assertThat(p.get("message").asString()).contains("I.1.1 is given as a value in");
    assertThat(t.viewer.get(CITY_2023).json().get("basicGrams").asLong())
        .isEqualTo(1_000L * T + I_1_1 + I_2_2 + II_1_1 + III_1_1);

    // a bad record, no activity at all, readers, and another tenant
    Path bad =
        ApiClient.write(
            dir,
            "bad.csv",
            "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n"
                + "A,Example City,,2023,s2.electricity,10,kg,CN,I.2.2\n");
    ApiClient.Reply wrong = t.admin.uploadParts(activity, List.of(Map.entry("activity", bad)));
    assertProblem(wrong, 422);
    assertThat(wrong.json().get("problems").get(0).get("row").asLong()).isEqualTo(2);
    assertThat(wrong.json().get("problems").get(0).get("column").asString()).isEqualTo("unit");
    assertProblem(t.admin.uploadParts(activity, List.of(Map.entry("sheet", sheet))), 422);
    assertProblem(
        t.viewer.uploadParts(activity, List.of(Map.entry("activity", activityExample()))), 403);
    TenantFixture other = newTenant();
    assertProblem(other.viewer.get(CITY_2023 + "/traces"), 404);
    assertThat(auditActions(t)).contains("city.inventory.stored", "city.inventory.replaced");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void aBadSheetIsRefusedWholeWithRowAndColumnAndNothingIsStored() throws IOException {
    TenantFixture t = newTenant();
    uploaded(t.admin, example());
    // a good row that would change 2023, and a bad row: nothing of the sheet may be kept
    String bad =
        "city,year,I.1.1,I.2.1,I.2.1_explanation\n"
            + "Example City,2023,999,NO,no such buildings\n"
            + "Example City,2024,12x,NO,\n";
    ApiClient.Reply r = t.admin.upload(INVENTORIES, ApiClient.write(dir, "bad.csv", bad));
    assertProblem(r, 422);
    assertThat(r.json().get("detail").asString()).contains("nothing was kept");
    List<String> located = new ArrayList<>();
    for (JsonNode p : r.json().get("problems")) {
      assertThat(p.get("file").asString()).isEqualTo("bad.csv");
      located.add(p.get("row").asInt() + " " + p.get("column").asString());
    }
    assertThat(located).containsExactlyInAnyOrder("3 I.1.1", "3 I.2.1_explanation");
    assertThat(t.viewer.get(CITY_2023).json().get("basicGrams").asLong())
        .isEqualTo(26_764_000L * T);
    assertProblem(t.viewer.get(INVENTORIES + "/Example%20City/2024"), 404);
    assertThat(t.viewer.get(INVENTORIES).json().size()).isEqualTo(2);

    // absurd input: a year outside the GPC's, a level it does not have, 1e300 t on a line
    assertProblem(t.viewer.get(INVENTORIES + "/Example%20City/0"), 400);
    assertProblem(t.viewer.get(CITY_2023 + "?level=full"), 400);
    assertProblem(t.viewer.get(CITY_2023 + "/export?layout=pdf"), 400);
    ApiClient.Reply huge =
        t.admin.upload(
            INVENTORIES,
            ApiClient.write(dir, "huge.csv", "city,year,I.1.1\nExample City,2023,1e300\n"));
    assertProblem(huge, 422);
    assertThat(huge.json().get("problems").get(0).get("column").asString()).isEqualTo("I.1.1");
    // a sheet beyond 64 MiB is refused before it is read
    Path big = dir.resolve("big.csv");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(64L * 1024 * 1024 + 1);
    }
    ApiClient.Reply tooBig = t.admin.upload(INVENTORIES, big);
    assertProblem(tooBig, 413);
    assertThat(tooBig.json().get("detail").asString()).contains("big.csv").contains("67108864");
    assertThat(t.viewer.get(CITY_2023).json().get("basicGrams").asLong())
        .isEqualTo(26_764_000L * T);
  }

  /** An XLSX workbook of one sheet: the header, then the rows; numbers as numeric cells. */
  private Path workbook(String name, List<List<Object>> rows) throws IOException {
    Path p = dir.resolve(name);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb =
            new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        java.io.OutputStream out = Files.newOutputStream(p)) {
      org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("GPC");
      for (int r = 0; r < rows.size(); r++) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object v = rows.get(r).get(c);
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      wb.write(out);
    }
    return p;
  }

  @Test
  void anXlsxSheetIsReadLikeACsvOneAndALongExplanationIsRefused() throws IOException {
    TenantFixture t = newTenant();
    List<Object> header = List.of("city", "year", "I.1.1", "I.2.1", "I.2.1_explanation", "II.1.1");
    Path good =
        workbook(
            "harbour.xlsx",
            List.of(header, List.of("Harbour", 2024, 100.5, "NO", "no commercial buildings", 20)));
    ApiClient.Reply up = t.admin.upload(INVENTORIES, good);
    assertThat(up.status()).as(up.text()).isEqualTo(201);
    JsonNode inv = t.viewer.get(INVENTORIES + "/Harbour/2024").json();
    // BASIC = I.1.1 100.5 t + II.1.1 20 t = 120.5 t
    assertThat(inv.get("basicGrams").asLong()).isEqualTo(120_500_000L);
    assertThat(line(inv.get("lines"), "I.2.1").get("explanation").asString())
        .isEqualTo("no commercial buildings");

    Path bad =
        workbook(
            "bad.xlsx", List.of(header, List.of("Harbour", 2024, "lots", "IE", "in I.1.1", 20)));
    ApiClient.Reply r = t.admin.upload(INVENTORIES, bad);
    assertProblem(r, 422);
    JsonNode p = r.json().get("problems").get(0);
    assertThat(p.get("file").asString()).isEqualTo("bad.xlsx");
    assertThat(p.get("row").asInt()).isEqualTo(2);
    assertThat(p.get("column").asString()).isEqualTo("I.1.1");
    assertThat(t.viewer.get(INVENTORIES + "/Harbour/2024").json().get("basicGrams").asLong())
        .isEqualTo(120_500_000L);

    String long4001 = "x".repeat(4001);
    ApiClient.Reply tooLong =
        t.admin.upload(
            INVENTORIES,
            ApiClient.write(
                dir,
                "long.csv",
                "city,year,I.2.1,I.2.1_explanation\nHarbour,2024,NE," + long4001 + "\n"));
    assertProblem(tooLong, 422);
    assertThat(tooLong.json().get("problems").get(0).get("column").asString())
        .isEqualTo("I.2.1_explanation");
    assertThat(
            line(t.viewer.get(INVENTORIES + "/Harbour/2024").json().get("lines"), "I.2.1")
                .get("notationKey")
                .asString())
        .isEqualTo("NO");

    ApiClient.Reply garbage =
        t.admin.upload(INVENTORIES, ApiClient.write(dir, "broken.xlsx", "not a workbook"));
    assertProblem(garbage, 422);
    assertThat(garbage.json().get("problems").get(0).get("file").asString())
        .isEqualTo("broken.xlsx");
  }

  @Test
  void aViewerCannotUploadAndAnotherTenantSeesNothing() {
    TenantFixture t = newTenant();
    assertProblem(t.viewer.upload(INVENTORIES, example()), 403);
    assertProblem(t.verifier.upload(INVENTORIES, example()), 403);
    assertThat(t.viewer.get(INVENTORIES).json().size()).isZero();
    uploaded(t.dataOwner, example());
    TenantFixture other = newTenant();
    assertThat(other.viewer.get(INVENTORIES).json().size()).isZero();
    assertProblem(other.viewer.get(CITY_2023), 404);
    assertProblem(other.admin.get(CITY_2023 + "/export"), 404);
    assertProblem(
        other.admin.post("/api/v1/city/emissions/from-inventory?year=2023", Map.of()), 404);
    // the other tenant's own sheet of the same city and year is its own
    uploaded(
        other.admin, ApiClient.write(dir, "own.csv", "city,year,I.1.1\nExample City,2023,5\n"));
    assertThat(other.viewer.get(CITY_2023).json().get("basicGrams").asLong()).isEqualTo(5 * T);
    assertThat(t.viewer.get(CITY_2023).json().get("basicGrams").asLong())
        .isEqualTo(26_764_000L * T);
  }

  /*
   * The map takes the territorial (scope 1) lines by map sector (docs/city.md, GpcMapSectors), the
   * rule of the demo city too. By hand from examples/city-gpc-2023.csv: residential I.1.1
   * 1,850,000; commercial I.2.1 1,320,000; industry I.3.1 4,200,000 + I.8.1 12,000 = 4,212,000;
   * power I.4.1 260,000 + I.4.4 3,900,000 = 4,160,000; afolu I.5.1 88,000 + V.1 54,000 + V.2
   * -120,000 + V.3 31,000 = 53,000; ground transport II.1.1 5,200,000 + II.5.1 410,000 =
   * 5,610,000; aviation II.4.1 180,000; waste III.1.1 620,000 + III.1.3 96,000 + III.2.1 48,000 +
   * III.3.1 210,000 + III.3.3 54,000 + III.4.1 175,000 = 1,203,000; ippu IV.2 86,000. Sum
   * 18,674,000 t, the territorial total.
   */
  @Test
  void theMapTakesItsSectorTotalsFromTheInventoryAndTheDistrictsAddUpToIt() {
    TenantFixture t = newTenant();
    ApiClient.Reply d =
        t.admin.upload(
            "/api/v1/city/districts", ApiClient.write(dir, "d.geojson", CityChecks.TWO_DISTRICTS));
    assertThat(d.status()).as(d.text()).isEqualTo(201);
    uploaded(t.admin, example());
    Map<String, Object> placing = new HashMap<>();
    placing.put("weighting", Map.of("ground_transport", "population"));
    placing.put(
        "located",
        List.of(
            Map.of(
                "name",
                "Plant A",
                "lon",
                114.01,
                "lat",
                22.51,
                "sector",
                "power",
                "grams",
                1_000_000L * T)));
    assertProblem(
        t.dataOwner.post("/api/v1/city/emissions/from-inventory?year=2023", placing), 403);
    assertProblem(t.admin.post("/api/v1/city/emissions/from-inventory?year=2021", placing), 404);
    assertProblem(t.admin.post("/api/v1/city/emissions/from-inventory?year=0", placing), 400);
    ApiClient.Reply r = t.admin.post("/api/v1/city/emissions/from-inventory?year=2023", placing);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    long city = 18_674_000L * T;
    assertThat(r.json().get("cityGrams").asLong()).isEqualTo(city);
    assertThat(r.json().get("sectorGrams").get("power").asLong()).isEqualTo(4_160_000L * T);
    assertThat(r.json().get("sectorGrams").get("ground_transport").asLong())
        .isEqualTo(5_610_000L * T);
    assertThat(r.json().get("sectorGrams").get("waste").asLong()).isEqualTo(1_203_000L * T);
    assertThat(r.json().get("sectorGrams").get("afolu").asLong()).isEqualTo(53_000L * T);
    assertThat(r.json().get("sectorGrams").size()).isEqualTo(9);

    JsonNode fc = t.viewer.get("/api/v1/city/districts").json();
    assertThat(fc.get("cityGrams").asLong()).isEqualTo(city);
    long sum = 0;
    long transport = 0;
    for (JsonNode f : fc.get("features")) {
      sum += f.get("properties").get("grams").asLong();
      transport += f.get("properties").get("sectors").get("ground_transport").asLong();
    }
    assertThat(sum).isEqualTo(city);
    assertThat(transport).isEqualTo(5_610_000L * T);
    // ground transport by population, West 300,000 : East 100,000 -> 3/4 of 5,610,000 t
    assertThat(
            fc.get("features")
                .get(0)
                .get("properties")
                .get("sectors")
                .get("ground_transport")
                .asLong())
        .isEqualTo(4_207_500L * T);
  }

  @Test
  void theConsolePageShowsTheInventoryInBothLanguages() {
    TenantFixture t = newTenant();
    uploaded(t.admin, example());
    String suffix = t.name.substring("tenant-".length());
    for (String lang : List.of("en", "zh-CN")) {
      boolean en = lang.equals("en");
      try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, lang)) {
        b.logIn(t.login("viewer-" + suffix), TenantFixture.PASSWORD);
        b.open("/overview");
        b.waitFor("a[href='/city/inventory']");
        b.follow("a[href='/city/inventory']");
        b.waitFor("#inventories");
        assertThat(b.h1()).isEqualTo(en ? "City GHG inventory (GPC)" : "城市温室气体清单（GPC）");
        // the newest year is shown first
        assertThat(b.find("#inventory-h").getText()).isEqualTo("Example City 2023");
        assertThat(b.find("#total-basic").getText()).isEqualTo("26,764,000");
        assertThat(b.find("#total-basic-plus").getText()).isEqualTo("27,552,400");
        assertThat(b.find("#total-territorial").getText()).isEqualTo("18,674,000");
        assertThat(b.find("#sector-table").getText())
            .contains(en ? "Stationary energy" : "固定能源")
            .contains(en ? "Waste" : "废弃物处理")
            .contains("35,000");
        assertThat(b.find("#line-I\\.7\\.1").getText())
            .contains(en ? "NO (not occurring)" : "NO（未发生）")
            .contains("no coal mining or handling in the city");
        assertThat(b.find("#line-II\\.1\\.1").getText())
            .contains(en ? "On-road transportation" : "道路交通")
            .contains("5,200,000");
        assertThat(b.has("#complete")).isTrue();
        assertThat(b.find("#not-estimated").getText()).contains("I.6.1");
        assertThat(b.has("#gpc-file")).isFalse();
        b.chartsDrawn();
        b.screenshot("city-inventory-" + lang + "-1366");

        b.open(
            "/city/inventory?city="
                + URLEncoder.encode("Example City", StandardCharsets.UTF_8)
                + "&year=2022&level=basic%2B");
        assertThat(b.find("#inventory-h").getText()).isEqualTo("Example City 2022");
        assertThat(b.find("#missing-count").getText()).contains("34");
        assertThat(b.find("#missing").getText())
            .contains("III.4.2")
            .contains(en ? "Wastewater treatment and discharge" : "废水处理和排放");
        if (!en) {
          String text =
              (String)
                  ((org.openqa.selenium.JavascriptExecutor) b.driver)
                      .executeScript(
                          "const m = document.querySelector('main').cloneNode(true);"
                              + " m.querySelectorAll('code, [translate=no]')"
                              + ".forEach(e => e.remove()); return m.textContent;");
          for (String label : englishLabels()) {
            assertThat(
                    java.util.regex.Pattern.compile(
                            "(?<![\\w.-])" + java.util.regex.Pattern.quote(label) + "(?![\\w-])")
                        .matcher(text)
                        .find())
                .as("English label \"%s\" on the Chinese inventory page", label)
                .isFalse();
          }
        }
      }
    }
    // an admin uploads through the page; a bad sheet shows its located problems
    try (ConsoleBrowser b = new ConsoleBrowser(port, 1366, "en")) {
      b.logIn(t.login(t.adminName), TenantFixture.PASSWORD);
      b.open("/city/inventory");
      Path bad = ApiClient.write(dir, "bad.csv", "city,year,I.1.1\nExample City,2023,12x\n");
      b.find("#gpc-file").sendKeys(bad.toAbsolutePath().toString());
      b.follow("#gpc-submit");
      b.waitFor("#upload-problems");
      assertThat(b.find("#problem-list").getText()).contains("I.1.1").contains("12x");
      assertThat(b.find("#total-basic").getText()).isEqualTo("26,764,000");

      // activity data calculated through the page replaces 2023; each line shows its trace.
      // BASIC by hand (activityDataIsCalculatedInTheServiceAndKeptWithItsTraces): 259,462.65708
      // + 1,326,500 + 522,930 + 186,818.4 = 2,295,711.05708 t
      b.find("#gpc-activity").sendKeys(activityExample().toAbsolutePath().normalize().toString());
      b.find("#gpc-activity-submit").click();
      b.waitFor("#upload-kept");
      assertThat(b.find("#inventory-h").getText()).isEqualTo("Example City 2023");
      assertThat(b.find("#total-basic").getText()).isEqualTo("2,295,711");
      assertThat(b.find("#traces").getText())
          .contains("COM-ELEC-2023")
          .contains("city-activity-2023.csv:3")
          .contains("cn_mee_nbs.average.cn.2023")
          .contains("1,326,500");
    }
  }

  /** Every label of the inventory page that the Chinese bundle words differently. */
  private static List<String> englishLabels() {
    java.util.Properties en = bundle("i18n/console.properties");
    java.util.Properties zh = bundle("i18n/console_zh_CN.properties");
    List<String> labels = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (!key.startsWith("gpc.")) {
        continue;
      }
      assertThat(zh.getProperty(key)).as("Chinese wording of " + key).isNotBlank();
      String label = en.getProperty(key).replaceAll("\\{\\d+}", "").strip();
      if (label.chars().filter(Character::isLetter).count() >= 4
          && !label.equals(zh.getProperty(key))) {
        labels.add(label);
      }
    }
    assertThat(labels).contains("Stationary energy", "Wastewater treatment and discharge");
    return labels;
  }

  private static java.util.Properties bundle(String name) {
    java.util.Properties p = new java.util.Properties();
    try (var in = GpcInventoryChecks.class.getClassLoader().getResourceAsStream(name);
        var r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private static JsonNode line(JsonNode lines, String reference) {
    for (JsonNode l : lines) {
      if (l.get("reference").asString().equals(reference)) {
        return l;
      }
    }
    throw new AssertionError("no line " + reference);
  }
}
