package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Dates outside the accepted range (1900-01-01 to 2200-12-31) are refused where they enter, naming
 * the field, and the edge dates inside it are stored and read back exactly: before the range, H2
 * stored {@code -999999999-01-01} as another date, PostgreSQL answered 500, {@code 0000-01-01} came
 * back as {@code 0001-01-01} and {@code 1582-10-05} as {@code 1582-10-15}, and the audit check then
 * reported the period as tampered.
 */
abstract class DateChecks extends ServiceChecks {

  @Test
  void periodDatesOutsideTheRangeAreRefusedNamingTheField() {
    TenantFixture t = newTenant();
    String[][] refused = {
      {"-999999999-01-01", "2024-12-31", "start"},
      {"0000-01-01", "2024-12-31", "start"},
      {"1582-10-05", "2024-12-31", "start"},
      {"1899-12-31", "2024-12-31", "start"},
      {"2024-01-01", "2201-01-01", "end"},
      {"2024-01-01", "+999999999-12-31", "end"},
    };
    for (String[] r : refused) {
      ApiClient.Reply reply =
          t.admin.post("/api/v1/periods", Map.of("name", "P", "start", r[0], "end", r[1]));
      assertProblem(reply, 400);
      assertThat(reply.json().get("detail").asString())
          .as(r[0] + " " + r[1])
          .contains(r[2] + " ")
          .contains("is outside the accepted dates 1900-01-01 to 2200-12-31");
    }
    assertThat(t.admin.get("/api/v1/periods").json().get("total").asLong()).isZero();
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void theEdgeDatesOfTheRangeRoundTripExactlyAndTheAuditStaysIntact() {
    TenantFixture t = newTenant();
    String[][] kept = {
      {"1900-01-01", "1900-01-01"},
      {"1900-01-01", "2200-12-31"},
      {"2200-12-31", "2200-12-31"},
      {"1900-02-28", "2000-02-29"},
    };
    for (String[] k : kept) {
      ApiClient.Reply added =
          t.admin.post(
              "/api/v1/periods", Map.of("name", k[0] + "/" + k[1], "start", k[0], "end", k[1]));
      assertThat(added.status()).as(added.text()).isEqualTo(201);
      JsonNode read = t.admin.get("/api/v1/periods/" + added.str("id")).json();
      assertThat(read.get("start").asString()).isEqualTo(k[0]);
      assertThat(read.get("end").asString()).isEqualTo(k[1]);
    }
    JsonNode v = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
  }

  @Test
  void activityPeriodsAndFactorValidityOutsideTheRangeAreRefusedWithRowAndColumn() {
    TenantFixture t = newTenant();
    String period =
        t.admin
            .post(
                "/api/v1/periods",
                Map.of("name", "All", "start", "1900-01-01", "end", "2200-12-31"))
            .str("id");
    String header = ActivityFiles.small("X").lines().findFirst().orElseThrow();
    String row = ActivityFiles.small("X").lines().skip(1).findFirst().orElseThrow();
    String file =
        header
            + "\n"
            + row.replace("X-E1", "A1").replace(",2024-01,", ",1582-10,")
            + "\n"
            + row.replace("X-E1", "A2").replace(",2024-01,", ",1900-01,")
            + "\n"
            + row.replace("X-E1", "A3").replace(",2024-01,", ",2200-12,")
            + "\n"
            + row.replace("X-E1", "A4").replace(",2024-01,", ",2201-Q1,")
            + "\n";
    ApiClient.Reply refused =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports", ApiClient.write(dir, "edge.csv", file));
    assertProblem(refused, 422);
    assertThat(refused.text())
        .contains("period '1582-10' reaches outside the accepted dates 1900-01-01 to 2200-12-31")
        .contains("period '2201-Q1' reaches outside")
        .doesNotContain("'1900-01'")
        .doesNotContain("'2200-12'");
    java.util.List<String> located = new java.util.ArrayList<>();
    for (JsonNode p : refused.json().get("problems")) {
      located.add(p.get("row").asLong() + ":" + p.get("column").asString());
    }
    assertThat(located).contains("2:period", "5:period").doesNotContain("3:period", "4:period");

    ApiClient.Reply library =
        t.admin.upload(
            "/api/v1/factor-libraries",
            ApiClient.write(dir, "old.csv", OwnLibrary.CSV.replace(",2024,2024,", ",1582,2024,")),
            Map.of("name", "old-grid", "version", "1"));
    assertProblem(library, 422);
    assertThat(library.text())
        .contains("valid_from 1582 is outside the accepted dates 1900-01-01 to 2200-12-31");
  }
}
