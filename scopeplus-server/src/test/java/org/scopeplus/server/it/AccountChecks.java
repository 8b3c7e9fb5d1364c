package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A user's own account: changing one's password with the old one, and an admin changing a user's
 * role and org units; both audited, both confined to the tenant.
 */
abstract class AccountChecks extends ServiceChecks {

  private static final String NEW_PASSWORD = "another-long-password-2";

  @Test
  void aUserChangesTheirPasswordOnlyWithTheOldOne() {
    TenantFixture t = newTenant();
    String viewer = t.viewer.get("/api/v1/me").str("username");

    assertProblem(
        t.viewer.put(
            "/api/v1/me/password",
            Map.of("oldPassword", "not-the-password-at-all", "newPassword", NEW_PASSWORD)),
        403);
    ApiClient.Reply weak =
        t.viewer.put(
            "/api/v1/me/password",
            Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", "short"));
    assertProblem(weak, 422);
    assertThat(weak.json().get("detail").asString()).contains("at least 12 characters");

    ApiClient.Reply changed =
        t.viewer.put(
            "/api/v1/me/password",
            Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", NEW_PASSWORD));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    assertThat(
            t.viewer
                .as(ApiClient.basic(t.login(viewer), NEW_PASSWORD))
                .get("/api/v1/me")
                .str("username"))
        .isEqualTo(viewer);
    assertProblem(
        t.viewer.as(ApiClient.basic(t.login(viewer), TenantFixture.PASSWORD)).get("/api/v1/me"),
        401);

    JsonNode newest = t.verifier.get("/api/v1/audit?size=1").json().get("items").get(0);
    assertThat(newest.get("action").asString()).isEqualTo("user.password_changed");
    assertThat(newest.get("actor").asString()).isEqualTo(viewer);
    assertThat(newest.toString()).doesNotContain(NEW_PASSWORD);
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void wrongOldPasswordsCountAsFailedLogins() {
    TenantFixture t = newTenant();
    String verifier = t.verifier.get("/api/v1/me").str("username");
    Map<String, String> wrong =
        Map.of("oldPassword", "not-the-password-at-all", "newPassword", NEW_PASSWORD);
    for (int i = 0; i < 5; i++) {
      assertProblem(t.verifier.put("/api/v1/me/password", wrong), 403);
    }
    assertProblem(
        t.verifier.put(
            "/api/v1/me/password",
            Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", NEW_PASSWORD)),
        429);
    assertThat(
            t.verifier
                .as(ApiClient.basic(t.login(verifier), TenantFixture.PASSWORD))
                .get("/api/v1/me")
                .status())
        .isEqualTo(429);
  }

  @Test
  void anAdminChangesAUsersRoleAndOrgUnitsAndNoOneElseMay() {
    TenantFixture t = newTenant();
    TenantFixture other = newTenant();
    String viewerId = t.viewer.get("/api/v1/me").str("userId");
    String ownerId = t.dataOwner.get("/api/v1/me").str("userId");
    String adminId = t.admin.get("/api/v1/me").str("userId");

    assertProblem(t.dataOwner.put("/api/v1/users/" + viewerId, Map.of("role", "admin")), 403);
    assertProblem(t.viewer.put("/api/v1/users/" + viewerId, Map.of("role", "admin")), 403);
    assertProblem(t.verifier.put("/api/v1/users/" + ownerId, Map.of("role", "admin")), 403);
    assertProblem(other.admin.put("/api/v1/users/" + viewerId, Map.of("role", "admin")), 404);
    assertProblem(t.admin.put("/api/v1/users/" + viewerId, Map.of("role", "data-owner")), 422);
    assertProblem(t.admin.put("/api/v1/users/" + viewerId, Map.of("role", "superuser")), 400);
    assertProblem(t.admin.put("/api/v1/users/" + adminId, Map.of("role", "viewer")), 409);
    assertThat(t.viewer.get("/api/v1/me").str("role")).isEqualTo("viewer");

    ApiClient.Reply raised =
        t.admin.put(
            "/api/v1/users/" + viewerId,
            Map.of("role", "data-owner", "orgUnits", List.of("Group/Retail")));
    assertThat(raised.status()).as(raised.text()).isEqualTo(200);
    assertThat(raised.str("role")).isEqualTo("data-owner");
    JsonNode me = t.viewer.get("/api/v1/me").json();
    assertThat(me.get("role").asString()).isEqualTo("data-owner");
    assertThat(me.get("orgUnits").get(0).asString()).isEqualTo("Group/Retail");
    assertProblem(t.viewer.post("/api/v1/org-units", Map.of("path", "Group/Cloud/Edge")), 403);

    ApiClient.Reply lowered =
        t.admin.put("/api/v1/users/" + ownerId, Map.of("role", "viewer", "orgUnits", List.of()));
    assertThat(lowered.status()).as(lowered.text()).isEqualTo(200);
    assertProblem(t.dataOwner.post("/api/v1/org-units", Map.of("path", "Group/Cloud/Edge")), 403);

    JsonNode newest = t.verifier.get("/api/v1/audit?size=1").json().get("items").get(0);
    assertThat(newest.get("action").asString()).isEqualTo("user.access_changed");
    assertThat(newest.get("entityId").asString()).isEqualTo(ownerId);
    assertThat(newest.get("actor").asString()).isEqualTo(t.adminName);
    assertThat(newest.get("beforeHash").asString())
        .isNotEqualTo(newest.get("afterHash").asString());
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }
}
