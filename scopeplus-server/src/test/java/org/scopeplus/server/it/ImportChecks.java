package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Imports: all or nothing with every problem located, the same bytes stored once, XLSX as well as
 * CSV, and imports racing into one period staying consistent.
 */
abstract class ImportChecks extends ServiceChecks {

  @Test
  void aFileWithProblemsIsRefusedWholeWithEveryProblemLocated() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    long auditBefore = auditEntries(t);
    String bad =
        ActivityFiles.HEADER
            + "B1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-01,s2.electricity,100,MWh,CN-ZJ,,,,\n"
            + "B2,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-01,s2.teleportation,100,MWh,CN-ZJ,,,,\n"
            + "B3,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-13,s2.electricity,100,MWh,CN-ZJ,,,,\n"
            + "B4,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-01,s2.electricity,100,kg,CN-ZJ,,,,\n"
            + "B1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-02,s2.electricity,100,MWh,CN-ZJ,,,,\n"
            + "B6,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2023-12,s2.electricity,100,MWh,CN-ZJ,,,,\n";
    ApiClient.Reply r =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports", ApiClient.write(dir, "bad.csv", bad));
    assertProblem(r, 422);
    assertThat(r.json().get("detail").asString())
        .contains("bad.csv")
        .contains("nothing was stored");
    List<String> located = new ArrayList<>();
    for (JsonNode p : r.json().get("problems")) {
      assertThat(p.get("file").asString()).isEqualTo("bad.csv");
      assertThat(p.get("message").asString()).isNotBlank();
      located.add(p.get("row").asLong() + ":" + p.get("column").asString());
    }
    assertThat(located)
        .contains("3:activity_type", "4:period", "6:record_id", "7:period")
        .anyMatch(s -> s.startsWith("5:"));
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
    assertThat(auditEntries(t)).isEqualTo(auditBefore);

    ApiClient.Reply header =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "header.csv", "record_id,org_unt\nX,Y\n"));
    assertProblem(header, 422);
    assertThat(header.text()).contains("org_unt").contains("required column");
  }

  @Test
  void theSameFileUploadedAgainIsRecognisedAndStoredOnce() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    Path file = ApiClient.write(dir, "same.csv", ActivityFiles.small("S"));
    String first = imported(t.admin, period, file);
    ApiClient.Reply again = t.admin.upload("/api/v1/periods/" + period + "/imports", file);
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.str("id")).isEqualTo(first);
    assertThat(again.json().get("duplicate").asBoolean()).isTrue();
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isEqualTo(1);
    JsonNode records = t.verifier.get("/api/v1/imports/" + first + "/records").json();
    assertThat(records.get("total").asLong()).isEqualTo(3);
    assertThat(records.get("items").get(0).get("record_id").asString()).isEqualTo("S-E1");
    assertThat(records.get("items").get(0).get("evidence").asString()).isEqualTo("meter M1");
  }

  @Test
  void anXlsxWorkbookImportsLikeCsv() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    Path xlsx = dir.resolve("activity.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(xlsx)) {
      XSSFSheet sheet = wb.createSheet("activity");
      String[] lines = ActivityFiles.small("X").split("\n");
      for (int i = 0; i < lines.length; i++) {
        String[] cells = lines[i].split(",", -1);
        var row = sheet.createRow(i);
        for (int k = 0; k < cells.length; k++) {
          if (i > 0 && k == 5) {
            row.createCell(k).setCellValue(Double.parseDouble(cells[k]));
          } else {
            row.createCell(k).setCellValue(cells[k]);
          }
        }
      }
      wb.write(out);
    }
    String id = imported(t.admin, period, xlsx);
    JsonNode stored = t.admin.get("/api/v1/imports/" + id).json();
    assertThat(stored.get("records").asLong()).isEqualTo(3);
    assertThat(stored.get("fileName").asString()).isEqualTo("activity.xlsx");
    ApiClient.Reply run = ran(t.admin, period, Map.of());
    assertThat(run.json().get("records").asLong()).isEqualTo(3);
  }

  @Test
  void importsRacingIntoOnePeriodStayConsistent() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    Path a = ActivityFiles.large(dir, "a.csv", "A-", 20_000);
    Path b = ActivityFiles.large(dir, "b.csv", "B-", 20_000);
    Path overlapping = ActivityFiles.large(dir, "c.csv", "A-", 5_000);
    String imports = "/api/v1/periods/" + period + "/imports";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<ApiClient.Reply>> uploads =
          List.of(
              () -> t.admin.upload(imports, a),
              () -> t.dataOwner.upload(imports, b),
              () -> t.admin.upload(imports, a),
              () -> t.admin.upload(imports, overlapping));
      List<Integer> statuses = new ArrayList<>();
      for (Future<ApiClient.Reply> f : pool.invokeAll(uploads)) {
        statuses.add(f.get().status());
      }
      JsonNode list = t.admin.get("/api/v1/imports?periodId=" + period).json();
      long stored = list.get("total").asLong();
      long records = 0;
      for (JsonNode i : list.get("items")) {
        records += i.get("records").asLong();
      }
      // b always goes in. a and c share 5,000 record ids: whichever the period lock lets in
      // first is stored, the other is refused (a's second upload is a duplicate or refused too).
      assertThat(statuses.get(1)).isEqualTo(201);
      assertThat(stored).isEqualTo(2);
      assertThat(statuses).filteredOn(s -> s == 201).hasSize(2);
      assertThat(statuses).contains(422).allMatch(s -> s == 201 || s == 200 || s == 422);
      assertThat(records).isIn(40_000L, 25_000L);
      ApiClient.Reply run = ran(t.admin, period, Map.of());
      assertThat(run.json().get("records").asLong()).isEqualTo(records);
    } finally {
      pool.shutdownNow();
    }
  }

  long auditEntries(TenantFixture t) {
    return t.admin.get("/api/v1/audit/verification").json().get("entries").asLong();
  }
}
