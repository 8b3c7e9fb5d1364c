package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.server.exchange.PactHttps;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactClientStore;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The PACT v3 host system, checked against the rules of the PACT Technical Specifications v3.0.3
 * (spec/v3/index.md and openapi.yaml of wbcsd/data-exchange-protocol): HTTPS only, Action
 * Authenticate (RFC 6749 client credentials), ListFootprints with every filter and pagination,
 * GetFootprint, the error codes and their application/json Error bodies, Action Events, and tenant
 * isolation. Every footprint served is checked against the data model's rules.
 */
abstract class PactChecks extends ServiceChecks {

  @Autowired PactHttps https;

  private static final Set<String> ERROR_CODES =
      Set.of(
          "BadRequest",
          "AccessDenied",
          "TokenExpired",
          "NotFound",
          "InternalError",
          "NotImplemented");

  /** A tenant with a registered PACT client, authenticated. */
  record Host(
      TenantFixture tenant, String clientRef, String clientId, String secret, PactCaller pact) {}

  Host host(List<String> shared) {
    TenantFixture t = newTenant();
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Customer A");
    if (shared != null) {
      body.put("sharedProductIds", shared);
    }
    ApiClient.Reply r = t.admin.post("/api/v1/pact/clients", body);
    assertThat(r.status()).as(r.text()).isEqualTo(201);
    String id = r.str("clientId");
    String secret = r.str("clientSecret");
    return new Host(t, r.str("id"), id, secret, PactCaller.of(https).authenticated(id, secret));
  }

