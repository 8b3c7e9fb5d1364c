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
