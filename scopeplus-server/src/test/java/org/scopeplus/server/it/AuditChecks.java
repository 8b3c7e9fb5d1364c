package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.store.run.PackedLines;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail: every change appended with who, what and the hashes of before and after; the
 * SHA-256 chain checked; a row edited behind the service's back is found and named.
 */
abstract class AuditChecks extends ServiceChecks {

  @Test
  void everyChangeIsAppendedAndAnEditInTheDatabaseIsFoundAndNamed() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    imported(t.admin, period, ApiClient.write(dir, "a.csv", ActivityFiles.small("Q")));
    String unit = t.admin.post("/api/v1/org-units", Map.of("path", "Group/Cloud")).str("id");
    t.admin.put("/api/v1/org-units/" + unit, Map.of("equityShare", 0.5));

    JsonNode entries = t.verifier.get("/api/v1/audit?size=100").json();
    JsonNode newest = entries.get("items").get(0);
    assertThat(newest.get("action").asString()).isEqualTo("org_unit.changed");
    assertThat(newest.get("actor").asString()).isEqualTo(t.adminName);
    assertThat(newest.get("beforeHash").asString())
        .isNotEqualTo(newest.get("afterHash").asString());
    assertThat(entries.toString()).contains("import.stored", "period.added", "user.added");

    JsonNode ok = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(ok.get("intact").asBoolean()).isTrue();

