package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Input that is refused (docs/security.md): a NUL or other control character in any string of a
 * request or a file, an org path too long or with '.', '..' or empty levels, CSV that breaks the
 * format, and a path change that the service does not make. Each is a 4xx problem naming the field
 * or the row and column, never a 500 (PostgreSQL refuses a NUL in text), and nothing is stored.
 */
abstract class InputChecks extends ServiceChecks {

  private static final String NUL = "\u0000";

  /** Asserts a 400 problem that names the field. */
  private static void assertRefusedField(ApiClient.Reply r, String field, String says) {
    assertProblem(r, 400);
    assertThat(r.json().get("field").asString()).as(r.text()).isEqualTo(field);
    assertThat(r.json().get("detail").asString()).as(r.text()).contains(says);
  }

  @Test
  void aNulInAnyJsonStringIsA400NamingTheField() {
    TenantFixture t = newTenant();
    assertRefusedField(
        t.admin.post("/api/v1/org-units", Map.of("path", "Group/Cl" + NUL + "oud")),
        "path",
        "NUL character (U+0000)");
    assertRefusedField(
        t.admin.post(
            "/api/v1/facilities",
            Map.of("name", "DC" + NUL, "orgUnit", "Group/Cloud", "region", "CN-ZJ")),
        "name",
        "NUL");
    assertRefusedField(
        t.admin.post(
            "/api/v1/periods",
            Map.of("name", "FY" + NUL, "start", "2024-01-01", "end", "2024-12-31")),
        "name",
        "NUL");
    assertRefusedField(t.admin.post("/api/v1/tokens", Map.of("name", "ci" + NUL)), "name", "NUL");
    assertRefusedField(
        t.admin.post(
            "/api/v1/users",
            Map.of(
                "username",
                "new-user",
                "password",
                TenantFixture.PASSWORD,
                "role",
                "data-owner",
                "orgUnits",
                List.of("Group/Cloud", "Group/\u0001Retail"))),
        "orgUnits[1]",
        "a control character (U+0001)");
    assertThat(t.admin.get("/api/v1/org-units").json().get("total").asLong()).isZero();
    assertThat(t.admin.get("/api/v1/periods").json().get("total").asLong()).isZero();
  }

  @Test
  void aNulInAPathVariableOrQueryParameterIsRefusedNotA500() {
    TenantFixture t = newTenant();
    ApiClient.Reply variable = t.admin.get("/api/v1/org-units/a%00b");
    assertThat(variable.status()).as(variable.text()).isBetween(400, 499);
    ApiClient.Reply query = t.admin.get("/api/v1/imports?periodId=a%00b");
    assertRefusedField(query, "periodId", "NUL");
  }

