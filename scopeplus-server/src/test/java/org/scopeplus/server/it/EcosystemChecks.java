package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import org.scopeplus.io.scope3plus.StateStore;
import org.scopeplus.server.scope3plus.TenantLedgers;
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
    return trip(id, "maps", actor, km, time);
  }

  /** A bike ride in GB: 47.2187 g CO2e avoided per km (see the constant below). */
  private static Map<String, Object> trip(
      String id, String programme, String actor, double km, String time) {
    return Map.of(
        "event_id",
        id,
        "programme",
        programme,
        "actor",
        actor,
        "action",
        "green_trip.cycle",
        "quantities",
        List.of(Map.of("value", km, "unit", "km")),
        "time",
        time,
        "region",
        "GB",
        "evidence",
        "ev:" + id);
  }

  /** Three bike rides of two actors and one event whose action no methodology knows. */
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

  /**
   * A cumulative target of the service takes its actuals from the tenant's Scope 3+ ledger: each
   * year's net grams over 10^6 (0 for a year between counted years), added up from the base year;
   * another tenant's target sees none.
   */
  @Test
  void aCumulativeTargetIsFedByTheTenantsScope3PlusLedger() {
    TenantFixture t = newTenant();
    String p = prefix();
    List<Map<String, Object>> events =
        List.of(
            bus(p + "-1", p + "-a1", 12.5, "2022-05-01T08:00:00Z"),
            bus(p + "-2", p + "-a1", 20.0, "2024-06-01T18:30:00Z"));
    ApiClient.Reply posted = t.admin.post(EVENTS, events);
    assertThat(posted.status()).as(posted.text()).isEqualTo(200);
    JsonNode byMonth = t.verifier.get(TOTALS).json().get("byMonth");
    long g2022 = byMonth.get("2022-05").asLong();
    long g2024 = byMonth.get("2024-06").asLong();
    // by hand: 12.5 km and 20 km x 47.2187 g/km = 590.23 g and 944.37 g
    assertThat(g2022 / 1e6).isCloseTo(12.5 * CYCLE_GRAMS_PER_KM / 1e6, within(1e-6));
    assertThat(g2024 / 1e6).isCloseTo(20 * CYCLE_GRAMS_PER_KM / 1e6, within(1e-6));

    Map<String, Object> target = new java.util.HashMap<>();
    target.put("name", "Scope 3+ 1 t over 2022-2035");
    target.put("kind", "cumulative");
    target.put("orgUnit", "Group");
    target.put("baseYear", 2022);
    target.put("targetYear", 2035);
    target.put("targetValue", 1.0);
    target.put("pathway", "linear");
    ApiClient.Reply added = t.admin.post("/api/v1/targets", target);
    assertThat(added.status()).as(added.text()).isEqualTo(201);
    String id = added.json().get("target").get("id").asString();
    JsonNode progress = t.viewer.get("/api/v1/targets/" + id + "/progress?year=2024").json();
    Map<Integer, Double> actual = new java.util.HashMap<>();
    for (JsonNode y : progress.get("years")) {
      if (y.hasNonNull("actual")) {
        actual.put(y.get("year").asInt(), y.get("actual").asDouble());
      }
    }
    // cumulative: 2022 its own year, 2023 nothing counted (0), 2024 both years
    assertThat(actual.get(2022)).isCloseTo(g2022 / 1e6, within(1e-12));
    assertThat(actual.get(2023)).isCloseTo(g2022 / 1e6, within(1e-12));
    assertThat(actual.get(2024)).isCloseTo((g2022 + g2024) / 1e6, within(1e-12));
    assertThat(progress.get("status").asString()).isEqualTo("OFF_TRACK");

    TenantFixture other = newTenant();
    ApiClient.Reply theirs = other.admin.post("/api/v1/targets", target);
    assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);
    ApiClient.Reply none =
        other.viewer.get(
            "/api/v1/targets/" + theirs.json().get("target").get("id").asString() + "/progress");
    assertThat(none.status()).as(none.text()).isEqualTo(200);
    assertThat(none.json().get("years").size()).isPositive();
    for (JsonNode y : none.json().get("years")) {
      assertThat(y.hasNonNull("actual")).as(y.toString()).isFalse();
    }
    assertThat(ledgers.folderOf(other.tenantId)).doesNotExist();
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
                    .header(
                        "Authorization",
                        ApiClient.basic(t.login(t.adminName), TenantFixture.PASSWORD))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(ApiClient.JSON.readTree(r.body()).get("counted").asLong()).isEqualTo(3);
  }

  @Test
  void onlyAnAdminErasesAnAccountAndTheTotalsStay() throws IOException {
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

    // One entry for the one erasure (the refused ones record nothing), naming the actor only by
    // its HMAC-SHA256 under the tenant's key, not by its SHA-256 that anyone could recompute.
    // Account a1 before: 590 + 378 = 968 g, points 0.59 + 0.378 = 0.968 at the standard rate of
    // one point per kg (exact, not rounded per event), 2 events.
    List<JsonNode> erased = entries(t, "ecosystem_account.erased");
    assertThat(erased).hasSize(1);
    JsonNode e = erased.get(0);
    assertThat(e.get("actor").asString()).isEqualTo(t.adminName);
    assertThat(e.get("entity").asString()).isEqualTo("ecosystem_account");
    assertThat(e.get("entityId").asString()).isEqualTo(hmac(tenantKey(t), p + "-a1"));
    assertThat(e.get("entityId").asString()).isNotEqualTo(sha256(p + "-a1"));
    assertThat(e.get("beforeHash").asString()).isEqualTo(sha256("968|0.968|2"));
    assertThat(e.get("afterHash").asString()).isEqualTo("0".repeat(64));
    assertThat(t.verifier.get("/api/v1/audit?size=1000").text()).doesNotContain(p + "-a1");
    assertChainIntact(t);
  }

  /**
   * Grams avoided per km of cycling in GB, in the structure of CDM ACM0016: the Raleigh survey's
   * displaced modes (Hollingsworth et al. 2019: car 34 %, bus 11 %, walk or cycle 49 %, no trip 7
   * %, divided by their sum 101 %) at DESNZ 2021 car 107.18 and bus 102.27 g/pkm, cycling 0: (0.34
   * x 107.18 + 0.11 x 102.27) / 1.01 = 47.2187 g.
   */
  private static final double CYCLE_GRAMS_PER_KM = (0.34 * 107.18 + 0.11 * 102.27) / 1.01;

  private static final String RATES = "/api/v1/ecosystem/points-rates";
  private static final String DEDUCTIONS = "/api/v1/ecosystem/deductions";
  private static final String LEADERBOARD = "/api/v1/ecosystem/leaderboard";

  private static String prefix() {
    return "e" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static String account(String actor) {
    return "/api/v1/ecosystem/accounts/" + actor;
  }

  /** The body of a deduction of credits sold out of the maps programme's activity of May 2024. */
  private static Map<String, Object> deduction(String reference, int tonnes, String reason) {
    return Map.of(
        "programme",
        "maps",
        "month",
        "2024-05",
        "tonnes",
        tonnes,
        "reference",
        reference,
        "reason",
        reason);
  }

  private static String statement(String actor, String month) {
    return account(actor) + "/statements/" + month;
  }

  @Test
  void statementsLeaderboardAndPointsFollowTheHandCalculation() throws IOException {
    TenantFixture t = newTenant();
    String p = prefix();
    String a = p + "-a";
    String b = p + "-b";
    String c = p + "-c";
    assertThat(CYCLE_GRAMS_PER_KM).isCloseTo(47.2187, org.assertj.core.data.Offset.offset(1e-4));

    ApiClient.Reply put =
        t.admin.put(
            RATES,
            Map.of(
                "defaultPerKilogram", 1.0, "perKilogram", Map.of("maps", 40.0, "transit", 250.0)));
    assertThat(put.status()).as(put.text()).isEqualTo(200);
    assertThat(put.json().get("perKilogram").get("maps").asDouble()).isEqualTo(40.0);

    // grams = round(km x 47.2187) half-even, points = grams x rate / 1000 exactly:
    //  a  maps     2024-04-28  10 km   472.19 ->   472 g    472 x 40  / 1000 =  18.88
    //  a  maps     2024-05-01 100 km  4721.87 ->  4722 g   4722 x 40  / 1000 = 188.88
    //  a  maps     2024-05-20  60 km  2833.12 ->  2833 g   2833 x 40  / 1000 = 113.32
    //  a  transit  2024-06-03  30 km  1416.56 ->  1417 g   1417 x 250 / 1000 = 354.25
    //  b  maps     2024-05-10 250 km 11804.68 -> 11805 g  11805 x 40  / 1000 = 472.2
    //  c  transit  2024-05-11  20 km   944.37 ->   944 g    944 x 250 / 1000 = 236
    List<Map<String, Object>> events =
        List.of(
            trip(p + "-1", "maps", a, 10, "2024-04-28T07:00:00Z"),
            trip(p + "-2", "maps", a, 100, "2024-05-01T08:00:00Z"),
            trip(p + "-3", "maps", a, 60, "2024-05-20T08:00:00Z"),
            trip(p + "-4", "transit", a, 30, "2024-06-03T08:00:00Z"),
            trip(p + "-5", "maps", b, 250, "2024-05-10T08:00:00Z"),
            trip(p + "-6", "transit", c, 20, "2024-05-11T08:00:00Z"));
    ApiClient.Reply posted = t.dataOwner.post(EVENTS, events);
    assertThat(posted.status()).as(posted.text()).isEqualTo(200);
    assertThat(posted.json().get("counted").asLong()).isEqualTo(6);
    JsonNode totals = t.verifier.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(472 + 4722 + 2833 + 1417 + 11805 + 944);
    assertThat(totals.get("byProgramme").get("maps").asLong()).isEqualTo(472 + 4722 + 2833 + 11805);
    assertThat(totals.get("byProgramme").get("transit").asLong()).isEqualTo(1417 + 944);

    JsonNode may = t.verifier.get(statement(a, "2024-05")).json();
    assertThat(may.get("actor").asString()).isEqualTo(a);
    assertThat(may.get("month").asString()).isEqualTo("2024-05");
    assertThat(may.get("openingGrams").asLong()).isEqualTo(472);
    assertThat(may.get("entries")).hasSize(2);
    assertThat(may.get("entries").get(0).get("eventId").asString()).isEqualTo(p + "-2");
    assertThat(may.get("entries").get(0).get("date").asString()).isEqualTo("2024-05-01");
    assertThat(may.get("entries").get(0).get("grams").asLong()).isEqualTo(4722);
    assertThat(may.get("entries").get(0).get("points").asDouble()).isEqualTo(188.88);
    assertThat(may.get("entries").get(1).get("grams").asLong()).isEqualTo(2833);
    assertThat(may.get("entries").get(1).get("points").asDouble()).isEqualTo(113.32);
    assertThat(may.get("gramsByAction").get("green_trip.cycle").asLong()).isEqualTo(4722 + 2833);
    assertThat(may.get("grams").asLong()).isEqualTo(4722 + 2833);
    // the month's points are the exact sum of its entries: 188.88 + 113.32 = 302.2
    assertThat(may.get("points").asDouble()).isEqualTo(302.2);
    assertThat(may.get("closingGrams").asLong()).isEqualTo(472 + 4722 + 2833);

    JsonNode june = t.dataOwner.get(statement(a, "2024-06")).json();
    assertThat(june.get("openingGrams").asLong()).isEqualTo(472 + 4722 + 2833);
    assertThat(june.get("grams").asLong()).isEqualTo(1417);
    assertThat(june.get("points").asDouble()).isEqualTo(354.25);
    assertThat(june.get("entries").get(0).get("programme").asString()).isEqualTo("transit");
    assertThat(june.get("closingGrams").asLong()).isEqualTo(472 + 4722 + 2833 + 1417);

    JsonNode march = t.admin.get(statement(a, "2024-03")).json();
    assertThat(march.get("entries")).isEmpty();
    assertThat(march.get("openingGrams").asLong()).isZero();
    assertThat(march.get("grams").asLong()).isZero();
    assertThat(march.get("closingGrams").asLong()).isZero();
    assertProblem(t.admin.get(statement(a, "2024-13")), 400);
    assertProblem(t.admin.get(statement(a, "May-2024")), 400);
    assertProblem(t.admin.get(statement(p + "-nobody", "2024-05")), 404);
    assertProblem(t.viewer.get(statement(a, "2024-05")), 403);

    // b 11805 g, then a 472 + 4722 + 2833 + 1417 = 9444 g, then c 944 g.
    JsonNode board = t.verifier.get(LEADERBOARD + "?limit=10").json();
    assertThat(board).hasSize(3);
    assertThat(board.get(0).get("rank").asInt()).isEqualTo(1);
    assertThat(board.get(0).get("actor").asString()).isEqualTo(b);
    assertThat(board.get(0).get("grams").asLong()).isEqualTo(11805);
    assertThat(board.get(0).get("points").asDouble()).isEqualTo(472.2);
    assertThat(board.get(1).get("actor").asString()).isEqualTo(a);
    assertThat(board.get(1).get("grams").asLong()).isEqualTo(9444);
    // 18.88 + 188.88 + 113.32 + 354.25 = 675.33
    assertThat(board.get(1).get("points").asDouble()).isEqualTo(675.33);
    assertThat(board.get(1).get("events").asLong()).isEqualTo(4);
    assertThat(board.get(2).get("actor").asString()).isEqualTo(c);
    assertThat(board.get(2).get("grams").asLong()).isEqualTo(944);
    assertThat(board.get(2).get("points").asDouble()).isEqualTo(236.0);
    JsonNode two = t.admin.get(LEADERBOARD + "?limit=2").json();
    assertThat(two).hasSize(2);
    assertThat(two.get(1).get("actor").asString()).isEqualTo(a);
    assertProblem(t.admin.get(LEADERBOARD + "?limit=0"), 400);
    assertProblem(t.admin.get(LEADERBOARD + "?limit=1001"), 400);
    assertProblem(t.admin.get(LEADERBOARD + "?limit=ten"), 400);
    assertProblem(t.viewer.get(LEADERBOARD), 403);

    // A new rate applies to events counted from now on; points credited before stay.
    //  a  maps  2024-07-01  10 km  ->  472 g   472 x 100 / 1000 = 47.2
    //  d  shop  2024-07-02 300 km 14165.61 -> 14166 g  14166 x 1 (default) / 1000 = 14.166
    assertProblem(t.viewer.put(RATES, Map.of("defaultPerKilogram", 5.0)), 403);
    assertProblem(t.verifier.put(RATES, Map.of("defaultPerKilogram", 5.0)), 403);
    assertProblem(t.dataOwner.put(RATES, Map.of("defaultPerKilogram", 5.0)), 403);
    assertProblem(
        t.admin.put(RATES, Map.of("defaultPerKilogram", 1.0, "perKilogram", Map.of("maps", -1))),
        400);
    assertProblem(t.admin.put(RATES, Map.of("perKilogram", Map.of("maps", 2.0))), 400);
    // a rate finer than a thousandth of a point per kg would not give exact points
    ApiClient.Reply fine = t.admin.put(RATES, Map.of("defaultPerKilogram", 1.0005));
    assertProblem(fine, 400);
    assertThat(fine.text()).contains("more than three decimals (1.0005)");
    Map<String, Object> newRates =
        Map.of("defaultPerKilogram", 1.0, "perKilogram", Map.of("maps", 100.0, "transit", 250.0));
    assertThat(t.admin.put(RATES, newRates).status()).isEqualTo(200);
    assertThat(t.admin.put(RATES, newRates).status()).isEqualTo(200);
    JsonNode read = t.viewer.get(RATES).json();
    assertThat(read.get("defaultPerKilogram").asDouble()).isEqualTo(1.0);
    assertThat(read.get("perKilogram").get("maps").asDouble()).isEqualTo(100.0);
    assertThat(read.get("perKilogram").get("transit").asDouble()).isEqualTo(250.0);
    String d = p + "-d";
    ApiClient.Reply later =
        t.admin.post(
            EVENTS,
            List.of(
                trip(p + "-7", "maps", a, 10, "2024-07-01T08:00:00Z"),
                trip(p + "-8", "shop", d, 300, "2024-07-02T08:00:00Z")));
    assertThat(later.json().get("counted").asLong()).as(later.text()).isEqualTo(2);
    JsonNode accountA = t.admin.get(account(a)).json();
    assertThat(accountA.get("grams").asLong()).isEqualTo(9444 + 472);
    // 675.33 + 47.2 = 722.53
    assertThat(accountA.get("points").asDouble()).isEqualTo(722.53);
    assertThat(accountA.get("history").get(1).get("points").asDouble()).isEqualTo(188.88);
    JsonNode accountD = t.admin.get(account(d)).json();
    assertThat(accountD.get("grams").asLong()).isEqualTo(14166);
    assertThat(accountD.get("points").asDouble()).isEqualTo(14.166);

    // The rates and the points are in the ledger's state folder: opened again as after a restart.
    StateStore reopened =
        StateStore.open(ledgers.folderOf(t.tenantId), ledgers.catalog(), null, 1024);
    assertThat(reopened.pointsRates().rate("maps")).isEqualTo(100.0);
    assertThat(reopened.pointsRates().rate("transit")).isEqualTo(250.0);
    assertThat(reopened.pointsRates().rate("shop")).isEqualTo(1.0);
    assertThat(reopened.ledger().account(a).points()).isEqualTo(722_530_000);

    // Two changes recorded (the same rates sent again change nothing and record nothing).
    List<JsonNode> changes = entries(t, "ecosystem_points_rates.changed");
    assertThat(changes).hasSize(2);
    assertThat(changes.get(0).get("detail").asString())
        .endsWith("default=1.0;maps=100.0;transit=250.0");
    assertThat(changes.get(0).get("afterHash").asString())
        .isEqualTo(sha256("default=1.0;maps=100.0;transit=250.0"));
    assertThat(changes.get(0).get("beforeHash").asString())
        .isEqualTo(sha256("default=1.0;maps=40.0;transit=250.0"));
    assertThat(changes.get(1).get("beforeHash").asString()).isEqualTo(sha256("default=1.0"));
    assertChainIntact(t);
  }

  private static final String CONFIGURATION = "/api/v1/ecosystem/configuration";

  /** A bus trip in GB of {@code km}, with its evidence. */
  private static Map<String, Object> busTrip(String id, String actor, double km, String unit) {
    return Map.of(
        "event_id",
        id,
        "programme",
        "transit",
        "actor",
        actor,
        "action",
        "green_trip.bus",
        "quantities",
        List.of(Map.of("value", km, "unit", unit)),
        "time",
        "2024-05-03T08:00:00Z",
        "region",
        "GB",
        "evidence",
        "ev:" + id);
  }

  /** The bus programme's substitution survey: 75 % car, 20 % taxi, 3 % walk or cycle, 2 % none. */
  private static final String BUS_SURVEY =
      """
      key,value,unit,source
      required.survey.green_trip.bus.share.car,0.75,fraction,Transit rider survey 2024 Q1
      required.survey.green_trip.bus.share.taxi,0.20,fraction,Transit rider survey 2024 Q1
      required.survey.green_trip.bus.share.walk_cycle,0.03,fraction,Transit rider survey 2024 Q1
      required.survey.green_trip.bus.share.no_trip,0.02,fraction,Transit rider survey 2024 Q1
      """;

  /**
   * A methodology that needs a configured value counts nothing until an admin configures it through
   * the API, and then counts the next events with it: a refusal names the missing keys, a refused
   * configuration names its key and keeps nothing, a non-admin gets 403, and the change is in the
   * tenant's audit trail. Events counted before keep their grams.
   */
  @Test
  void aBusTripCountsAfterAnAdminConfiguresTheSurveySharesThroughTheApi() {
    TenantFixture t = newTenant();
    String p = prefix();
    // a bike ride counted before the configuration: 12.5 km x 47.2187 g/km = 590.23 -> 590 g
    assertThat(
            t.admin
                .post(EVENTS, List.of(bus(p + "-c", p + "-a", 12.5, "2024-05-01T08:00:00Z")))
                .json()
                .get("counted")
                .asLong())
        .isEqualTo(1);

    ApiClient.Reply before = t.admin.post(EVENTS, List.of(busTrip(p + "-b1", p + "-a", 25, "km")));
    assertThat(before.status()).as(before.text()).isEqualTo(200);
    assertThat(before.json().get("counted").asLong()).isZero();
    assertThat(before.json().get("refusals").get("METHODOLOGY_NOT_CONFIGURED").asLong())
        .isEqualTo(1);
    assertThat(before.json().get("problems").get(0).get("message").asString())
        .contains("green_trip.bus needs required.survey.green_trip.bus.share.car")
        .contains("required.survey.green_trip.bus.share.no_trip");
    JsonNode needed = t.viewer.get(CONFIGURATION).json();
    assertThat(needed.get("values")).isEmpty();
    assertThat(needed.get("needed").toString())
        .contains("required.survey.green_trip.bus.share.taxi")
        .contains("Configure from a cited survey");

    // refused whole: a value that is not a number names its row, key and value; nothing is kept
    String bad = BUS_SURVEY.replace("car,0.75,", "car,seventy-five,");
    ApiClient.Reply refused = t.admin.putText(CONFIGURATION, "text/csv", bad);
    assertProblem(refused, 422);
    assertThat(refused.json().get("detail").asString())
        .contains("configuration row 2, field value: required.survey.green_trip.bus.share.car")
        .contains("'seventy-five'");
    // shares that do not add up to 1 are refused by the methodology's own check
    ApiClient.Reply sum =
        t.admin.putText(CONFIGURATION, "text/csv", BUS_SURVEY.replace("car,0.75,", "car,0.25,"));
    assertProblem(sum, 422);
    assertThat(sum.json().get("detail").asString()).contains("sum to 0.5");
    // a unit of another kind names the key and the unit wanted
    ApiClient.Reply unit =
        t.admin.putText(
            CONFIGURATION, "text/csv", BUS_SURVEY.replace("taxi,0.20,fraction", "taxi,0.20,kg"));
    assertProblem(unit, 422);
    assertThat(unit.json().get("detail").asString())
        .contains("required.survey.green_trip.bus.share.taxi is given in 'kg'");
    assertProblem(t.dataOwner.putText(CONFIGURATION, "text/csv", BUS_SURVEY), 403);
    assertProblem(t.verifier.putText(CONFIGURATION, "text/csv", BUS_SURVEY), 403);
    assertThat(t.admin.get(CONFIGURATION).json().get("values")).isEmpty();
    assertThat(entries(t, "ecosystem_configuration.changed")).isEmpty();
    assertThat(
            t.admin
                .post(EVENTS, List.of(busTrip(p + "-b1", p + "-a", 25, "km")))
                .json()
                .get("counted")
                .asLong())
        .isZero();

    ApiClient.Reply made = t.admin.putText(CONFIGURATION, "text/csv", BUS_SURVEY);
    assertThat(made.status()).as(made.text()).isEqualTo(200);
    JsonNode values = t.verifier.get(CONFIGURATION).json().get("values");
    assertThat(values).hasSize(4);
    assertThat(values.get(0).get("key").asString())
        .isEqualTo("required.survey.green_trip.bus.share.car");
    assertThat(values.get(0).get("value").asString()).isEqualTo("0.75");
    assertThat(values.get(0).get("unit").asString()).isEqualTo("fraction");
    assertThat(values.get(0).get("source").asString()).isEqualTo("Transit rider survey 2024 Q1");
    assertThat(values.get(0).get("setBy").asString()).isEqualTo(t.adminName);
    assertThat(values.get(0).get("setAt").asString()).isNotBlank();
    assertThat(t.admin.get(CONFIGURATION).json().get("needed").toString())
        .doesNotContain("green_trip.bus.share");

    // By hand, UK BEIS 2021 factors per passenger-km (docs/scope3plus.md, green_trip.bus): car
    // (1.6 occupants) 107.18 g, taxi 148.76 g, walk or cycle 0, no trip 0; project local bus
    // 102.27 g. 25 km x (0.75 x 107.18 + 0.20 x 148.76 - 102.27) = 25 x 7.867 = 196.675 -> 197 g.
    ApiClient.Reply after = t.admin.post(EVENTS, List.of(busTrip(p + "-b2", p + "-a", 25, "km")));
    assertThat(after.json().get("counted").asLong()).as(after.text()).isEqualTo(1);
    JsonNode totals = t.viewer.get(TOTALS).json();
    assertThat(totals.get("byAction").get("green_trip.bus").asLong()).isEqualTo(197);
    // the bike ride counted before keeps its grams
    assertThat(totals.get("byAction").get("green_trip.cycle").asLong()).isEqualTo(590);
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(590 + 197);

    // an unknown unit is named in the refusal
    ApiClient.Reply furlong =
        t.admin.post(EVENTS, List.of(busTrip(p + "-b3", p + "-a", 3, "furlong")));
    assertThat(furlong.json().get("refusals").get("UNKNOWN_UNIT").asLong()).isEqualTo(1);
    assertThat(furlong.json().get("problems").get(0).get("message").asString())
        .contains("'furlong'");

    // the configuration is kept beside the ledger: opened again, it counts the same
    assertThat(ledgers.folderOf(t.tenantId).resolve("configuration.csv")).exists();

    // sending the same configuration again changes nothing and records nothing more
    assertThat(t.admin.putText(CONFIGURATION, "text/csv", BUS_SURVEY).status()).isEqualTo(200);
    List<JsonNode> recorded = entries(t, "ecosystem_configuration.changed");
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).get("actor").asString()).isEqualTo(t.adminName);
    assertThat(recorded.get(0).get("detail").asString())
        .contains("for events counted from now on")
        .contains("required.survey.green_trip.bus.share.walk_cycle");
    assertThat(recorded.get(0).get("beforeHash").asString()).isEqualTo("0".repeat(64));
    assertThat(recorded.get(0).get("afterHash").asString())
        .isEqualTo(
            sha256(
                "required.survey.green_trip.bus.share.car=0.75 fraction (Transit rider survey 2024"
                    + " Q1)\n"
                    + "required.survey.green_trip.bus.share.no_trip=0.02 fraction (Transit rider"
                    + " survey 2024 Q1)\n"
                    + "required.survey.green_trip.bus.share.taxi=0.20 fraction (Transit rider survey"
                    + " 2024 Q1)\n"
                    + "required.survey.green_trip.bus.share.walk_cycle=0.03 fraction (Transit rider"
                    + " survey 2024 Q1)\n"));
    assertChainIntact(t);

    // another tenant's ledger still counts with the built-in catalog alone
    TenantFixture other = newTenant();
    assertThat(other.admin.get(CONFIGURATION).json().get("values")).isEmpty();
    assertThat(
            other
                .admin
                .post(EVENTS, List.of(busTrip(p + "-o", p + "-o", 25, "km")))
                .json()
                .get("refusals")
                .get("METHODOLOGY_NOT_CONFIGURED")
                .asLong())
        .isEqualTo(1);
  }

  /**
   * Grams of one cloud migration of 10,000 IT kWh in CN on 2024-05-20, with the cloud utilisation
   * configured at 0.5 and the servers' powers at 100 W idle and 400 W at full load
   * (docs/scope3plus.md, cloud_migration). The event's year takes the nearest earlier vintage of
   * the China grid factor, 2023's national average (MEE/NBS, 0.5306 kg/kWh, flagged secondary), and
   * Alibaba Cloud's own PUE of fiscal year 2024, 1.200 (secondary). The cloud needs 0.18 / 0.5 x
   * (100 + 300 x 0.5) / (100 + 300 x 0.18) = 0.36 x 250 / 154 = 0.584416 IT kWh per on-premises
   * kWh: 10,000 x (1.58 x 530.6 - 0.584416 x 1.2 x 530.6) = 10,000 x (838.348 - 372.10909) =
   * 4,662,389 g.
   */
  private static final long CLOUD_GRAMS = 4_662_389L;

  /** Configures the cloud utilisation and counts one cloud migration under maps; its grams. */
  private static long cloudMigration(TenantFixture t, String p) {
    ApiClient.Reply configured =
        t.admin.putText(
            CONFIGURATION,
            "text/csv",
            "key,value,unit,source\ndc.server_utilisation.hyperscale,0.5,fraction,Cloud"
                + " provider's utilisation report 2024\n"
                + "required.dc.server.power_idle,100,W,SPECpower result of the servers retired\n"
                + "required.dc.server.power_max,400,W,SPECpower result of the servers retired\n");
    assertThat(configured.status()).as(configured.text()).isEqualTo(200);
    long before = t.admin.get(TOTALS).json().get("grossGrams").asLong();
    ApiClient.Reply posted =
        t.admin.post(
            EVENTS,
            List.of(
                Map.of(
                    "event_id", p + "-cloud",
                    "programme", "maps",
                    "actor", p + "-it",
                    "action", "cloud_migration",
                    "quantities", List.of(Map.of("value", 10_000, "unit", "kWh")),
                    "time", "2024-05-20T00:00:00Z",
                    "region", "CN")));
    assertThat(posted.json().get("counted").asLong()).as(posted.text()).isEqualTo(1);
    return t.admin.get(TOTALS).json().get("grossGrams").asLong() - before;
  }

  @Test
  void creditsSoldAreDeductedOncePerReferenceAndAudited() {
    TenantFixture t = newTenant();
    String p = prefix();
    // 12.5 km -> 590.23 -> 590 g, 8 km -> 377.75 -> 378 g, 20 km -> 944.37 -> 944 g: 1912 g.
    assertThat(t.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);
    assertThat(t.admin.get(TOTALS).json().get("grossGrams").asLong()).isEqualTo(590 + 378 + 944);

    String ref = "VCS-" + p + "-0001-0002";
    Map<String, Object> first = deduction(ref, 2, "sold on the mobility exchange");
    // 2 t sold out of a programme that counted 1912 g: refused with its reason, nothing recorded
    ApiClient.Reply beyond = t.admin.post(DEDUCTIONS, first);
    assertProblem(beyond, 422);
    assertThat(beyond.json().get("detail").asString())
        .contains("more than programme maps has counted and not yet deducted (1912 g");
    assertThat(t.admin.get(TOTALS).json().get("deductedGrams").asLong()).isZero();
    assertThat(entries(t, "ecosystem_deduction.added")).isEmpty();
    long cloud = cloudMigration(t, p);
    assertThat(cloud).isEqualTo(CLOUD_GRAMS);
    long gross = 1912 + CLOUD_GRAMS;
    assertProblem(t.verifier.post(DEDUCTIONS, first), 403);
    assertProblem(t.dataOwner.post(DEDUCTIONS, first), 403);
    ApiClient.Reply made = t.admin.post(DEDUCTIONS, first);
    assertThat(made.status()).as(made.text()).isEqualTo(201);
    assertThat(made.json().get("grams").asLong()).isEqualTo(2_000_000);
    assertThat(made.json().get("month").asString()).isEqualTo("2024-05");

    JsonNode totals = t.viewer.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(gross);
    assertThat(totals.get("deductedGrams").asLong()).isEqualTo(2_000_000);
    assertThat(totals.get("netGrams").asLong()).isEqualTo(gross - 2_000_000);
    assertThat(totals.get("progress").get("cumulativeGrams").asLong()).isEqualTo(gross - 2_000_000);

    Map<String, Object> again = new java.util.HashMap<>(first);
    again.put("tonnes", 5);
    again.put("month", "2024-06");
    assertProblem(t.admin.post(DEDUCTIONS, again), 409);
    assertThat(t.admin.get(TOTALS).json().get("deductedGrams").asLong()).isEqualTo(2_000_000);

    Map<String, Object> second = new java.util.HashMap<>(first);
    second.put("reference", ref + "-B");
    second.put("tonnes", 1);
    second.put("month", "2024-06");
    assertThat(t.admin.post(DEDUCTIONS, second).status()).isEqualTo(201);
    JsonNode after = t.admin.get(TOTALS).json();
    assertThat(after.get("deductedGrams").asLong()).isEqualTo(3_000_000);
    assertThat(after.get("netGrams").asLong()).isEqualTo(gross - 3_000_000);
    // 4 t more would exceed the 1,664,301 g left (1,912 + 4,662,389 - 3,000,000): refused
    Map<String, Object> fourMore = new java.util.HashMap<>(second);
    fourMore.put("reference", ref + "-D");
    fourMore.put("tonnes", 4);
    ApiClient.Reply tooMuch = t.admin.post(DEDUCTIONS, fourMore);
    assertProblem(tooMuch, 422);
    assertThat(tooMuch.json().get("detail").asString())
        .contains("(" + (gross - 3_000_000) + " g: " + gross + " g counted, 3000000 g deducted");

    Map<String, Object> noTonnes = new java.util.HashMap<>(first);
    noTonnes.put("reference", ref + "-C");
    noTonnes.put("tonnes", 0);
    assertProblem(t.admin.post(DEDUCTIONS, noTonnes), 400);
    Map<String, Object> badMonth = new java.util.HashMap<>(noTonnes);
    badMonth.put("tonnes", 1);
    badMonth.put("month", "2024-13");
    assertProblem(t.admin.post(DEDUCTIONS, badMonth), 400);
    Map<String, Object> noReason = new java.util.HashMap<>(badMonth);
    noReason.put("month", "2024-05");
    noReason.remove("reason");
    assertProblem(t.admin.post(DEDUCTIONS, noReason), 400);

    JsonNode list = t.viewer.get(DEDUCTIONS).json();
    assertThat(list.get("total").asLong()).isEqualTo(2);
    assertThat(list.get("items").get(0).get("reference").asString()).isEqualTo(ref);
    assertThat(list.get("items").get(0).get("tonnes").asLong()).isEqualTo(2);
    assertThat(list.get("items").get(0).get("programme").asString()).isEqualTo("maps");
    assertThat(list.get("items").get(1).get("grams").asLong()).isEqualTo(1_000_000);
    assertThat(list.get("items").get(1).get("month").asString()).isEqualTo("2024-06");
    assertThat(t.viewer.get(DEDUCTIONS + "?page=1&size=1").json().get("items").get(0))
        .isEqualTo(list.get("items").get(1));

    // Two deductions recorded with their reasons; the refused ones recorded nothing.
    List<JsonNode> recorded = entries(t, "ecosystem_deduction.added");
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(1).get("entityId").asString()).isEqualTo(ref);
    assertThat(recorded.get(1).get("detail").asString()).isEqualTo("sold on the mobility exchange");
    assertThat(recorded.get(1).get("actor").asString()).isEqualTo(t.adminName);
    assertThat(recorded.get(1).get("afterHash").asString())
        .isEqualTo(sha256("maps|2024-05|2000000|" + ref));
    assertThat(recorded.get(1).get("beforeHash").asString()).isEqualTo("0".repeat(64));
    assertChainIntact(t);
  }

  @Test
  void anotherTenantSeesNoneOfTheAccountsDeductionsOrRates() {
    TenantFixture a = newTenant();
    TenantFixture b = newTenant();
    String p = prefix();
    assertThat(a.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);
    assertThat(cloudMigration(a, p)).isEqualTo(CLOUD_GRAMS);
    String ref = "VCS-" + p;
    Map<String, Object> deduction = deduction(ref, 1, "sold");
    assertThat(a.admin.post(DEDUCTIONS, deduction).status()).isEqualTo(201);
    assertThat(a.admin.put(RATES, Map.of("defaultPerKilogram", 3.0)).status()).isEqualTo(200);

    assertProblem(b.admin.get(statement(p + "-a1", "2024-05")), 404);
    assertThat(b.admin.get(LEADERBOARD).json()).isEmpty();
    assertThat(b.admin.get(DEDUCTIONS).json().get("total").asLong()).isZero();
    assertThat(b.admin.get(RATES).json().get("defaultPerKilogram").asDouble()).isEqualTo(1.0);
    assertThat(b.admin.get(TOTALS).json().get("deductedGrams").asLong()).isZero();
    assertThat(entries(b, "ecosystem_deduction.added")).isEmpty();
    assertThat(entries(b, "ecosystem_points_rates.changed")).isEmpty();

    // b's ledger is its own: the same reference is b's to deduct, and a's stays as it was.
    assertThat(cloudMigration(b, p + "b")).isEqualTo(CLOUD_GRAMS);
    assertThat(b.admin.post(DEDUCTIONS, deduction).status()).isEqualTo(201);
    assertThat(a.admin.get(DEDUCTIONS).json().get("total").asLong()).isEqualTo(1);
    assertThat(a.admin.get(TOTALS).json().get("deductedGrams").asLong()).isEqualTo(1_000_000);
    assertThat(a.viewer.get(RATES).json().get("defaultPerKilogram").asDouble()).isEqualTo(3.0);
    // the two bike riders and the cloud migration's actor
    assertThat(a.admin.get(LEADERBOARD).json()).hasSize(3);
  }

  @Test
  void erasedActorsAreKeyedPerTenantStablyAndNeverByAPlainHash() throws IOException {
    TenantFixture a = newTenant();
    TenantFixture b = newTenant();
    String p = prefix();
    String actor = p + "-a1";
    for (TenantFixture t : List.of(a, b)) {
      assertThat(t.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);
      assertThat(t.admin.delete(account(actor)).status()).isEqualTo(204);
    }
    // the same actor id counted again in tenant a and erased again: the same pseudonym
    assertThat(
            a.admin
                .post(EVENTS, List.of(bus(p + "-9", actor, 10, "2024-07-01T08:00:00Z")))
                .status())
        .isEqualTo(200);
    assertThat(a.admin.delete(account(actor)).status()).isEqualTo(204);

    List<JsonNode> inA = entries(a, "ecosystem_account.erased");
    List<JsonNode> inB = entries(b, "ecosystem_account.erased");
    assertThat(inA).hasSize(2);
    assertThat(inB).hasSize(1);
    String first = inA.get(1).get("entityId").asString();
    assertThat(inA.get(0).get("entityId").asString()).isEqualTo(first);
    assertThat(first).isEqualTo(hmac(tenantKey(a), actor)).isNotEqualTo(sha256(actor));
    assertThat(inB.get(0).get("entityId").asString())
        .isEqualTo(hmac(tenantKey(b), actor))
        .isNotEqualTo(first);
    assertThat(tenantKey(a)).hasSize(32).isNotEqualTo(tenantKey(b));
    // the key is not in any answer of the API
    String hex = java.util.HexFormat.of().formatHex(tenantKey(a));
    assertThat(a.verifier.get("/api/v1/audit?size=1000").text()).doesNotContain(hex);
    assertChainIntact(a);
    assertChainIntact(b);
  }

  private static final String REVERSALS = "/api/v1/ecosystem/reversals";

  @Test
  void aWronglyCountedEventIsReversedOnceByAnAdminAndAudited() throws IOException {
    TenantFixture t = newTenant();
    String p = prefix();
    // 12.5 km -> 590 g, 8 km -> 378 g (a1: 968 g), 20 km -> 944 g (a2): 1912 g gross
    assertThat(t.admin.post(EVENTS, batch(p)).status()).isEqualTo(200);
    // 1e+300 km is beyond the bike ride's bound (300 km) and refused; 300 km is the largest
    // counted: 300 x 47.2187 = 14165.61 -> 14166 g, points 14.166
    ApiClient.Reply sent =
        t.admin.post(
            EVENTS,
            List.of(
                bus(p + "-huge", p + "-x", 1e300, "2024-05-03T08:00:00Z"),
                bus(p + "-big", p + "-x", 300, "2024-05-03T09:00:00Z")));
    assertThat(sent.status()).as(sent.text()).isEqualTo(200);
    JsonNode answer = sent.json();
    assertThat(answer.get("counted").asLong()).isEqualTo(1);
    assertThat(answer.get("refusals").get("QUANTITY_ABOVE_BOUND").asLong()).isEqualTo(1);
    assertThat(t.admin.get(TOTALS).json().get("grossGrams").asLong()).isEqualTo(1912 + 14166);
    assertThat(t.admin.get(LEADERBOARD).json().get(0).get("actor").asString()).isEqualTo(p + "-x");

    Map<String, Object> body = Map.of("eventId", p + "-big", "reason", "odometer read as km");
    assertProblem(t.dataOwner.post(REVERSALS, body), 403);
    assertProblem(t.verifier.post(REVERSALS, body), 403);
    assertProblem(t.admin.post(REVERSALS, Map.of("eventId", p + "-big")), 400);
    assertProblem(t.admin.post(REVERSALS, Map.of("eventId", p + "-nope", "reason", "x")), 404);
    assertProblem(t.admin.post(REVERSALS, Map.of("eventId", p + "-huge", "reason", "x")), 404);
    ApiClient.Reply reversed = t.admin.post(REVERSALS, body);
    assertThat(reversed.status()).as(reversed.text()).isEqualTo(201);
    assertThat(reversed.json().get("grams").asLong()).isEqualTo(14166);
    assertThat(reversed.json().get("points").asDouble()).isEqualTo(14.166);
    assertProblem(t.admin.post(REVERSALS, body), 409);

    JsonNode totals = t.viewer.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(1912);
    assertThat(totals.get("netGrams").asLong()).isEqualTo(1912);
    assertThat(totals.get("acceptedEvents").asLong()).isEqualTo(3);
    assertThat(totals.get("reversedEvents").asLong()).isEqualTo(1);
    assertThat(totals.get("byMonth").get("2024-05").asLong()).isEqualTo(968);
    JsonNode board = t.admin.get(LEADERBOARD).json();
    assertThat(board).hasSize(2);
    assertThat(board.get(0).get("actor").asString()).isEqualTo(p + "-a1");
    assertThat(board.get(0).get("grams").asLong()).isEqualTo(968);
    assertThat(board.get(1).get("grams").asLong()).isEqualTo(944);
    assertProblem(t.admin.get(account(p + "-x")), 404);
    // the redelivered event stays a duplicate
    JsonNode again =
        t.admin
            .post(EVENTS, List.of(bus(p + "-big", p + "-x", 300, "2024-05-03T09:00:00Z")))
            .json();
    assertThat(again.get("refusals").get("DUPLICATE_EVENT").asLong()).isEqualTo(1);

    // a restart replays the reversal from the ledger's folder to the same totals
    StateStore replayed =
        StateStore.open(ledgers.folderOf(t.tenantId), ledgers.catalog(), null, 16);
    assertThat(replayed.ledger().totals().grossGrams()).isEqualTo(1912);
    assertThat(replayed.ledger().totals().acceptedEvents()).isEqualTo(3);
    assertThat(replayed.ledger().leaderboard(5)).hasSize(2);
    assertThat(replayed.reversals()).containsEntry(p + "-big", "odometer read as km");

    List<JsonNode> recorded = entries(t, "ecosystem_event.reversed");
    assertThat(recorded).hasSize(1);
    JsonNode e = recorded.get(0);
    assertThat(e.get("actor").asString()).isEqualTo(t.adminName);
    assertThat(e.get("entity").asString()).isEqualTo("ecosystem_event");
    assertThat(e.get("entityId").asString()).isEqualTo(p + "-big");
    assertThat(e.get("detail").asString()).isEqualTo("odometer read as km");
    assertThat(e.get("beforeHash").asString())
        .isEqualTo(
            sha256(
                "maps|green_trip.cycle|GB|2024-05-03|14166|14.166|"
                    + hmac(tenantKey(t), p + "-x")));
    assertThat(e.get("afterHash").asString()).isEqualTo("0".repeat(64));
    assertThat(t.verifier.get("/api/v1/audit?size=1000").text()).doesNotContain(p + "-x\"");
    assertChainIntact(t);
  }

  @Test
  void aLedgerCountedBeforeTheBoundsIsRefusedUntilItsWrongEventIsReversed() throws Exception {
    TenantFixture t = newTenant();
    String p = prefix();
    // the tenant's state as the code before the bounds left it: a 1e+300 km trip stored with
    // Long.MAX_VALUE grams beside two ordinary rides (12.5 km -> 590 g, 20 km -> 944 g)
    Path folder = ledgers.folderOf(t.tenantId);
    StateStore old = StateStore.open(folder, ledgers.catalog(), null, 16);
    old.ingest(
        "before the bounds",
        List.of(
            event(p + "-1", p + "-a1", 12.5, "2024-05-01T08:00:00Z"),
            event(p + "-huge", p + "-x", 200, "2024-05-02T08:00:00Z"),
            event(p + "-3", p + "-a2", 20.0, "2024-06-01T18:30:00Z")));
    saturate(folder, p + "-huge");

    ApiClient.Reply refused = t.viewer.get(TOTALS);
    assertThat(refused.status()).as(refused.text()).isEqualTo(409);
    assertThat(refused.json().get("title").asString()).isEqualTo("Ledger Out Of Range");
    assertThat(refused.json().get("suspectEvents").get(0).asString()).isEqualTo(p + "-huge");
    assertProblem(t.admin.get(LEADERBOARD), 409);
    assertProblem(t.admin.get(account(p + "-a1")), 409);
    JsonNode blocked =
        t.admin.post(EVENTS, List.of(bus(p + "-4", p + "-a1", 10, "2024-06-02T08:00:00Z"))).json();
    assertThat(blocked.get("refusals").get("OUT_OF_RANGE").asLong()).isEqualTo(1);

    ApiClient.Reply reversed =
        t.admin.post(REVERSALS, Map.of("eventId", p + "-huge", "reason", "counted with 1e+300 km"));
    assertThat(reversed.status()).as(reversed.text()).isEqualTo(201);
    assertThat(reversed.json().get("grams").asLong()).isEqualTo(Long.MAX_VALUE);

    JsonNode totals = t.viewer.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(590 + 944);
    assertThat(totals.get("acceptedEvents").asLong()).isEqualTo(2);
    assertThat(totals.get("progress").get("cumulativeGrams").asLong()).isEqualTo(1534);
    JsonNode board = t.admin.get(LEADERBOARD).json();
    assertThat(board).hasSize(2);
    assertThat(board.get(0).get("actor").asString()).isEqualTo(p + "-a2");
    assertThat(board.get(0).get("grams").asLong()).isEqualTo(944);
    assertProblem(t.admin.get(account(p + "-x")), 404);
    assertThat(StateStore.open(folder, ledgers.catalog(), null, 16).ledger().totals().grossGrams())
        .isEqualTo(1534);
    assertChainIntact(t);
  }

  /**
   * A ledger that counted a methodology under an earlier version is restated when the service opens
   * it: the change is listed with its reason in the totals, and the event keeps the grams it was
   * counted with. Hand calculation (private-car pooling, 2024, grid of 2023 as the nearest earlier
   * vintage): 10 km x 171.48 g - 2 vkm x 171.48 g - 1 kWh x 530.6 g = 841.24 -> 841 g.
   */
  @Test
  void aMethodologyCountedUnderAnEarlierVersionIsShownAsARestatement() throws Exception {
    TenantFixture t = newTenant();
    String p = prefix();
    Path folder = ledgers.folderOf(t.tenantId);
    StateStore old = StateStore.open(folder, ledgers.catalog(), null, 16);
    old.ingest(
        "before the vintages",
        List.of(
            new org.scopeplus.core.scope3plus.Event(
                p + "-pool",
                "maps",
                p + "-a1",
                "ride_pooling.private_car",
                List.of(
                    org.scopeplus.core.scope3plus.EventQuantity.of(10, "km"),
                    org.scopeplus.core.scope3plus.EventQuantity.of(2, "vkm"),
                    org.scopeplus.core.scope3plus.EventQuantity.of(1, "kWh")),
                java.time.Instant.parse("2024-05-01T08:00:00Z"),
                "GB",
                "",
                "")));
    // the manifest as the catalog before the change wrote it: ride pooling counted under 2021.1
    Path manifest = folder.resolve("manifest.json");
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode) ApiClient.JSON.readTree(manifest.toFile());
    root.put("catalog", "scope3plus-methodologies-2026.2");
    root.remove("versions");
    Files.writeString(manifest, ApiClient.JSON.writeValueAsString(root));

    JsonNode totals = t.viewer.get(TOTALS).json();
    assertThat(totals.get("grossGrams").asLong()).isEqualTo(841);
    JsonNode r = totals.get("restatements");
    assertThat(r).hasSize(1);
    assertThat(r.get(0).get("kind").asString()).isEqualTo("version change");
    assertThat(r.get(0).get("action").asString()).isEqualTo("ride_pooling.private_car");
    assertThat(r.get(0).get("version").asString()).isEqualTo("2021.1");
    assertThat(r.get(0).get("newVersion").asString()).isEqualTo("2026.1");
    assertThat(r.get(0).get("fromCatalog").asString()).isEqualTo("scope3plus-methodologies-2026.2");
    assertThat(r.get(0).get("events").asLong()).isEqualTo(1);
    assertThat(r.get(0).get("grams").asLong()).isEqualTo(841);
    assertThat(r.get(0).get("reason").asString()).contains("nearest earlier");
    // another tenant's ledger has no restatement
    assertThat(newTenant().viewer.get(TOTALS).json().get("restatements")).isEmpty();
  }

  /**
   * The methodologies' guidance: regions, first year, parameters with region, vintage and source,
   * the other vintages, and what to configure before a methodology counts.
   */
  @Test
  void theMethodologiesAreListedWithTheirGuidance() {
    TenantFixture t = newTenant();
    ApiClient.Reply reply = t.viewer.get("/api/v1/ecosystem/methodologies");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode c = reply.json();
    assertThat(c.get("catalog").asString()).isEqualTo("scope3plus-methodologies-2026.4");
    JsonNode pooling = null;
    JsonNode bus = null;
    for (JsonNode m : c.get("methodologies")) {
      if (m.get("action").asString().equals("ride_pooling.private_car")) {
        pooling = m;
      }
      if (m.get("action").asString().equals("green_trip.bus")) {
        bus = m;
      }
    }
    assertThat(pooling).isNotNull();
    assertThat(pooling.get("firstYear").asInt()).isEqualTo(2021);
    assertThat(pooling.get("regions").get(0).asString()).isEqualTo("GB");
    assertThat(pooling.get("transfers").has("grid.cn.2023.national_average")).isTrue();
    List<String> vintages = new ArrayList<>();
    pooling.get("otherVintages").forEach(v -> vintages.add(v.get("vintage").asString()));
    assertThat(vintages).containsExactly("2021", "2023");
    JsonNode grid = null;
    for (JsonNode p : pooling.get("parameters")) {
      if (p.get("role").asString().equals("grid")) {
        grid = p;
      }
    }
    assertThat(grid.get("vintage").asString()).isEqualTo("2022");
    assertThat(grid.get("region").asString()).isEqualTo("CN");
    assertThat(grid.get("weak").asBoolean()).isTrue();
    assertThat(bus.get("usable").asBoolean()).isFalse();
    assertThat(bus.get("toConfigure").get(0).asString())
        .startsWith("required.survey.green_trip.bus.share.car (fraction)");
    boolean changed = false;
    for (JsonNode x : c.get("changes")) {
      changed |= x.get("action").asString().equals("cloud_migration");
    }
    assertThat(changed).isTrue();
  }

  /**
   * The catalog's own texts in Simplified Chinese for a reader asking for it (Accept-Language:
   * zh-CN, as the API's other explanations), in English by default; keys and units as written.
   */
  @Test
  void theMethodologiesGuidanceIsInChineseForAChineseReader() {
    TenantFixture t = newTenant();
    JsonNode en = busOf(t.viewer.get("/api/v1/ecosystem/methodologies").json());
    ApiClient.Reply reply = t.viewer.get("/api/v1/ecosystem/methodologies", "zh-CN");
    assertThat(reply.status()).as(reply.text()).isEqualTo(200);
    JsonNode zh = busOf(reply.json());
    assertThat(en.get("baseline").asString())
        .startsWith("The modes the riders would otherwise have used");
    assertThat(zh.get("baseline").asString()).startsWith("若无本行为，乘客原本会使用的出行方式");
    assertThat(en.get("toConfigure").get(0).asString())
        .startsWith("required.survey.green_trip.bus.share.car (fraction): Configure from a cited");
    assertThat(zh.get("toConfigure").get(0).asString())
        .startsWith("required.survey.green_trip.bus.share.car (fraction): 请依据有出处的调查配置");
    for (JsonNode p : zh.get("parameters")) {
      if (p.get("role").asString().equals("share.car")) {
        assertThat(p.get("source").asString()).startsWith("未找到：本项目的公交出行中");
        assertThat(p.get("unit").asString()).isEqualTo("fraction");
      }
    }
  }

  private static JsonNode busOf(JsonNode catalog) {
    for (JsonNode m : catalog.get("methodologies")) {
      if (m.get("action").asString().equals("green_trip.bus")) {
        return m;
      }
    }
    throw new AssertionError("no green_trip.bus in " + catalog);
  }

  private static org.scopeplus.core.scope3plus.Event event(
      String id, String actor, double km, String time) {
    return new org.scopeplus.core.scope3plus.Event(
        id,
        "maps",
        actor,
        "green_trip.cycle",
        List.of(org.scopeplus.core.scope3plus.EventQuantity.of(km, "km")),
        java.time.Instant.parse(time),
        "GB",
        "ev:" + id,
        "");
  }

  /**
   * Overwrites the stored grams and points of one event as the code before the bounds stored a
   * 1e+300 km trip (grams saturated at Long.MAX_VALUE), and the segment's checksum in the manifest.
   * A record is: id, claim, actor, evidence (each a length byte and bytes), methodology, programme
   * and region (u16), epoch day (i32), grams and points (i64), little-endian.
   */
  private static void saturate(Path folder, String eventId) throws IOException {
    Path manifest = folder.resolve("manifest.json");
    tools.jackson.databind.node.ObjectNode root =
        (tools.jackson.databind.node.ObjectNode) ApiClient.JSON.readTree(manifest.toFile());
    tools.jackson.databind.node.ObjectNode seg =
        (tools.jackson.databind.node.ObjectNode) root.get("segments").get(0);
    Path file = folder.resolve("segments").resolve(seg.get("name").asString());
    byte[] b = Files.readAllBytes(file);
    byte[] target = eventId.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int pos = 0;
    boolean found = false;
    while (pos < b.length) {
      int idLen = b[pos] & 0xFF;
      boolean match =
          java.util.Arrays.equals(b, pos + 1, pos + 1 + idLen, target, 0, target.length);
      pos += 1 + idLen;
      for (int field = 0; field < 3; field++) {
        pos += 1 + (b[pos] & 0xFF);
      }
      int grams = pos + 10;
      pos += 26;
      if (match) {
        long points = Math.round(Long.MAX_VALUE / 1000.0);
        for (int i = 0; i < 8; i++) {
          b[grams + i] = (byte) (Long.MAX_VALUE >>> (8 * i));
          b[grams + 8 + i] = (byte) (points >>> (8 * i));
        }
        found = true;
      }
    }
    assertThat(found).isTrue();
    Files.write(file, b);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(b);
    seg.put("crc32", crc.getValue());
    Files.writeString(manifest, ApiClient.JSON.writeValueAsString(root));
  }

  /** The tenant's actor pseudonym key, as the service keeps it in the tenant's ledger folder. */
  private byte[] tenantKey(TenantFixture t) throws IOException {
    return Files.readAllBytes(ledgers.folderOf(t.tenantId).resolve("actor-pseudonym.key"));
  }

  private static String hmac(byte[] key, String text) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The caller's tenant's audit entries of one action, newest first. */
  private static List<JsonNode> entries(TenantFixture t, String action) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : t.verifier.get("/api/v1/audit?size=1000").json().get("items")) {
      if (e.get("action").asString().equals(action)) {
        out.add(e);
      }
    }
    return out;
  }

  private static void assertChainIntact(TenantFixture t) {
    JsonNode v = t.verifier.get("/api/v1/audit/verification").json();
    assertThat(v.get("intact").asBoolean()).as(v.toString()).isTrue();
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
