package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.security.LoginThrottle;
import org.scopeplus.server.security.Passwords;
import tools.jackson.databind.JsonNode;

/**
 * Logins and passwords over HTTP (issue 9, "Authentication and authorisation"): the login throttle
 * under parallel guesses, user names per tenant, a data owner's runs, the password policy, tokens
 * revoked on a password change, and Basic credentials remembered only while the stored user still
 * matches.
 */
abstract class AuthenticationChecks extends ServiceChecks {

  private static final String NEW_PASSWORD = "quiet-harbour-lantern-41";

  @Test
  void fiftyParallelWrongPasswordsGetExactlyFivePasswordChecks() throws Exception {
    TenantFixture t = newTenant();
    LoopbackCaller from = LoopbackCaller.fresh(port);
    String wrong = ApiClient.basic(t.login(t.adminName), "not-the-password-at-all");
    int requests = 50;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Integer>> sent = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return from.get("/api/v1/me", wrong);
                }));
      }
      start.countDown();
      for (Future<Integer> f : sent) {
        statuses.add(f.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Integer, Long> counts =
        statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    // a 401 is a password checked and found wrong; a 429 is an attempt refused before any check
    assertThat(counts).containsEntry(401, (long) LoginThrottle.MAX_FAILURES);
    assertThat(counts).containsEntry(429, (long) (requests - LoginThrottle.MAX_FAILURES));
    assertThat(
            from.get("/api/v1/me", ApiClient.basic(t.login(t.adminName), TenantFixture.PASSWORD)))
        .isEqualTo(429);
  }

  @Test
  void userNamesAreUniquePerTenantSoAnotherTenantsNamesRevealNothing() {
    TenantFixture a = newTenant();
    TenantFixture b = newTenant();
    String taken = a.dataOwner.get("/api/v1/me").str("username");

    // tenant B's admin adds A's user name exactly as a name no one has
    ApiClient.Reply same =
        b.admin.post(
            "/api/v1/users", Map.of("username", taken, "password", NEW_PASSWORD, "role", "viewer"));
    ApiClient.Reply fresh =
        b.admin.post(
            "/api/v1/users",
            Map.of("username", "never-used-" + b.name, "password", NEW_PASSWORD, "role", "viewer"));
    assertThat(same.status()).as(same.text()).isEqualTo(201);
    assertThat(fresh.status()).as(fresh.text()).isEqualTo(201);
    assertThat(same.text()).doesNotContain(a.name).doesNotContain(a.tenantId);

    // within B the name is now taken, and the refusal speaks of B only
    ApiClient.Reply again =
        b.admin.post(
            "/api/v1/users", Map.of("username", taken, "password", NEW_PASSWORD, "role", "viewer"));
    assertProblem(again, 422);
    assertThat(again.str("detail")).contains("taken in this tenant").doesNotContain(a.name);

    // each logs in with its tenant's name; the user name alone names no one among many tenants
    JsonNode inB =
        b.admin.as(ApiClient.basic(b.login(taken), NEW_PASSWORD)).get("/api/v1/me").json();
    assertThat(inB.get("tenant").asString()).isEqualTo(b.name);
    assertThat(inB.get("role").asString()).isEqualTo("viewer");
    JsonNode inA =
        a.admin
            .as(ApiClient.basic(a.login(taken), TenantFixture.PASSWORD))
            .get("/api/v1/me")
            .json();
    assertThat(inA.get("tenant").asString()).isEqualTo(a.name);
    assertThat(inA.get("role").asString()).isEqualTo("data-owner");
    assertProblem(a.admin.as(ApiClient.basic(taken, NEW_PASSWORD)).get("/api/v1/me"), 401);
    assertProblem(a.admin.as(ApiClient.basic(a.login(taken), NEW_PASSWORD)).get("/api/v1/me"), 401);
  }

  @Test
  void aDataOwnerRunsOnlyAPeriodWithinTheirOrgUnits() {
    TenantFixture t = newTenant();
    String mixed = period2024(t.admin);
    imported(t.admin, mixed, ApiClient.write(dir, "mixed.csv", ActivityFiles.small("M")));
    ApiClient.Reply refused = t.dataOwner.post("/api/v1/periods/" + mixed + "/runs", Map.of());
    assertProblem(refused, 403);
    assertThat(refused.str("detail")).contains("Group/Retail/Store-07");
    assertThat(refused.json().get("orgUnits").get(0).asString()).isEqualTo("Group/Retail/Store-07");
    assertThat(refused.json().get("orgUnitCount").asInt()).isEqualTo(1);
    assertThat(t.admin.get("/api/v1/runs?periodId=" + mixed).json().get("total").asLong()).isZero();
    assertThat(ran(t.admin, mixed, Map.of()).status()).isEqualTo(201);

    ApiClient.Reply own =
        t.admin.post(
            "/api/v1/periods",
            Map.of("name", "FY2024-cloud", "start", "2024-01-01", "end", "2024-12-31"));
    String cloud = own.str("id");
    String inside =
        ActivityFiles.small("C")
            .lines()
            .filter(l -> !l.contains("Group/Retail"))
            .collect(Collectors.joining("\n", "", "\n"));
    Path file = ApiClient.write(dir, "cloud.csv", inside);
    imported(t.dataOwner, cloud, file);
    JsonNode run = ran(t.dataOwner, cloud, Map.of()).json();
    assertThat(run.get("records").asLong()).isEqualTo(2);
    assertThat(run.get("createdBy").asString()).startsWith("owner-");
  }

  @Test
  void weakPasswordsAreRefusedWithTheReason() {
    TenantFixture t = newTenant();
    String admin = t.adminName;
    Map<String, String> refused =
        Map.of(
            "aaaaaaaaaaaa",
            "repeated",
            "123456789012",
            "sequence",
            "qwerty123456",
            "common or breached",
            "my-" + admin + "-secret",
            "user name",
            "short",
            "at least " + Passwords.MIN_LENGTH);
    for (Map.Entry<String, String> p : refused.entrySet()) {
      ApiClient.Reply r =
          t.admin.post(
              "/api/v1/users",
              Map.of("username", "my-" + admin, "password", p.getKey(), "role", "viewer"));
      assertProblem(r, 422);
      assertThat(r.str("detail")).as(p.getKey()).contains(p.getValue());
      if (p.getValue().equals("user name")) {
        continue; // it contains the new user's name, not the viewer's
      }
      ApiClient.Reply change =
          t.viewer.put(
              "/api/v1/me/password",
              Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", p.getKey()));
      assertProblem(change, 422);
    }
    assertThat(t.viewer.get("/api/v1/me").status()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeRevokesEveryTokenMadeBefore() {
    TenantFixture t = newTenant();
    String viewer = t.viewer.get("/api/v1/me").str("username");
    ApiClient.Reply issued = t.viewer.post("/api/v1/tokens", Map.of("name", "etl"));
    ApiClient etl = t.viewer.as(ApiClient.bearer(issued.str("secret")));
    assertThat(etl.get("/api/v1/me").status()).isEqualTo(200);

    ApiClient.Reply changed =
        t.viewer.put(
            "/api/v1/me/password",
            Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", NEW_PASSWORD));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);

    assertProblem(etl.get("/api/v1/me"), 401);
    assertProblem(t.viewer.get("/api/v1/me"), 401);
    ApiClient withNew = t.viewer.as(ApiClient.basic(t.login(viewer), NEW_PASSWORD));
    ApiClient.Reply next = withNew.post("/api/v1/tokens", Map.of("name", "etl-2"));
    assertThat(next.status()).as(next.text()).isEqualTo(201);
    assertThat(t.viewer.as(ApiClient.bearer(next.str("secret"))).get("/api/v1/me").status())
        .isEqualTo(200);
    JsonNode tokens = t.admin.get("/api/v1/tokens?size=100").json().get("items");
    for (JsonNode token : tokens) {
      if (token.get("name").asString().equals("etl")) {
        assertThat(token.get("revokedAt").isNull()).as(token.toString()).isFalse();
      }
    }
    assertThat(t.verifier.get("/api/v1/audit/verification").json().get("intact").asBoolean())
        .isTrue();
  }

  @Test
  void rememberedBasicCredentialsStopAtOnceOnAPasswordChangeOrADisabledUser() throws Exception {
    TenantFixture t = newTenant();
    LoopbackCaller from = LoopbackCaller.fresh(port);
    String verifier = t.verifier.get("/api/v1/me").str("username");
    String old = ApiClient.basic(t.login(verifier), TenantFixture.PASSWORD);
    for (int i = 0; i < 3; i++) {
      assertThat(from.get("/api/v1/me", old)).isEqualTo(200);
    }
    ApiClient basic = t.verifier.as(old);
    ApiClient.Reply changed =
        basic.put(
            "/api/v1/me/password",
            Map.of("oldPassword", TenantFixture.PASSWORD, "newPassword", NEW_PASSWORD));
    assertThat(changed.status()).as(changed.text()).isEqualTo(204);
    assertThat(from.get("/api/v1/me", old)).isEqualTo(401);
    String fresh = ApiClient.basic(t.login(verifier), NEW_PASSWORD);
    assertThat(from.get("/api/v1/me", fresh)).isEqualTo(200);
    assertThat(from.get("/api/v1/me", fresh)).isEqualTo(200);

    // a hash replaced by another instance (here straight in the database) stops it too
    String viewerId = t.viewer.get("/api/v1/me").str("userId");
    String viewer = t.viewer.get("/api/v1/me").str("username");
    String viewerBasic = ApiClient.basic(t.login(viewer), TenantFixture.PASSWORD);
    assertThat(from.get("/api/v1/me", viewerBasic)).isEqualTo(200);
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("UPDATE app_user SET password_hash = ? WHERE id = ?")) {
      ps.setString(1, Passwords.hash(NEW_PASSWORD));
      ps.setString(2, viewerId);
      assertThat(ps.executeUpdate()).isEqualTo(1);
    }
    assertThat(from.get("/api/v1/me", viewerBasic)).isEqualTo(401);

    // a disabled user's remembered credentials are refused
    String ownerId = t.dataOwner.get("/api/v1/me").str("userId");
    String owner = t.dataOwner.get("/api/v1/me").str("username");
    String ownerBasic = ApiClient.basic(t.login(owner), TenantFixture.PASSWORD);
    assertThat(from.get("/api/v1/me", ownerBasic)).isEqualTo(200);
    assertThat(t.admin.delete("/api/v1/users/" + ownerId).status()).isEqualTo(204);
    assertThat(from.get("/api/v1/me", ownerBasic)).isEqualTo(401);
  }
}