  @Test
  void aPathLongerThanTheCsvAllowsIsRefusedInJsonAsInCsv() {
    TenantFixture t = newTenant();
    String longPath = "Group/" + "x".repeat(58_889);
    assertThat(longPath).hasSize(58_895);
    assertRefusedField(
        t.admin.post("/api/v1/org-units", Map.of("path", longPath)),
        "path",
        "has 58895 characters; it may have at most 500");
    assertRefusedField(
        t.admin.post(
            "/api/v1/facilities",
            Map.of("name", "n".repeat(201), "orgUnit", "Group", "region", "CN")),
        "name",
        "at most 200");
    String period = period2024(t.admin);
    ApiClient.Reply csv =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(
                dir,
                "long.csv",
                ActivityFiles.HEADER
                    + "L1,"
                    + longPath.substring(0, 600)
                    + ",DC,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n"));
    assertProblem(csv, 422);
    JsonNode p = csv.json().get("problems").get(0);
    assertThat(p.get("row").asLong()).as(csv.text()).isEqualTo(2);
    assertThat(p.get("column").asString()).as(csv.text()).isEqualTo("org_unit");
    assertThat(p.get("message").asString()).contains("at most 500");
  }

  @Test
  void dotDotDotAndEmptyLevelsAreRefusedInJsonAndCsv() {
    TenantFixture t = newTenant();
    for (String path : List.of("Group/../Other", "Group/./Cloud", "Group//Cloud", "/Group")) {
      ApiClient.Reply r = t.admin.post("/api/v1/org-units", Map.of("path", path));
      assertRefusedField(r, "path", "org-unit path '" + path + "'");
    }
    assertThat(t.admin.get("/api/v1/org-units").json().get("total").asLong()).isZero();
    String period = period2024(t.admin);
    ApiClient.Reply csv =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(
                dir,
                "dots.csv",
                ActivityFiles.HEADER
                    + "D1,Group/Cloud,DC,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n"
                    + "D2,Group/../Cloud,DC,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n"));
    assertProblem(csv, 422);
    JsonNode p = csv.json().get("problems").get(0);
    assertThat(p.get("row").asLong() + ":" + p.get("column").asString()).isEqualTo("3:org_unit");
    assertThat(p.get("message").asString()).contains("has the level '..'");
  }

  @Test
  void aPutThatWouldChangeAPathIsRefusedAndOneThatKeepsItChangesTheShare() {
    TenantFixture t = newTenant();
    ApiClient.Reply added =
        t.admin.post("/api/v1/org-units", Map.of("path", "Group/Cloud", "equityShare", 0.5));
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    String id = added.str("id");
    ApiClient.Reply moved =
        t.admin.put("/api/v1/org-units/" + id, Map.of("path", "Group/Compute", "equityShare", 0.6));
    assertProblem(moved, 422);
    assertThat(moved.json().get("detail").asString()).contains("cannot be changed");
    JsonNode unchanged = t.admin.get("/api/v1/org-units/" + id).json();
    assertThat(unchanged.get("path").asString()).isEqualTo("Group/Cloud");
    assertThat(unchanged.get("equityShare").asDouble()).isEqualTo(0.5);
    ApiClient.Reply same =
        t.admin.put(
            "/api/v1/org-units/" + id, Map.of("path", " Group / Cloud ", "equityShare", 0.6));
    assertThat(same.status()).as(same.text()).isEqualTo(200);
    assertThat(t.admin.get("/api/v1/org-units/" + id).json().get("equityShare").asDouble())
        .isEqualTo(0.6);
  }

  @Test
  void csvThatBreaksTheFormatIsRefusedWithItsRowAndColumnAndNothingStored() throws IOException {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    String good = "G1,Group/Cloud,DC,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n";
    Map<String, byte[]> files = new HashMap<>();
    files.put(
        "nul.csv",
        (ActivityFiles.HEADER
                + good
                + "G2,Group/Cloud,DC"
                + NUL
                + ",2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n")
            .getBytes(StandardCharsets.UTF_8));
    files.put(
        "quote.csv",
        (ActivityFiles.HEADER
                + good
                + "G2,\"Group/Cloud,DC,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n"
                + good.replace("G1", "G3"))
            .getBytes(StandardCharsets.UTF_8));
    byte[] utf8 =
        (ActivityFiles.HEADER
                + good
                + "G2,Group/Cloud,DC-X,2024-01,s2.electricity,1,MWh,CN-ZJ,,,,\n")
            .getBytes(StandardCharsets.UTF_8);
    int x = new String(utf8, StandardCharsets.UTF_8).indexOf("DC-X");
    utf8[x + 3] = (byte) 0xE9; // Latin-1 'é', not UTF-8
    files.put("latin1.csv", utf8);
    files.put(
        "wide.csv",
        (ActivityFiles.HEADER + good + "G2" + ",x".repeat(1_000_000) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    Map<String, String> expected =
        Map.of(
            "nul.csv", "3:facility:NUL character",
            "quote.csv", "3::never closed",
            "latin1.csv", "3:facility:not valid UTF-8",
            "wide.csv", "3::more than 1000 cells");
    List<String> seen = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path file = Files.write(dir.resolve(f.getKey()), f.getValue());
      ApiClient.Reply r = t.admin.upload("/api/v1/periods/" + period + "/imports", file);
      assertProblem(r, 422);
      JsonNode p = r.json().get("problems").get(0);
      String[] want = expected.get(f.getKey()).split(":", 3);
      assertThat(p.get("row").asLong()).as(r.text()).isEqualTo(Long.parseLong(want[0]));
      assertThat(p.get("column").asString()).as(r.text()).isEqualTo(want[1]);
      assertThat(p.get("message").asString()).as(r.text()).contains(want[2]);
      seen.add(f.getKey());
    }
    assertThat(seen).hasSize(4);
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();
  }

  @Test
  void aNulInAnEventIsRefusedWithItsRowAndField() {
    TenantFixture t = newTenant();
    Map<String, Object> event =
        Map.of(
            "event_id",
            "n1",
            "programme",
            "maps",
            "actor",
            "u" + NUL,
            "action",
            "green_trip.cycle",
            "quantities",
            List.of(Map.of("value", 10, "unit", "km")),
            "time",
            "2024-05-01T08:00:00Z");
    ApiClient.Reply r = t.admin.post("/api/v1/ecosystem/events", List.of(event));
    assertProblem(r, 400);
    JsonNode p = r.json().get("problems").get(0);
    assertThat(p.get("row").asLong()).isEqualTo(1);
    assertThat(p.get("column").asString()).isEqualTo("actor");
    assertThat(p.get("message").asString()).contains("NUL");
  }
}
