package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.IssuingToken;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.user.Role;
import tools.jackson.databind.JsonNode;

/**
 * Review and sign-off of a period (docs/review.md): every transition over HTTP with its role, every
 * refusal as a problem, the audit entry of each step, the lock on imports and runs, and the
 * base-year significance check on a change after approval.
 */
abstract class SignOffChecks extends ServiceChecks {

  private static String signOff(String period) {
    return "/api/v1/periods/" + period + "/sign-off";
  }

  /** A second admin of the tenant, to approve what the first reviewed. */
  private ApiClient secondAdmin(TenantFixture t) {
    String name = "cfo-" + UUID.randomUUID().toString().substring(0, 8);
    RegisteringUser.Outcome o =
        database.inTransaction(
            c ->
                new RegisteringUser()
                    .register(
                        c,
                        t.name,
                        name,
                        TenantFixture.PASSWORD,
                        Role.ADMIN,
                        List.of(),
                        "test",
                        false));
    var user = ((RegisteringUser.Outcome.Added) o).user();
    String token =
        database.inTransaction(c -> new IssuingToken().issue(c, Caller.of(user), "test")).secret();
    return new ApiClient(port, ApiClient.bearer(token));
  }

  private static JsonNode moved(ApiClient who, String path, Object body) {
    ApiClient.Reply r = who.post(path, body);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.json();
  }

