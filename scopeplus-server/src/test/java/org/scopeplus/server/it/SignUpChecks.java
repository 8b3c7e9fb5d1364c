package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Self-service sign-up through the API: a new tenant with its first admin, who logs in and works in
 * it alone; a taken name, a weak password and a huge body refused; the per-address limit. One test,
 * as the sign-up limit per address is shared by everything that runs from this host.
 */
abstract class SignUpChecks extends ServiceChecks {

  @Test
  void aCompanySignsUpLogsInAndIsLimited() {
    ApiClient anonymous = new ApiClient(port, null);
    assertThat(anonymous.get("/api/v1/signup").json().get("open").asBoolean()).isTrue();

    String company = "SME " + UUID.randomUUID().toString().substring(0, 8);
    ApiClient.Reply made =
        anonymous.post(
            "/api/v1/signup",
            Map.of("tenant", company, "username", "owner", "password", "a-long-sme-password-7"));
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    assertThat(made.str("loginName")).isEqualTo(company + "/owner");

    // the admin logs in with the login name and is an admin of the new tenant, alone in it
    ApiClient admin = anonymous.as(ApiClient.basic(company + "/owner", "a-long-sme-password-7"));
    ApiClient.Reply users = admin.get("/api/v1/users");
    assertThat(users.status()).as(users.text()).isEqualTo(200);
    assertThat(users.text()).contains("owner").contains("admin");
    List<String> actions = new ArrayList<>();
    for (JsonNode e : admin.get("/api/v1/audit?size=100").json().get("items")) {
      actions.add(e.get("action").asString() + " by " + e.get("actor").asString());
    }
    assertThat(actions).contains("tenant.created by self-sign-up");

    // an existing tenant's name is refused, without a second admin slipping into it
    ApiClient.Reply taken =
        anonymous.post(
            "/api/v1/signup",
            Map.of("tenant", company, "username", "intruder", "password", "a-long-sme-password-8"));
    assertThat(taken.status()).isEqualTo(422);
    assertThat(taken.str("detail")).contains("taken");
    assertThat(admin.get("/api/v1/users").text()).doesNotContain("intruder");

    // a weak password and a body beyond the JSON limit are refused, nothing stored
    ApiClient.Reply weak =
        anonymous.post(
            "/api/v1/signup",
            Map.of("tenant", company + " 2", "username", "owner", "password", "short"));
    assertThat(weak.status()).isEqualTo(422);
    ApiClient.Reply huge =
        anonymous.post(
            "/api/v1/signup",
            Map.of("tenant", "x".repeat(2_000_000), "username", "owner", "password", "p"));
    assertThat(huge.status()).isEqualTo(413);

    // five sign-ups an hour from one address (the three above counted): then 429
    int status = 0;
    for (int i = 0; i < 5 && status != 429; i++) {
      status =
          anonymous
              .post(
                  "/api/v1/signup",
                  Map.of(
                      "tenant",
                      company + " more " + i,
                      "username",
                      "owner",
                      "password",
                      "a-long-sme-password-9"))
              .status();
    }
    assertThat(status).isEqualTo(429);
  }
}
