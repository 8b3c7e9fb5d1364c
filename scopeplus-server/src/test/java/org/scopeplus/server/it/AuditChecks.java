package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
    ApiClient.Reply lib =
        t.admin.upload(
            "/api/v1/factor-libraries",
            ApiClient.write(dir, "own.csv", OwnLibrary.CSV),
            Map.of("name", "own-grid", "version", "2024.1"));
    assertThat(lib.status()).as(lib.text()).isEqualTo(201);
    String id = lib.str("id");
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
    long added = entrySeq(t, "factor_library.added", id);

    byte[] lower =
        OwnLibrary.CSV
            .replace(",0.62,", ",0.31,")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE factor_library SET content = ? WHERE id = ?")) {
      ps.setBytes(1, lower);
      ps.setString(2, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    JsonNode broken = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(broken.get("intact").asBoolean()).isFalse();
    assertThat(broken.get("brokenAt").asLong()).isEqualTo(added);
    assertThat(broken.get("message").asString())
        .contains("factor_library.added of factor_library " + id)
        .contains("changed behind the service's back");
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

  private void sql(String statement, String id) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      ps.setString(1, id);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }

  private void edit(String tenantId, long seq, String actor) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE audit_entry SET actor = ? WHERE tenant_id = ? AND seq = ?")) {
      ps.setString(1, actor);
      ps.setString(2, tenantId);
      ps.setLong(3, seq);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
  }
}