    long seq = 0;
    String actor = null;
    for (JsonNode e : entries.get("items")) {
      if (e.get("action").asString().equals("import.stored")) {
        seq = e.get("seq").asLong();
        actor = e.get("actor").asString();
      }
    }
    edit(t.tenantId, seq, "mallory");
    try {
      JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("brokenAt").asLong()).isEqualTo(seq);
      assertThat(broken.get("message").asString())
          .contains("entry " + seq)
          .contains("import.stored")
          .contains("changed after it was written");
    } finally {
      edit(t.tenantId, seq, actor);
    }
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void everyBrokenEntryIsReportedAndAnUnknownRoleIsNamedByABackgroundCheck() throws Exception {
    TenantFixture t = newTenant();
    TenantFixture untouched = newTenant();
    String period = period2024(t.admin);
    String imported =
        imported(t.admin, period, ApiClient.write(dir, "b.csv", ActivityFiles.small("B")));
    String viewerId = t.viewer.get("/api/v1/me").str("userId");
    String verifierName = t.verifier.get("/api/v1/me").str("username");
    assertIntact(t);
    long periodAdded = entrySeq(t, "period.added", period);
    long stored = entrySeq(t, "import.stored", imported);
    long userAdded = entrySeq(t, "user.added", viewerId);

    sql(
        "UPDATE reporting_period SET end_date = ? WHERE id = ?",
        LocalDate.of(2025, 12, 31),
        period);
    sql(
        "UPDATE activity_record SET quantity = '1' WHERE record_id = 'B-E1' AND import_id = ?",
        imported);
    sql("UPDATE app_user SET role = 'SUPERUSER' WHERE id = ?", viewerId);
    String location;
    try {
      String started = t.verifier.postForLocation("/api/v1/audit/verifications");
      assertThat(started).startsWith("202 /api/v1/audit/verifications/");
      location = started.substring(4);
      JsonNode done = t.verifier.finished(location);
      assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("done");
      assertThat(done.get("startedBy").asString()).isEqualTo(verifierName);
      assertThat(done.get("startedAt").asString()).isNotBlank();
      assertThat(done.get("finishedAt").asString()).isNotBlank();
      assertThat(done.get("intact").asBoolean()).isFalse();
      assertThat(done.get("brokenCount").asLong()).as(done.toString()).isEqualTo(3);
      List<Long> seqs = new ArrayList<>();
      String userReason = "";
      for (JsonNode b : done.get("broken")) {
        seqs.add(b.get("seq").asLong());
        if (b.get("seq").asLong() == userAdded) {
          userReason = b.get("reason").asString();
        }
      }
      assertThat(seqs).containsExactlyInAnyOrder(periodAdded, stored, userAdded);
      assertThat(userReason)
          .contains("entry " + userAdded + " (user.added of user " + viewerId + ")")
          .contains("cannot be read")
          .contains("SUPERUSER");
      assertThat(done.get("message").asString()).startsWith("3 problems found");

      JsonNode latest = t.admin.get("/api/v1/audit/verifications/latest").json();
      assertThat(latest.get("id").asString()).isEqualTo(done.get("id").asString());
      assertThat(latest.get("startedBy").asString()).isEqualTo(verifierName);
      assertProblem(untouched.verifier.get(location), 404);
      assertProblem(untouched.verifier.get("/api/v1/audit/verifications/latest"), 404);
      assertProblem(t.dataOwner.post("/api/v1/audit/verifications", Map.of()), 403);
    } finally {
      sql("UPDATE app_user SET role = 'VIEWER' WHERE id = ?", viewerId);
      sql(
          "UPDATE activity_record SET quantity = '12500' WHERE record_id = 'B-E1' AND import_id = ?",
          imported);
      sql(
          "UPDATE reporting_period SET end_date = ? WHERE id = ?",
          LocalDate.of(2024, 12, 31),
          period);
    }
    assertIntact(t);
    assertProblem(t.viewer.get(location), 403);
  }

  /** Reads a background check until it is no longer running (at most a minute). */
  @Test
  void aRoleRaisedOrAShareChangedInTheDatabaseIsFoundAndNamed() throws Exception {
    TenantFixture t = newTenant();
    String unit =
        t.admin
            .post("/api/v1/org-units", Map.of("path", "Group/Cloud", "equityShare", 0.6))
            .str("id");
    String viewerId = t.viewer.get("/api/v1/me").str("userId");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();

    sql("UPDATE app_user SET role = 'ADMIN' WHERE id = ?", viewerId);
    try {
      JsonNode raised = t.verifier.get("/api/v1/audit/verification").json();
      assertThat(raised.get("intact").asBoolean()).isFalse();
      assertThat(raised.get("message").asString())
          .contains("user.added of user " + viewerId)
          .contains("changed behind the service's back");
      assertThat(raised.get("brokenAt").asLong()).isPositive();
    } finally {
      sql("UPDATE app_user SET role = 'VIEWER' WHERE id = ?", viewerId);
    }

    sql("UPDATE org_unit SET equity_share = 1.0 WHERE id = ?", unit);
    JsonNode share = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(share.get("intact").asBoolean()).isFalse();
    assertThat(share.get("message").asString()).contains("org_unit.added of org_unit " + unit);
    sql("UPDATE org_unit SET equity_share = 0.6 WHERE id = ?", unit);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void anActivityRowEditedInTheDatabaseIsFoundAndItsImportNamed() throws Exception {
    TenantFixture t = newTenant();
    String period = period2024(t.admin);
    String kept =
        imported(t.admin, period, ApiClient.write(dir, "k.csv", ActivityFiles.small("K")));
    String edited =
        imported(t.admin, period, ApiClient.write(dir, "m.csv", ActivityFiles.small("M")));
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
    long stored = entrySeq(t, "import.stored", edited);

    sql(
        "UPDATE activity_record SET quantity = '1250' WHERE record_id = 'M-E1' AND import_id = ?",
        edited);
    JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.get("brokenAt").asLong()).isEqualTo(stored);
    assertThat(broken.get("message").asString())
        .contains("entry " + stored)
        .contains("import.stored of activity_import " + edited)
        .doesNotContain(kept)
        .contains("changed behind the service's back");

    sql(
        "UPDATE activity_record SET quantity = '12500' WHERE record_id = 'M-E1' AND import_id = ?",
        edited);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
    sql("DELETE FROM activity_record WHERE record_id = 'M-G1' AND import_id = ?", edited);
    JsonNode removed = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(removed.get("intact").asBoolean()).isFalse();
    assertThat(removed.get("brokenAt").asLong()).isEqualTo(stored);
  }

  @Test
  void aFactorEditedInATenantsLibraryIsFoundAndItsEntryNamed() throws Exception {
    TenantFixture t = newTenant();
    ApiClient.Reply lib = OwnLibrary.upload(t.admin, dir);
    assertThat(lib.status()).as(lib.text()).isEqualTo(201);
    String id = lib.str("id");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
    long added = entrySeq(t, "factor_library.added", id);

    byte[] lower =
        OwnLibrary.CSV
            .replace(",0.62,", ",0.31,")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    sql("UPDATE factor_library SET content = ? WHERE id = ?", lower, id);
    JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.get("brokenAt").asLong()).isEqualTo(added);
    assertThat(broken.get("message").asString())
        .contains("factor_library.added of factor_library " + id)
        .contains("changed behind the service's back");
  }

  @Test
  void aRunsResultOrTraceLineEditedInTheDatabaseIsFoundAndItsRunNamed() throws Exception {
    TenantFixture t = newTenant();
    TenantFixture untouched = newTenant();
    String run = calculated(t, "R");
    String other = calculated(untouched, "U");
    assertIntact(t);
    assertIntact(untouched);
    Audited calculated = audited(t, untouched, "run.calculated", "calculation_run", run, other);

    assertEditNamed(
        calculated,
        "UPDATE run_result SET scope2_location = scope2_location + ?"
            + " WHERE dimension = 'total' AND run_id = ?",
        1_000_000L,
        -1_000_000L);
    // the run's lines are packed in its blocks' rows: line 1 is edited in its block
    assertChangeNamed(calculated, () -> addGasGrams(run, 1L), () -> addGasGrams(run, -1L));
    // a block whose bytes no longer decode is named too, never a failed request
    byte[] stored = blockBytes(run);
    assertChangeNamed(
        calculated,
        () -> setBlockBytes(run, java.util.Arrays.copyOf(stored, stored.length / 2)),
        () -> setBlockBytes(run, stored));
    // the citation is stored once for every line of the same factor plan (run_line_plan)
    int plan = PackedLines.decode(run, 0, blockBytes(run)).get(0).planNo();
    String cited =
        one("SELECT citation FROM run_line_plan WHERE plan_no = " + plan + " AND run_id = ?", run);
    assertEditNamed(
        calculated,
        "UPDATE run_line_plan SET citation = ? WHERE run_id = ? AND plan_no = " + plan,
        "a source never cited",
        cited);
  }

  @Test
  void aRestatementsAmountOrReasonEditedInTheDatabaseIsFoundAndNamed() throws Exception {
    TenantFixture t = newTenant();
    TenantFixture untouched = newTenant();
    String base = calculated(t, "B");
    assertThat(t.admin.put("/api/v1/base-year", Map.of("runId", base)).status()).isEqualTo(200);
    String period = t.admin.get("/api/v1/runs/" + base).str("periodId");
    String again = ran(t.admin, period, Map.of("gwpSet", "AR6")).str("id");
    ApiClient.Reply restated =
        t.admin.post(
            "/api/v1/base-year/restatements",
            Map.of(
                "runId",
                again,
                "trigger",
                "discovered-error",
                "reason",
                "the grid factor of 2024 was corrected"));
    assertThat(restated.status()).as(restated.text()).isEqualTo(201);
    String id = restated.str("id");
    calculated(untouched, "U");
    assertIntact(t);
    Audited added = audited(t, untouched, "restatement.added", "restatement", id, base);
    long seq = added.seq();
    assertThat(entrySeq(t, "base_year.restated", t.tenantId)).isEqualTo(seq + 1);

    assertEditNamed(
        added,
        "UPDATE restatement SET new_grams = new_grams + ? WHERE id = ?",
        5_000_000L,
        -5_000_000L);
    assertEditNamed(
        added,
        "UPDATE restatement SET reason = ? WHERE id = ?",
        "nothing was wrong",
        "the grid factor of 2024 was corrected");

    sql("DELETE FROM restatement WHERE id = ?", id);
    JsonNode removed = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(removed.get("intact").asBoolean()).isFalse();
    assertThat(removed.get("brokenAt").asLong()).isEqualTo(seq);
    assertThat(removed.get("message").asString()).contains("no longer stored");
    assertIntact(untouched);
  }

  @Test
  void aPasswordHashReplacedInTheDatabaseIsFoundAndNamed() throws Exception {
    TenantFixture t = newTenant();
    TenantFixture untouched = newTenant();
    String viewerId = t.viewer.get("/api/v1/me").str("userId");
    String adminId = t.admin.get("/api/v1/me").str("userId");
    String hash = "SELECT password_hash FROM app_user WHERE id = ?";
    String original = one(hash, viewerId);
    assertIntact(t);

    String set = "UPDATE app_user SET password_hash = ? WHERE id = ?";
    assertEditNamed(
        audited(t, untouched, "user.added", "user", viewerId, adminId),
        set,
        one(hash, adminId),
        original);
    JsonNode audit = t.verifier.get("/api/v1/audit?size=100").json();
    assertThat(audit.toString()).doesNotContain(original);

    ApiClient.Reply changed =
        t.viewer.put(
            "/api/v1/me/password",
            Map.of(
                "oldPassword", TenantFixture.PASSWORD, "newPassword", "another-long-password-2"));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    Audited passwordChanged =
        audited(t, untouched, "user.password_changed", "user", viewerId, adminId);
    JsonNode entry = entry(t, passwordChanged.seq());
    assertThat(entry.get("afterHash").asString()).isNotEqualTo(entry.get("beforeHash").asString());
    assertIntact(t);
    String current = one(hash, viewerId);
    assertThat(current).isNotEqualTo(original);
    assertEditNamed(passwordChanged, set, original, current);
  }

  /**
   * The audit entry {@code seq} ({@code named}) of the entity {@code id}, which edits of that
   * entity's row must make the check name (and not {@code notNamed}), while the untouched tenant
   * stays intact.
   */
  private record Audited(
      TenantFixture t,
      TenantFixture untouched,
      long seq,
      String named,
      String id,
      String notNamed) {}

  /** The entry with {@code action} on the {@code entity} {@code id}. */
  private static Audited audited(
      TenantFixture t,
      TenantFixture untouched,
      String action,
      String entity,
      String id,
      String notNamed) {
    return new Audited(
        t, untouched, entrySeq(t, action, id), action + " of " + entity + " " + id, id, notNamed);
  }

  /**
   * Edits the entity's row behind the service's back with {@code statement} (its placeholders: a
   * value, then the entity's id), checks that the entry is named and the other tenant intact, then
   * sets {@code restored} and checks that the tenant is intact again.
   */
  private void assertEditNamed(Audited a, String statement, Object edited, Object restored)
      throws Exception {
    sql(statement, edited, a.id());
    assertNamed(a.t(), a.seq(), a.named(), a.notNamed());
    assertIntact(a.untouched());
    sql(statement, restored, a.id());
    assertIntact(a.t());
  }

  /** An edit of stored rows behind the service's back. */
  private interface Change {
    void run() throws Exception;
  }

  private void assertChangeNamed(Audited a, Change edited, Change restored) throws Exception {
    edited.run();
    assertNamed(a.t(), a.seq(), a.named(), a.notNamed());
    assertIntact(a.untouched());
    restored.run();
    assertIntact(a.t());
  }

  /** Adds {@code grams} to the gas grams of line 1 of the run, decoded and encoded again. */
  private void addGasGrams(String runId, long grams) throws Exception {
    List<PackedLines.Line> lines = new ArrayList<>(PackedLines.decode(runId, 0, blockBytes(runId)));
    PackedLines.Line l = lines.get(0);
    assertThat(l.lineNo()).isEqualTo(1);
    lines.set(0, l.withGrams(l.gasGrams() + grams, l.co2eGrams()));
    setBlockBytes(runId, PackedLines.encode(lines));
  }

  private static void assertIntact(TenantFixture t) {
    JsonNode v = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
  }

  /** The check fails at entry {@code seq}, naming it and what it recorded, and nothing else. */
  private static void assertNamed(TenantFixture t, long seq, String named, String notNamed) {
    JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
    assertThat(broken.get("brokenAt").asLong()).as(broken.toString()).isEqualTo(seq);
    assertThat(broken.get("message").asString())
        .contains("entry " + seq + " (" + named + ")")
        .doesNotContain(notNamed)
        .contains("changed behind the service's back");
  }

  private static JsonNode entry(TenantFixture t, long seq) {
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      if (e.get("seq").asLong() == seq) {
        return e;
      }
    }
    throw new AssertionError("no entry " + seq);
  }

  /** The sequence number of the entry with this action on this entity. */
  private static long entrySeq(TenantFixture t, String action, String entityId) {
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=100").json().get("items")) {
      if (e.get("action").asString().equals(action)
          && e.get("entityId").asString().equals(entityId)) {
        return e.get("seq").asLong();
      }
    }
    throw new AssertionError("no " + action + " entry for " + entityId);
  }

  /** Runs a statement that must change exactly one row. */
  /** The single text value a query of one row gives. */
  private String one(String query, String id) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(query)) {
      ps.setString(1, id);
      try (java.sql.ResultSet rs = ps.executeQuery()) {
        assertThat(rs.next()).isTrue();
        return rs.getString(1);
      }
    }
  }

  /** Changes the actor of one audit entry. */
  private void edit(String tenantId, long seq, String actor) throws Exception {
    sql("UPDATE audit_entry SET actor = ? WHERE tenant_id = ? AND seq = ?", actor, tenantId, seq);
  }
}
