package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.ecosystem.TenantLedgers;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The Scope 3+ batch API over real HTTP: a batch is counted with each refusal's reason, the same
 * batch sent again is refused as duplicates, a badly formed batch is refused whole, another tenant
 * sees none of it, read-only roles cannot post, and only an admin erases an account while the
 * programme totals stay.
 */
abstract class EcosystemChecks extends ServiceChecks {

  private static final String EVENTS = "/api/v1/ecosystem/events";
  private static final String TOTALS = "/api/v1/ecosystem/totals";

  @Autowired TenantLedgers ledgers;

  private final List<String> tenants = new ArrayList<>();

  @Override
  TenantFixture newTenant() {
    TenantFixture t = super.newTenant();
    tenants.add(t.tenantId);
    return t;
  }

  /** Each ledger was committed to its own folder; the test's folders are removed afterwards. */
  @AfterEach
  void removeTheTestLedgers() throws IOException {
    for (String tenant : tenants) {
      Path folder = ledgers.folderOf(tenant);
      if (!Files.exists(folder)) {
        continue;
      }
      try (var walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static Map<String, Object> bus(String id, String actor, double km, String time) {
    return Map.of(
        "event_id",
        id,
        "programme",
        "maps",
        "actor",
        actor,
        "action",
        "green_trip.bus",
        "quantities",
        List.of(Map.of("value", km, "unit", "km")),
        "time",
        time,
        "region",
        "CN-ZJ",
        "evidence",
        "ev:" + id);
  }

  /** Three bus trips of two actors and one event whose action no methodology knows. */
  private static List<Map<String, Object>> batch(String prefix) {
    List<Map<String, Object>> events = new ArrayList<>();
    events.add(bus(prefix + "-1", prefix + "-a1", 12.5, "2024-05-01T08:00:00Z"));
    events.add(bus(prefix + "-2", prefix + "-a1", 8.0, "2024-05-02T08:00:00Z"));
    events.add(bus(prefix + "-3", prefix + "-a2", 20.0, "2024-06-01T18:30:00Z"));
    Map<String, Object> unknown =
        new java.util.HashMap<>(bus(prefix + "-4", prefix + "-a2", 5, "2024-06-02T09:00:00Z"));
    unknown.put("action", "teleportation.instead_of_flight");
    events.add(unknown);
    return events;
  }

  @Test
  void aBatchIsCountedOnceAndSentAgainIsRefusedAsDuplicates() {
    TenantFixture t = newTenant();
    String p = "e" + UUID.randomUUID().toString().substring(0, 8);

    ApiClient.Reply first = t.admin.post(EVENTS, batch(p));
    assertThat(first.status()).as(first.text()).isEqualTo(200);
    assertThat(ledgers.folderOf(t.tenantId).resolve("manifest.json")).exists();
    assertThat(first.json().get("counted").asLong()).isEqualTo(3);
    assertThat(first.json().get("refused").asLong()).isEqualTo(1);
    assertThat(first.json().get("refusals").get("UNKNOWN_ACTION").asLong()).isEqualTo(1);
    assertThat(first.json().get("problems").get(0).get("row").asLong()).isEqualTo(4);
    assertThat(first.json().get("problems").get(0).get("message").asString()).contains(p + "-4");

    ApiClient.Reply again = t.dataOwner.post(EVENTS, batch(p));
    assertThat(again.status()).as(again.text()).isEqualTo(200);
    assertThat(again.json().get("counted").asLong()).isZero();
    assertThat(again.json().get("refused").asLong()).isEqualTo(4);
    assertThat(again.json().get("refusals").get("DUPLICATE_EVENT").asLong()).isEqualTo(3);

    JsonNode totals = t.verifier.get(TOTALS).json();
    assertThat(totals.get("acceptedEvents").asLong()).isEqualTo(3);
    assertThat(totals.get("rejections").get("DUPLICATE_EVENT").asLong()).isEqualTo(3);
    assertThat(totals.get("rejections").get("UNKNOWN_ACTION").asLong()).isEqualTo(2);
    long gross = totals.get("grossGrams").asLong();
    assertThat(gross).isPositive();
    assertThat(totals.get("byProgramme").get("maps").asLong()).isEqualTo(gross);
    assertThat(
            totals.get("byMonth").get("2024-05").asLong()
                + totals.get("byMonth").get("2024-06").asLong())
        .isEqualTo(gross);

    JsonNode a1 = t.verifier.get("/api/v1/ecosystem/accounts/" + p + "-a1").json();
    JsonNode a2 = t.admin.get("/api/v1/ecosystem/accounts/" + p + "-a2").json();
    assertThat(a1.get("events").asLong()).isEqualTo(2);
    assertThat(a1.get("history")).hasSize(2);
    assertThat(a1.get("history").get(0).get("date").asString()).isEqualTo("2024-05-01");
    assertThat(a1.get("grams").asLong() + a2.get("grams").asLong()).isEqualTo(gross);
  }

  @Test
  void anotherTenantSeesNothingAndReadOnlyRolesCannotPost() {
    TenantFixture a = newTenant();
    TenantFixture b = newTenant();
    String p = "e" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(a.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);

    JsonNode theirs = b.admin.get(TOTALS).json();
    assertThat(theirs.get("acceptedEvents").asLong()).isZero();
    assertThat(theirs.get("grossGrams").asLong()).isZero();
    assertThat(b.admin.get(TOTALS).text()).doesNotContain(p);
    assertProblem(b.admin.get("/api/v1/ecosystem/accounts/" + p + "-a1"), 404);
    assertProblem(b.admin.delete("/api/v1/ecosystem/accounts/" + p + "-a1"), 404);
    assertThat(a.admin.get("/api/v1/ecosystem/accounts/" + p + "-a1").status()).isEqualTo(200);

    assertProblem(a.viewer.post(EVENTS, batch(p + "v")), 403);
    assertProblem(a.verifier.post(EVENTS, batch(p + "w")), 403);
    assertProblem(a.viewer.get("/api/v1/ecosystem/accounts/" + p + "-a1"), 403);
    assertThat(a.viewer.get(TOTALS).json().get("acceptedEvents").asLong()).isEqualTo(3);
    assertProblem(new ApiClient(port, null).get(TOTALS), 401);
  }

  @Test
  void aBadlyFormedBatchIsRefusedWholeAndNdjsonIsAccepted() throws Exception {
    TenantFixture t = newTenant();
    String p = "e" + UUID.randomUUID().toString().substring(0, 8);
    List<Map<String, Object>> events = batch(p);
    events.add(bus(p + "-5", p + "-a3", 10, "yesterday"));
    ApiClient.Reply refused = t.admin.post(EVENTS, events);
    assertProblem(refused, 400);
    assertThat(refused.json().get("problemCount").asLong()).isEqualTo(1);
    assertThat(refused.json().get("problems").get(0).get("row").asLong()).isEqualTo(5);
    assertThat(refused.json().get("problems").get(0).get("column").asString()).isEqualTo("time");
    assertThat(t.admin.get(TOTALS).json().get("acceptedEvents").asLong()).isZero();

    StringBuilder ndjson = new StringBuilder();
    for (Map<String, Object> e : batch(p)) {
      ndjson.append(ApiClient.JSON.writeValueAsString(e)).append('\n');
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + EVENTS))
                    .header("Authorization", ApiClient.basic(t.adminName, TenantFixture.PASSWORD))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(ApiClient.JSON.readTree(r.body()).get("counted").asLong()).isEqualTo(3);
  }

  @Test
  void onlyAnAdminErasesAnAccountAndTheTotalsStay() {
    TenantFixture t = newTenant();
    String p = "e" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(t.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);
    long gross = t.admin.get(TOTALS).json().get("grossGrams").asLong();
    String account = "/api/v1/ecosystem/accounts/" + p + "-a1";

    assertProblem(t.dataOwner.delete(account), 403);
    assertThat(t.admin.delete(account).status()).isEqualTo(204);
    assertProblem(t.admin.get(account), 404);
    assertProblem(t.admin.delete(account), 404);
    JsonNode totals = t.admin.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(gross);
    assertThat(totals.get("acceptedEvents").asLong()).isEqualTo(3);
  }
}
