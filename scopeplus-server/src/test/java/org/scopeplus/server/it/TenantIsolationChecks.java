package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Tenants and roles: a second tenant's admin meets 404 on every endpoint that names the first
 * tenant's data and sees none of it in lists; a data owner writing outside their org units gets
 * 403; read-only roles cannot write; tokens can be revoked; failed logins are throttled.
 */
abstract class TenantIsolationChecks extends ServiceChecks {

  @Test
  void anotherTenantFindsNothingOfOurs() {
    TenantFixture a = newTenant();
    TenantFixture b = newTenant();
    String period = period2024(a.admin);
    String unit =
        a.admin
            .post("/api/v1/org-units", Map.of("path", "Group/Cloud", "equityShare", 1.0))
            .str("id");
    String facility =
        a.admin
            .post(
                "/api/v1/facilities",
                Map.of("name", "DC-Hangzhou", "orgUnit", "Group/Cloud", "region", "CN-ZJ"))
            .str("id");
    String imp = imported(a.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("A")));
    String run = ran(a.admin, period, Map.of()).str("id");
    String run2 = ran(a.admin, period, Map.of()).str("id");
    String library = OwnLibrary.upload(a.admin, dir).str("id");
    String token = a.admin.post("/api/v1/tokens", Map.of("name", "etl")).str("id");
    String user =
        a.admin
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    "someone-" + a.name,
                    "password",
                    TenantFixture.PASSWORD,
                    "role",
                    "viewer"))
            .str("id");
    assertThat(a.admin.put("/api/v1/base-year", Map.of("runId", run)).status()).isEqualTo(200);

    List<String> gets =
        List.of(
            "/api/v1/periods/" + period,
            "/api/v1/org-units/" + unit,
            "/api/v1/facilities/" + facility,
            "/api/v1/imports/" + imp,
            "/api/v1/imports/" + imp + "/records",
            "/api/v1/runs/" + run,
            "/api/v1/runs/" + run + "/results/total",
            "/api/v1/runs/" + run + "/lines",
            "/api/v1/runs/" + run + "/comparison/" + run2,
            "/api/v1/factor-libraries/" + library,
            "/api/v1/users/" + user,
            "/api/v1/base-year");
    for (String path : gets) {
      assertProblem(b.admin.get(path), 404);
      assertThat(a.admin.get(path).status()).as(path).isEqualTo(200);
    }
    assertProblem(b.admin.delete("/api/v1/tokens/" + token), 404);
    assertProblem(b.admin.delete("/api/v1/users/" + user), 404);
    assertProblem(b.admin.put("/api/v1/org-units/" + unit, Map.of("equityShare", 0.5)), 404);
    assertProblem(
        b.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "b.csv", ActivityFiles.small("B"))),
        404);
    assertProblem(b.admin.post("/api/v1/periods/" + period + "/runs", Map.of()), 404);
    assertProblem(
        b.admin.post(
            "/api/v1/periods/" + period2024(b.admin) + "/runs",
            Map.of("factorLibraryIds", List.of(library))),
        404);
    assertProblem(b.admin.put("/api/v1/base-year", Map.of("runId", run)), 404);
    assertProblem(
        b.admin.post(
            "/api/v1/base-year/assessments", Map.of("runId", run, "trigger", "discovered-error")),
        404);

    for (String list :
        List.of(
            "/api/v1/org-units",
            "/api/v1/facilities",
            "/api/v1/imports",
            "/api/v1/runs",
            "/api/v1/factor-libraries",
            "/api/v1/audit")) {
      String body = b.admin.get(list).text();
      for (String id : List.of(unit, facility, imp, run, library, a.tenantId)) {
        assertThat(body).as(list).doesNotContain(id);
      }
    }
    assertThat(b.admin.get("/api/v1/audit/verification").json().get("entries").asLong())
        .isLessThan(a.admin.get("/api/v1/audit/verification").json().get("entries").asLong());
  }

  @Test
  void aDataOwnerWritesOnlyWithinTheirOrgUnits() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    ApiClient.Reply outside =
        t.dataOwner.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "mixed.csv", ActivityFiles.small("M")));
    assertProblem(outside, 403);
    assertThat(outside.json().get("problems").get(0).get("row").asLong()).isEqualTo(4);
    assertThat(outside.json().get("problems").get(0).get("column").asString())
        .isEqualTo("org_unit");
    assertThat(outside.json().get("problems").get(0).get("message").asString())
        .contains("Group/Retail/Store-07");
    assertThat(t.admin.get("/api/v1/imports?periodId=" + period).json().get("total").asLong())
        .isZero();

    String inside =
        ActivityFiles.HEADER
            + "C1,Group/Cloud/DC-Hangzhou,DC-Hangzhou,2024-03,s2.electricity,100,MWh,CN-ZJ,,,,\n";
    imported(t.dataOwner, period, ApiClient.write(dir, "cloud.csv", inside));
    String adminsImport =
        imported(t.admin, period, ApiClient.write(dir, "all.csv", ActivityFiles.small("ALL")));
    ApiClient.Reply replacing =
        t.dataOwner.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "cloud-only.csv", inside.replace("C1,", "C2,")),
            Map.of("replaces", adminsImport));
    assertProblem(replacing, 403);
    assertThat(replacing.text()).contains("Group/Retail/Store-07");
    assertThat(t.admin.get("/api/v1/imports/" + adminsImport).str("status")).isEqualTo("active");

    assertProblem(
        t.dataOwner.post("/api/v1/org-units", Map.of("path", "Group/Retail/Store-08")), 403);
    assertThat(
            t.dataOwner
                .post("/api/v1/org-units", Map.of("path", "Group/Cloud/DC-Beijing"))
                .status())
        .isEqualTo(201);
    assertProblem(
        t.dataOwner.post(
            "/api/v1/facilities",
            Map.of("name", "Store-08", "orgUnit", "Group/Retail", "region", "CN-SH")),
        403);
    assertProblem(
        t.dataOwner.post(
            "/api/v1/periods",
            Map.of("name", "FY2025", "start", "2025-01-01", "end", "2025-12-31")),
        403);
  }

  @Test
  void readOnlyRolesReadButDoNotWrite() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("R")));
    String run = ran(t.admin, period, Map.of()).str("id");
    for (ApiClient reader : List.of(t.verifier, t.viewer)) {
      assertThat(reader.get("/api/v1/runs/" + run).status()).isEqualTo(200);
      assertThat(reader.get("/api/v1/runs/" + run + "/results/org-unit").status()).isEqualTo(200);
      assertProblem(
          reader.upload(
              "/api/v1/periods/" + period + "/imports",
              ApiClient.write(dir, "b.csv", ActivityFiles.small("S"))),
          403);
      assertProblem(reader.post("/api/v1/periods/" + period + "/runs", Map.of()), 403);
      assertProblem(reader.post("/api/v1/org-units", Map.of("path", "Group/X")), 403);
    }
    assertThat(t.verifier.get("/api/v1/runs/" + run + "/lines").status()).isEqualTo(200);
    assertThat(t.verifier.get("/api/v1/audit/verification").status()).isEqualTo(200);
    assertProblem(t.viewer.get("/api/v1/runs/" + run + "/lines"), 403);
    assertProblem(t.viewer.get("/api/v1/audit"), 403);
    assertProblem(t.verifier.get("/api/v1/users"), 403);
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void tokensAreShownOnceAndStopWorkingWhenRevoked(CapturedOutput log) {
    TenantFixture t = newTenant();
    ApiClient.Reply issued = t.admin.post("/api/v1/tokens", Map.of("name", "etl"));
    assertThat(issued.status()).isEqualTo(201);
    ApiClient etl = t.admin.as(ApiClient.bearer(issued.str("secret")));
    assertThat(etl.get("/api/v1/me").status()).isEqualTo(200);
    assertThat(t.admin.get("/api/v1/tokens").text()).doesNotContain(issued.str("secret"));
    assertThat(t.admin.delete("/api/v1/tokens/" + issued.str("id")).status()).isEqualTo(204);
    assertProblem(etl.get("/api/v1/me"), 401);
    assertProblem(t.admin.as(null).get("/api/v1/me"), 401);
    assertProblem(t.admin.as("Bearer sp_not-a-token").get("/api/v1/periods"), 401);
    assertProblem(
        t.admin.as(ApiClient.basic(t.login(t.adminName), "a-wrong-password-77")).get("/api/v1/me"),
        401);
    assertThat(log.getAll())
        .doesNotContain(issued.str("secret"))
        .doesNotContain("sp_not-a-token")
        .doesNotContain("a-wrong-password-77")
        .doesNotContain(TenantFixture.PASSWORD);
  }

  @Test
  void aDisabledUserCanNeitherLogInNorUseTheirTokens() {
    TenantFixture t = newTenant();
    String viewer = t.viewer.get("/api/v1/me").str("userId");
    assertThat(t.viewer.get("/api/v1/me").status()).isEqualTo(200);
    assertProblem(t.verifier.delete("/api/v1/users/" + viewer), 403);
    assertThat(t.admin.delete("/api/v1/users/" + viewer).status()).isEqualTo(204);
    assertProblem(t.viewer.get("/api/v1/me"), 401);
    assertThat(t.admin.get("/api/v1/users/" + viewer).json().get("enabled").asBoolean()).isFalse();
    String self = t.admin.get("/api/v1/me").str("userId");
    assertProblem(t.admin.delete("/api/v1/users/" + self), 409);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void passwordsLogInAndRepeatedFailuresAreThrottled() {
    TenantFixture t = newTenant();
    ApiClient good = t.admin.as(ApiClient.basic(t.login(t.adminName), TenantFixture.PASSWORD));
    assertThat(good.get("/api/v1/me").json().get("role").asString()).isEqualTo("admin");
    ApiClient bad = t.admin.as(ApiClient.basic(t.login(t.adminName), "wrong-password-123"));
    for (int i = 0; i < 5; i++) {
      assertProblem(bad.get("/api/v1/me"), 401);
    }
    ApiClient.Reply throttled = good.get("/api/v1/me");
    assertProblem(throttled, 429);
  }

  @Test
  void healthMetricsAndTheApiDocumentAreServed() {
    ApiClient anonymous = new ApiClient(port, null);
    assertThat(anonymous.get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
    assertThat(anonymous.get("/actuator/prometheus").text()).contains("jvm_memory_used_bytes");
    ApiClient.Reply doc = anonymous.get("/v3/api-docs");
    assertThat(doc.status()).isEqualTo(200);
    assertThat(doc.json().get("paths").has("/api/v1/periods/{periodId}/imports")).isTrue();
    assertThat(anonymous.get("/swagger-ui/index.html").status()).isEqualTo(200);
    assertProblem(newTenant().admin.get("/api/v1/runs/unknown"), 404);
    assertProblem(newTenant().admin.get("/api/v1/runs?size=5000"), 400);
  }
}