  @Test
  void aPeriodGoesFromOpenToLockedWithEachStepByItsRoleAndInTheAuditTrail() {
    TenantFixture t = newTenant();
    ApiClient cfo = secondAdmin(t);
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("S")));
    String run = ran(t.admin, period, Map.of()).str("id");
    String path = signOff(period);

    JsonNode open = t.viewer.get(path).json();
    assertThat(open.get("state").asString()).isEqualTo("open");
    assertThat(open.get("orgUnitsWithData").toString())
        .contains("Group/Cloud/DC-Hangzhou", "Group/Retail/Store-07");

    assertProblem(t.viewer.post(path + "/submit", Map.of()), 403);
    assertProblem(t.verifier.post(path + "/submit", Map.of()), 403);
    JsonNode cloud = moved(t.dataOwner, path + "/submit", Map.of());
    assertThat(cloud.get("state").asString()).isEqualTo("open");
    assertThat(cloud.get("submittedOrgUnits").toString()).contains("Group/Cloud/DC-Hangzhou");
    JsonNode submitted = moved(t.admin, path + "/submit", Map.of());
    assertThat(submitted.get("state").asString()).isEqualTo("submitted");

    assertProblem(t.dataOwner.post(path + "/review", Map.of()), 403);
    assertProblem(t.admin.post(path + "/approve", Map.of("runId", run)), 409);
    assertThat(moved(t.admin, path + "/review", Map.of()).get("state").asString())
        .isEqualTo("reviewed");
    ApiClient.Reply ownReview = t.admin.post(path + "/approve", Map.of("runId", run));
    assertProblem(ownReview, 409);
    assertThat(ownReview.json().get("detail").asString()).contains("four eyes");
    assertProblem(cfo.post(path + "/approve", Map.of("runId", UUID.randomUUID().toString())), 404);
    JsonNode approved = moved(cfo, path + "/approve", Map.of("runId", run));
    assertThat(approved.get("state").asString()).isEqualTo("approved");
    assertThat(approved.get("approvedRunHash").asString())
        .isEqualTo(t.viewer.get("/api/v1/runs/" + run).str("resultSha256"));
    assertThat(moved(cfo, path + "/lock", Map.of()).get("state").asString()).isEqualTo("locked");

    ApiClient.Reply importLocked =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(dir, "b.csv", ActivityFiles.small("T")));
    assertProblem(importLocked, 409);
    assertThat(importLocked.json().get("detail").asString())
        .contains("period FY2024 is locked", "reopen it with a reason");
    assertProblem(t.admin.post("/api/v1/periods/" + period + "/runs", Map.of()), 409);
    assertProblem(t.admin.post(path + "/lock", Map.of()), 409);

    assertProblem(t.dataOwner.post(path + "/reopen", Map.of("reason", "late invoice")), 403);
    ApiClient.Reply noReason = t.admin.post(path + "/reopen", Map.of());
    assertProblem(noReason, 409);
    assertThat(noReason.json().get("detail").asString())
        .isEqualTo("give the reason for reopening the period");
    JsonNode reopened = moved(t.admin, path + "/reopen", Map.of("reason", "late invoice"));
    assertThat(reopened.get("state").asString()).isEqualTo("open");
    assertThat(reopened.get("everApproved").asBoolean()).isTrue();
    imported(t.admin, period, ApiClient.write(dir, "c.csv", ActivityFiles.small("U")));

    JsonNode entries = t.verifier.get("/api/v1/audit?size=100").json().get("items");
    List<String> steps = new ArrayList<>();
    for (JsonNode e : entries) {
      if (e.get("entity").asString().equals("period_review")) {
        steps.add(0, e.get("action").asString() + " by " + e.get("actor").asString());
        assertThat(e.get("at").asString()).isNotBlank();
        assertThat(e.get("entityId").asString()).isEqualTo(period);
      }
    }
    assertThat(steps)
        .hasSize(6)
        .startsWith("period.units-submitted by owner-" + t.adminName.substring(6))
        .contains("period.submitted by " + t.adminName, "period.reviewed by " + t.adminName);
    assertThat(steps.get(3)).startsWith("period.approved by cfo-");
    assertThat(steps.get(4)).startsWith("period.locked by cfo-");
    assertThat(steps.get(5)).isEqualTo("period.reopened by " + t.adminName);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void aChangeAfterApprovalOfTheBaseYearsPeriodIsCheckedForSignificance() {
    TenantFixture t = newTenant();
    ApiClient cfo = secondAdmin(t);
    String period = period2024(t.admin);
    String first =
        imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("B")));
    String base = ran(t.admin, period, Map.of()).str("id");
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", base)).status()).isEqualTo(200);
    String path = signOff(period);
    moved(t.admin, path + "/submit", Map.of());
    moved(t.admin, path + "/review", Map.of());
    JsonNode firstApproval = moved(cfo, path + "/approve", Map.of("runId", base));
    assertThat(firstApproval.get("baseYearCheck").isNull()).isTrue();
    moved(t.admin, path + "/reopen", Map.of("reason", "meter M1 read twice in February"));
    // the February record halved: the base year's total falls by more than 5%
    ApiClient.Reply replaced =
        t.admin.upload(
            "/api/v1/periods/" + period + "/imports",
            ApiClient.write(
                dir, "a2.csv", ActivityFiles.small("B").replace(",11800,MWh", ",5900,MWh")),
            Map.of("replaces", first));
    assertThat(replaced.status()).as(replaced.text()).isEqualTo(201);
    String corrected = ran(t.admin, period, Map.of()).str("id");
    moved(t.admin, path + "/submit", Map.of());
    moved(t.admin, path + "/review", Map.of());
    JsonNode again = moved(cfo, path + "/approve", Map.of("runId", corrected));
    JsonNode check = again.get("baseYearCheck");
    assertThat(check.get("candidateRunId").asString()).isEqualTo(corrected);
    assertThat(check.get("baseRunId").asString()).isEqualTo(base);
    assertThat(check.get("restatementRequired").asBoolean()).isTrue();
    assertThat(again.get("baseYearNote").asString()).isNotBlank();
  }

  @Test
  void anotherTenantNeitherSeesNorMovesThePeriod() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String period = period2024(t.admin);
    assertProblem(other.admin.get(signOff(period)), 404);
    assertProblem(other.admin.post(signOff(period) + "/submit", Map.of()), 404);
    assertProblem(t.admin.post(signOff(period) + "/submit", Map.of()), 409);
  }

  @Test
  void aVerifierRecordsFindingsAndAnOpinionAgainstTheRunsHashAndTheyAreAnswered() {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("V")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String runId = run.get("id").asString();
    String base = "/api/v1/periods/" + period;

    assertProblem(
        t.admin.post(
            base + "/findings",
            Map.of("runId", runId, "materiality", "material", "lineNo", 1, "finding", "x")),
        403);
    assertProblem(
        t.verifier.post(
            base + "/findings",
            Map.of("runId", runId, "materiality", "serious", "lineNo", 1, "finding", "x")),
        400);
    assertProblem(
        t.verifier.post(
            base + "/findings",
            Map.of("runId", runId, "materiality", "material", "lineNo", 9999, "finding", "x")),
        422);
    ApiClient.Reply found =
        t.verifier.post(
            base + "/findings",
            Map.of(
                "runId",
                runId,
                "materiality",
                "material",
                "recordId",
                "V-E2",
                "finding",
                "February read twice from meter M1"));
    assertThat(found.status()).as(found.text()).isEqualTo(201);
    assertThat(found.json().get("runHash").asString())
        .isEqualTo(run.get("resultSha256").asString());
    assertThat(found.json().get("concerns").asString()).isEqualTo("record V-E2");
    String finding = found.str("id");

    assertProblem(
        t.verifier.post(base + "/findings/" + finding + "/response", Map.of("response", "ok")),
        403);
    ApiClient.Reply answered =
        t.dataOwner.post(
            base + "/findings/" + finding + "/response",
            Map.of("response", "corrected in import 2"));
    assertThat(answered.status()).as(answered.text()).isEqualTo(200);
    assertThat(answered.json().get("response").asString()).isEqualTo("corrected in import 2");

    assertProblem(
        t.verifier.post(
            base + "/opinions",
            Map.of(
                "runId", runId, "assurance", "limited", "materialityThreshold", 0, "opinion", "x")),
        400);
    ApiClient.Reply opinion =
        t.verifier.post(
            base + "/opinions",
            Map.of(
                "runId",
                runId,
                "assurance",
                "reasonable",
                "materialityThreshold",
                0.05,
                "opinion",
                "fairly stated in all material respects"));
    assertThat(opinion.status()).as(opinion.text()).isEqualTo(201);
    assertThat(opinion.json().get("runHash").asString())
        .isEqualTo(run.get("resultSha256").asString());

    assertThat(t.admin.get(base + "/findings").json().get(0).get("respondedBy").asString())
        .startsWith("owner-");
    assertThat(t.admin.get(base + "/opinions").json().get(0).get("assurance").asString())
        .isEqualTo("reasonable");
    assertProblem(t.viewer.get(base + "/findings"), 403);
    assertProblem(newTenant().verifier.get(base + "/opinions"), 404);
    assertThat(t.verifier.get("/api/v1/audit?size=20").text())
        .contains("verification.finding", "verification.response", "verification.opinion");
  }

  @Test
  void aRunsVerifierPackageHoldsItsManifestTraceRecordsAuditTrailAndTheirHashes() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("P")));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    String path = "/api/v1/runs/" + run.get("id").asString() + "/verifier-package";
    java.net.http.HttpResponse<byte[]> zip =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", t.verifier.authorization())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(zip.statusCode()).isEqualTo(200);
    Map<String, String> files = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(
            e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    assertThat(files.keySet())
        .containsExactly(
            "manifest.json",
            "run.txt",
            "trace.csv",
            "records.csv",
            "audit-trail.csv",
            "README.md",
            "SHA256SUMS");
    assertThat(files.get("run.txt"))
        .contains("result_sha256=" + run.get("resultSha256").asString());
    assertThat(files.get("manifest.json"))
        .contains(run.get("manifest").get("inputs").get(0).get("sha256").asString());
    assertThat(files.get("trace.csv").lines().count()).isEqualTo(run.get("lines").asLong() + 1);
    assertThat(files.get("records.csv")).startsWith("record_id,org_unit").contains("P-E1", "P-G1");
    assertThat(files.get("audit-trail.csv")).contains("run.", "import.stored");
    for (String line : files.get("SHA256SUMS").split("\n")) {
      String[] hashAndName = line.split("  ");
      byte[] bytes = files.get(hashAndName[1]).getBytes(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(
              java.util.HexFormat.of()
                  .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes)))
          .as(hashAndName[1])
          .isEqualTo(hashAndName[0]);
    }
    assertProblem(t.viewer.get(path), 403);
    assertProblem(newTenant().verifier.get(path), 404);
  }
}