  static void assertPactError(PactCaller.Reply r, int status, String code) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.contentType()).as(r.text()).startsWith("application/json");
    JsonNode body = r.json();
    assertThat(body.get("code").asString()).isEqualTo(code);
    assertThat(ERROR_CODES).contains(body.get("code").asString());
    assertThat(body.get("message").asString()).isNotBlank();
  }

  /** Every footprint of a list or get body passes the data model's rules. */
  static List<String> ids(PactCaller.Reply r) {
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    Object tree = ApiClient.JSON.readValue(r.text(), Object.class);
    Object data = ((Map<?, ?>) tree).get("data");
    assertThat(data).as("data must not be null").isNotNull();
    List<String> ids = new ArrayList<>();
    for (Object pf : data instanceof List<?> l ? l : List.of(data)) {
      assertThat(FootprintRules.check(pf)).as(String.valueOf(pf)).isEmpty();
      ids.add((String) ((Map<?, ?>) pf).get("id"));
    }
    return ids;
  }

  @Test
  void pactPathsRefusePlainHttpAndThePactPortRefusesPlainHttp() throws Exception {
    HttpClient plain = HttpClient.newHttpClient();
    for (String path :
        List.of("/3/footprints", "/auth/token", "/.well-known/openid-configuration")) {
      HttpResponse<String> r =
          plain.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(403);
      assertThat(r.body()).contains("AccessDenied", "HTTPS only");
    }
    int status;
    try {
      status =
          plain
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + https.port() + "/3/footprints"))
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .statusCode();
    } catch (java.io.IOException e) {
      status = -1;
    }
    assertThat(status).as("plain HTTP on the HTTPS port").isNotEqualTo(200).isNotEqualTo(401);
  }

  @Test
  void theOpenIdConfigurationNamesTheTokenEndpoint() {
    PactCaller.Reply r = PactCaller.of(https).get("/.well-known/openid-configuration");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("token_endpoint").asString())
        .isEqualTo("https://localhost:" + https.port() + "/auth/token");
    assertThat(r.json().get("grant_types_supported").toString()).contains("client_credentials");
  }

  @Test
  void authenticateFollowsTheClientCredentialsGrant() {
    Host h = host(null);
    PactCaller anon = PactCaller.of(https);
    PactCaller.Reply ok =
        anon.token(PactCaller.basic(h.clientId(), h.secret()), "grant_type=client_credentials");
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().get("token_type").asString()).isEqualTo("Bearer");
    assertThat(ok.json().get("expires_in").asLong()).isEqualTo(3600);
    assertThat(ok.json().get("access_token").asString()).isNotBlank();

    PactCaller.Reply wrong =
        anon.token(
            PactCaller.basic(h.clientId(), "not-the-secret"), "grant_type=client_credentials");
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(wrong.json().get("error").asString()).isEqualTo("invalid_client");
    assertThat(wrong.wwwAuthenticate()).startsWith("Basic");
    assertThat(anon.token(null, "grant_type=client_credentials").status()).isEqualTo(401);
    PactCaller.Reply noGrant = anon.token(PactCaller.basic(h.clientId(), h.secret()), "");
    assertThat(noGrant.status()).isEqualTo(400);
    assertThat(noGrant.json().get("error").asString()).isEqualTo("invalid_request");
    PactCaller.Reply password =
        anon.token(PactCaller.basic(h.clientId(), h.secret()), "grant_type=password");
    assertThat(password.status()).isEqualTo(400);
    assertThat(password.json().get("error").asString()).isEqualTo("unsupported_grant_type");

    // the secret is stored as its SHA-256 only, and a revoked client cannot get a token
    assertThat(h.tenant().admin.get("/api/v1/pact/clients").text()).doesNotContain(h.secret());
    assertThat(h.tenant().admin.delete("/api/v1/pact/clients/" + h.clientRef()).status())
        .isEqualTo(204);
    assertThat(
            anon.token(PactCaller.basic(h.clientId(), h.secret()), "grant_type=client_credentials")
                .status())
        .isEqualTo(401);
    assertPactError(h.pact().get("/3/footprints"), 401, "BadRequest");
  }

  @Test
  void onlyAnAdminRegistersClients() {
    TenantFixture t = newTenant();
    assertProblem(t.dataOwner.post("/api/v1/pact/clients", Map.of("name", "x")), 403);
    assertProblem(t.viewer.get("/api/v1/pact/clients"), 403);
    assertProblem(t.admin.post("/api/v1/pact/clients", Map.of("name", "")), 400);
  }

  @Test
  void theActionsNeedAValidUnexpiredToken() {
    Host h = host(null);
    PactCaller anon = PactCaller.of(https);
    PactCaller.Reply none = anon.get("/3/footprints");
    assertPactError(none, 401, "BadRequest");
    assertThat(none.wwwAuthenticate()).startsWith("Bearer");
    assertPactError(anon.withToken("made-up").get("/3/footprints"), 401, "BadRequest");
    String expired = "expired-" + UUID.randomUUID();
    database.inTransaction(
        c -> {
          PactClientStore store = new PactClientStore();
          PactClient client = store.byRef(c, h.tenant().tenantId, h.clientRef()).orElseThrow();
          store.addToken(c, client, Sha256.of(expired), Instant.now().minusSeconds(5));
          return null;
        });
    assertPactError(anon.withToken(expired).get("/3/footprints"), 401, "TokenExpired");
    assertPactError(
        anon.withToken(expired).postEvent("application/cloudevents+json", "{}"),
        401,
        "TokenExpired");
  }

  @Test
  void listFootprintsAppliesEveryFilterOrWithinAndAcross() {
    Host h = host(null);
    String tid = h.tenant().tenantId;
    String a =
        PactFootprints.publish(
            database,
            tid,
            PactFootprints.footprint(
                "urn:gtin:1111", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));
    String b =
        PactFootprints.publish(
            database,
            tid,
            PactFootprints.footprint(
                "urn:gtin:2222", "geographyCountry", "FR", "2025-01-01T00:00:00Z", "Active"));
    String c =
        PactFootprints.publish(
            database,
            tid,
            PactFootprints.footprint(
                "urn:gtin:3333",
                "geographyCountrySubdivision",
                "DE-BW",
                "2023-01-01T00:00:00Z",
                "Deprecated"));
    String d =
        PactFootprints.publish(
            database,
            tid,
            PactFootprints.footprint(
                "urn:gtin:4444",
                "geographyRegionOrSubregion",
                "Eastern Asia",
                "2024-07-01T00:00:00Z",
                "Active"));
    String e =
        PactFootprints.publish(
            database,
            tid,
            PactFootprints.footprint(
                "urn:gtin:5555", null, null, "2024-07-01T00:00:00Z", "Active"));
    PactCaller p = h.pact();

    assertThat(ids(p.get("/3/footprints"))).containsExactlyInAnyOrder(a, b, c, d, e);
    // several values of one criterion: OR; the name in any case, as the specification's example
    assertThat(ids(p.get("/3/footprints?productId=urn:gtin:1111&productid=URN:GTIN:2222")))
        .containsExactlyInAnyOrder(a, b);
    // different criteria: AND
    assertThat(
            ids(
                p.get(
                    "/3/footprints?productId=urn:gtin:1111&productId=urn:gtin:2222&geography=fr")))
        .containsExactly(b);
    // a country matches its subdivisions; a region by name
    assertThat(ids(p.get("/3/footprints?geography=DE"))).containsExactlyInAnyOrder(a, c);
    assertThat(ids(p.get("/3/footprints?geography=Eastern%20Asia"))).containsExactly(d);
    assertThat(ids(p.get("/3/footprints?companyId=urn:pact:testsupplier.example:company:1")))
        .hasSize(5);
    assertThat(ids(p.get("/3/footprints?companyId=urn:pact:other:company:9"))).isEmpty();
    assertThat(
            ids(
                p.get(
                    "/3/footprints?classification=urn:pact:productclassification:un-cpc:4531&productId=urn:gtin:5555")))
        .containsExactly(e);
    assertThat(ids(p.get("/3/footprints?status=deprecated"))).containsExactly(c);
    assertThat(ids(p.get("/3/footprints?status=Active"))).containsExactlyInAnyOrder(a, b, d, e);
    // validity: 3 years from the reference period's end when none is given
    // a, b: 2025-01-01 .. 2028-01-01; c: 2023-01-01 .. 2026-01-01; d, e: 2024-07-01 .. 2027-07-01
    assertThat(ids(p.get("/3/footprints?validOn=2027-12-31T00:00:00Z")))
        .containsExactlyInAnyOrder(a, b);
    assertThat(ids(p.get("/3/footprints?validOn=2025-01-01T00:00:00Z")))
        .containsExactlyInAnyOrder(a, b, c, d, e);
    assertThat(ids(p.get("/3/footprints?validAfter=2024-12-31T00:00:00Z")))
        .containsExactlyInAnyOrder(a, b);
    assertThat(ids(p.get("/3/footprints?validBefore=2027-07-02T00:00:00Z")))
        .containsExactlyInAnyOrder(c, d, e);
    assertThat(
            ids(
                p.get(
                    "/3/footprints?validBefore=2027-07-02T00:00:00Z&status=Active&geography=Eastern%20Asia")))
        .containsExactly(d);
    // no match: 200 with an empty list, never null
    PactCaller.Reply empty = p.get("/3/footprints?productId=urn:gtin:0000");
    assertThat(ids(empty)).isEmpty();
    assertThat(empty.text()).isEqualTo("{\"data\":[]}");
    // other systems' extension parameters are ignored
    assertThat(ids(p.get("/3/footprints?x-atq-invoice-id=12345&productId=urn:gtin:1111")))
        .containsExactly(a);
  }

  @Test
  void badFiltersAreBadRequests() {
    PactCaller p = host(null).pact();
    for (String q :
        List.of(
            "productId=gtin-1111",
            "companyId=acme",
            "classification=4531",
            "validOn=2025-13-01",
            "validAfter=yesterday",
            "validBefore=2025-01-01",
            "status=Current",
            "status=Active&status=Deprecated",
            "limit=-1",
            "limit=ten",
            "colour=red")) {
      assertPactError(p.get("/3/footprints?" + q), 400, "BadRequest");
    }
  }

  @Test
  void listFootprintsPagesWithAbsoluteNextLinks() {
    Host h = host(null);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      all.add(
          PactFootprints.publish(
              database,
              h.tenant().tenantId,
              PactFootprints.footprint(
                  "urn:gtin:70" + i, "geographyCountry", "CN", "2025-01-01T00:00:00Z", "Active")));
    }
    List<String> seen = new ArrayList<>();
    PactCaller.Reply page = h.pact().get("/3/footprints?geography=CN&limit=2");
    int pages = 1;
    Pattern next = Pattern.compile("<([^>]+)>; rel=\"next\"");
    while (true) {
      List<String> ids = ids(page);
      assertThat(ids.size()).isLessThanOrEqualTo(2);
      seen.addAll(ids);
      if (page.link() == null) {
        break;
      }
      Matcher m = next.matcher(page.link());
      assertThat(m.find()).as(page.link()).isTrue();
      URI uri = URI.create(m.group(1));
      assertThat(uri.isAbsolute()).isTrue();
      assertThat(uri.getScheme()).isEqualTo("https");
      assertThat(uri.getHost() + ":" + uri.getPort()).isEqualTo("localhost:" + https.port());
      // a pagination link can be called more than once
      assertThat(ids(h.pact().get(m.group(1)))).isEqualTo(ids(h.pact().get(m.group(1))));
      page = h.pact().get(m.group(1));
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(all);
    PactCaller.Reply none = h.pact().get("/3/footprints?geography=CN&limit=0");
    assertThat(ids(none)).isEmpty();
    assertThat(none.link()).as("a page of none links to no next page").isNull();
  }

  @Test
  void getFootprintAnswersTheFootprintOrTheSpecifiedErrors() {
    Host h = host(List.of("urn:gtin:8001"));
    String shared =
        PactFootprints.publish(
            database,
            h.tenant().tenantId,
            PactFootprints.footprint(
                "urn:gtin:8001", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));
    String notShared =
        PactFootprints.publish(
            database,
            h.tenant().tenantId,
            PactFootprints.footprint(
                "urn:gtin:8002", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));
    assertThat(ids(h.pact().get("/3/footprints/" + shared))).containsExactly(shared);
    assertThat(ids(h.pact().get("/3/footprints/" + shared.toUpperCase()))).containsExactly(shared);
    assertPactError(h.pact().get("/3/footprints/" + notShared), 403, "AccessDenied");
    assertThat(ids(h.pact().get("/3/footprints"))).containsExactly(shared);
    assertPactError(h.pact().get("/3/footprints/" + UUID.randomUUID()), 404, "NotFound");
    assertPactError(h.pact().get("/3/footprints/not-a-uuid"), 400, "BadRequest");
  }

  @Test
  void eachClientSeesOnlyItsTenantsFootprints() {
    Host one = host(null);
    Host two = host(null);
    String mine =
        PactFootprints.publish(
            database,
            one.tenant().tenantId,
            PactFootprints.footprint(
                "urn:gtin:9001", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));
    String theirs =
        PactFootprints.publish(
            database,
            two.tenant().tenantId,
            PactFootprints.footprint(
                "urn:gtin:9001", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));
    assertThat(ids(one.pact().get("/3/footprints?productId=urn:gtin:9001"))).containsExactly(mine);
    assertThat(ids(two.pact().get("/3/footprints?productId=urn:gtin:9001")))
        .containsExactly(theirs);
    assertPactError(one.pact().get("/3/footprints/" + theirs), 404, "NotFound");
    // and the tenant's own users cannot use their API tokens on the PACT actions
    assertPactError(
        PactCaller.of(https)
            .withToken(one.tenant().admin.authorization().substring(7))
            .get("/3/footprints"),
        401,
        "BadRequest");
  }

  @Test
  void malformedEventsAreRefusedWith400() {
    PactCaller p = host(null).pact();
    String ok =
        "{\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",\"specversion\":\"1.0\","
            + "\"id\":\"e1\",\"source\":\"//example.com/3/events\",\"time\":\"2025-01-01T00:00:00Z\","
            + "\"data\":{\"pfIds\":[\""
            + UUID.randomUUID()
            + "\"]}}";
    assertThat(p.postEvent("application/cloudevents+json; charset=UTF-8", ok).status())
        .isEqualTo(200);
    assertPactError(p.postEvent("application/cloudevents+json", "{not json"), 400, "BadRequest");
    assertPactError(p.postEvent("application/cloudevents+json", "[]"), 400, "BadRequest");
    assertPactError(p.postEvent("text/plain", ok), 400, "BadRequest");
    assertPactError(
        p.postEvent("application/cloudevents+json", ok.replace("\"specversion\":\"1.0\",", "")),
        400,
        "BadRequest");
    assertPactError(
        p.postEvent("application/cloudevents+json", ok.replace("1.0", "0.3")), 400, "BadRequest");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json", ok.replace("2025-01-01T00:00:00Z", "yesterday")),
        400,
        "BadRequest");
    assertPactError(
        p.postEvent("application/cloudevents+json", ok.replace("PublishedEvent.3", "Deleted.3")),
        400,
        "BadRequest");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json",
            ok.replaceAll("\"pfIds\":\\[[^]]*]", "\"pfIds\":[\"x\"]")),
        400,
        "BadRequest");
    String created = ok.replace("PublishedEvent.3", "RequestCreatedEvent.3");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json", created.replaceAll("\"data\":\\{.*}}", "\"data\":{}}")),
        400,
        "BadRequest");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json",
            created.replaceAll("\"data\":\\{.*}}", "\"data\":{\"productId\":[\"gtin\"]}}")),
        400,
        "BadRequest");
    // a well-formed request from a client whose host system is not registered cannot be answered
    assertPactError(
        p.postEvent(
            "application/cloudevents+json",
            created.replaceAll("\"data\":\\{.*}}", "\"data\":{\"productId\":[\"urn:gtin:1\"]}}")),
        400,
        "BadRequest");
    String fulfilled = ok.replace("PublishedEvent.3", "RequestFulfilledEvent.3");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json",
            fulfilled.replaceAll(
                "\"data\":\\{.*}}", "\"data\":{\"requestEventId\":\"r1\",\"pfs\":[]}}")),
        400,
        "BadRequest");
    assertPactError(
        p.postEvent(
            "application/cloudevents+json",
            fulfilled.replaceAll(
                "\"data\":\\{.*}}",
                "\"data\":{\"requestEventId\":\"r1\",\"pfs\":[{\"id\":\"x\"}]}}")),
        400,
        "BadRequest");
  }

  /**
   * An own product's footprint from a run, recomputed here from the run's own trace lines: the
   * Group/Cloud lines other than Scope 2 location-based, x 0.5 allocation / 2,000,000 vCPU-hours /
   * 1000 g per kg. A second version supersedes the first.
   */
  @Test
  void anOwnFootprintIsComputedFromARunPublishedAndSuperseded() {
    Host h = host(null);
    ApiClient admin = h.tenant().admin;
    String period = period2024(admin);
    imported(admin, period, ApiClient.write(dir, "pcf.csv", ActivityFiles.small("P")));
    String run = ran(admin, period, Map.of()).str("id");
    long grams = 0;
    java.util.Set<String> factors = new java.util.TreeSet<>();
    for (JsonNode line :
        h.tenant().verifier.get("/api/v1/runs/" + run + "/lines?size=1000").json().get("items")) {
      if (line.get("orgUnit").asString().startsWith("Group/Cloud")
          && !line.get("method").asString().equals("LOCATION")) {
        grams += line.get("co2eGrams").asLong();
        factors.add(line.get("factorId").asString());
      }
    }
    // The footprint's lines: the two 2024 CN-ZJ electricity records, market-based, both on the
    // national residual-mix factor of data year 2023.
    assertThat(factors).containsExactly("cn_mee_nbs.excl_market_nonfossil.cn.2023");
    assertThat(grams).isPositive();
    java.math.BigDecimal expected =
        java.math.BigDecimal.valueOf(grams)
            .multiply(new java.math.BigDecimal("0.5"))
            .divide(
                new java.math.BigDecimal("2000000000"),
                new java.math.MathContext(6, java.math.RoundingMode.HALF_EVEN));
    Map<String, Object> body = new HashMap<>();
    body.put("runId", run);
    body.put("orgUnit", "Group/Cloud");
    body.put("productIds", List.of("urn:pact:test.example:product:vcpu-hour"));
    body.put("productNameCompany", "vCPU-hour");
    body.put("productDescription", "one vCPU for one hour");
    body.put("companyName", "Test Group");
    body.put("companyIds", List.of("urn:pact:test.example:company:1"));
    body.put("declaredUnitOfMeasurement", "hour");
    body.put("unitsProduced", 2000000);
    body.put("allocationShare", 0.5);
    body.put("allocationRulesDescription", "by IT energy");
    body.put("geographyCountry", "CN");
    ApiClient.Reply first = admin.post("/api/v1/pact/footprints", body);
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    JsonNode pcf = first.json().get("pcf");
    assertThat(new java.math.BigDecimal(pcf.get("pcfExcludingBiogenicUptake").asString()))
        .isEqualByComparingTo(expected);
    assertThat(pcf.get("referencePeriodStart").asString()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(pcf.get("referencePeriodEnd").asString()).isEqualTo("2025-01-01T00:00:00Z");
    assertThat(pcf.get("primaryDataShare").asString()).isEqualTo("100.0");
    // Data-quality ratings by hand (docs/uncertainty.md rules, docs/pact.md mapping): both lines
    // score technological 2 (a residual mix is a factor of the very grid), geographical 3 (CN is
    // two
    // levels above CN-ZJ: CN-ZJ in CN-GRID-EAST in CN), temporal 1 (2024 - 2023 = 1 year, under 3);
    // equal scores, so every weighting gives 2.0, 3.0 and 1.0.
    JsonNode dqi = pcf.get("dqi");
    assertThat(dqi.get("technologicalDQR").asString()).isEqualTo("2.0");
    assertThat(dqi.get("geographicalDQR").asString()).isEqualTo("3.0");
    assertThat(dqi.get("temporalDQR").asString()).isEqualTo("1.0");
    PactCaller.Reply served = h.pact().get("/3/footprints/" + first.str("id"));
    assertThat(ids(served)).containsExactly(first.str("id"));
    assertThat(served.json().get("data").get("pcf").get("dqi")).isEqualTo(dqi);
    String firstId = first.str("id");
    body.put("supersedes", firstId);
    body.put("unitsProduced", 2500000);
    ApiClient.Reply second = admin.post("/api/v1/pact/footprints", body);
    assertThat(second.status()).as(second.text()).isEqualTo(201);
    assertThat(second.json().get("precedingPfIds").get(0).asString()).isEqualTo(firstId);
    assertThat(ids(h.pact().get("/3/footprints?status=Deprecated"))).containsExactly(firstId);
    assertThat(ids(h.pact().get("/3/footprints?status=Active"))).containsExactly(second.str("id"));
    assertThat(h.pact().get("/3/footprints/" + firstId).json().get("data").get("status").asString())
        .isEqualTo("Deprecated");
    assertProblem(admin.post("/api/v1/pact/footprints", body), 409);
    body.put("supersedes", null);
    body.put("allocationShare", 1e300);
    assertProblem(admin.post("/api/v1/pact/footprints", body), 400);
    assertProblem(h.tenant().dataOwner.post("/api/v1/pact/footprints", body), 403);
  }

  @Test
  void importingSuppliersFootprintsIsAllOrNothing() {
    TenantFixture t = newTenant();
    Map<String, Object> good =
        PactFootprints.footprint(
            "urn:gtin:6001", "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active");
    Map<String, Object> bad =
        PactFootprints.footprint(
            "urn:gtin:6002", "geographyCountry", "Germany", "2025-01-01T00:00:00Z", "Active");
    ApiClient.Reply refused =
        t.dataOwner.post("/api/v1/pact/supplier-footprints", Map.of("data", List.of(good, bad)));
    assertProblem(refused, 422);
    assertThat(refused.text()).contains((String) bad.get("id"), "pcf.geographyCountry");
    assertThat(t.admin.get("/api/v1/pact/footprints?origin=supplier").json().size()).isZero();
    ApiClient.Reply stored =
        t.dataOwner.post("/api/v1/pact/supplier-footprints", Map.of("data", List.of(good)));
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    assertThat(stored.json().get("stored").asInt()).isEqualTo(1);
    JsonNode held = t.viewer.get("/api/v1/pact/footprints?origin=supplier").json();
    assertThat(held.get(0).get("footprint").get("pcf").get("dqi").get("temporalDQR").asString())
        .isEqualTo("3.0");
    assertProblem(
        t.viewer.post("/api/v1/pact/supplier-footprints", Map.of("data", List.of(good))), 403);
  }

  /**
   * A category 1 purchase calculated in the service from a supplier's stored footprint, by hand:
   * 2.5 kg CO2e per kilogram (PactFootprints), 3 t = 3,000 kg bought in June 2024 (valid 2024-01-01
   * until 2027-01-01, three years from the reference period's end) give 7,500,000 g. Beside it, 2 t
   * of plastics at the BEIS 2021 average 3,116.291564 kg CO2e/t give 6,232,583 g (half-even), so
   * category 1 is 13,732,583 g, of which 7,500,000 g from supplier data. Once the supplier's only
   * footprint is superseded, the run is refused naming the row and column.
   */
  @Test
  void aPurchaseNamingASupplierProductIsCalculatedFromItsStoredFootprint() {
    TenantFixture t = newTenant();
    Map<String, Object> pf =
        PactFootprints.footprint(
            "urn:gtin:7001", "geographyCountry", "DE", "2024-01-01T00:00:00Z", "Active");
    ApiClient.Reply stored =
        t.dataOwner.post("/api/v1/pact/supplier-footprints", Map.of("data", List.of(pf)));
    assertThat(stored.status()).as(stored.text()).isEqualTo(201);
    String period = period2024(t.admin);
    String csv =
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,supplier_product_id\n"
            + "P-1,Group/Plant,,2024-06,s3.c1.mass.plastics_average,3,t,DE,URN:GTIN:7001\n"
            + "P-2,Group/Plant,,2024-06,s3.c1.mass.plastics_average,2,t,GLOBAL,\n";
    imported(t.admin, period, ApiClient.write(dir, "purchases.csv", csv));
    JsonNode run = ran(t.admin, period, Map.of()).json();
    assertThat(run.get("manifest").toString()).contains("supplierFootprintsSha256");
    String path = "/api/v1/runs/" + run.get("id").asString();
    JsonNode categories = t.viewer.get(path + "/results/scope3-category").json();
    assertThat(categories.toString()).contains("13732583");
    JsonNode supplier = t.viewer.get(path + "/results/scope3-supplier-data").json();
    assertThat(supplier.size()).isEqualTo(1);
    assertThat(supplier.toString()).contains("7500000");
    String line = t.verifier.get(path + "/lines?recordId=P-1").text();
    assertThat(line)
        .contains(
            "supplier PCF " + pf.get("id") + " (version created 2025-01-15T00:00:00Z)",
            "3000 kg x 2.5 kg CO2e/kg",
            "7500000 g CO2e");

    database.inTransaction(
        c -> {
          new org.scopeplus.store.exchange.FootprintStore()
              .deprecate(
                  c,
                  t.tenantId,
                  (String) pf.get("id"),
                  ApiClient.JSON.writeValueAsString(withStatus(pf, "Deprecated")),
                  "test");
          return null;
        });
    ApiClient.Reply refused = t.admin.post("/api/v1/periods/" + period + "/runs", Map.of());
    assertProblem(refused, 422);
    JsonNode problem = refused.json().get("problems").get(0);
    assertThat(problem.get("file").asString()).isEqualTo("purchases.csv");
    assertThat(problem.get("row").asLong()).isEqualTo(2);
    assertThat(problem.get("column").asString()).isEqualTo("supplier_product_id");
    assertThat(problem.get("message").asString()).contains("is deprecated (superseded)");
  }

  private static Map<String, Object> withStatus(Map<String, Object> pf, String status) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>(pf);
    copy.put("status", status);
    return copy;
  }
}
