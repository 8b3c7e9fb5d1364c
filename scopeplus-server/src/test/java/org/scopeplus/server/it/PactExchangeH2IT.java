package org.scopeplus.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.scopeplus.server.ScopePlusApplication;
import org.scopeplus.server.exchange.PactHttps;
import org.scopeplus.store.Database;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two running host systems on HTTPS with self-signed certificates, each trusting the other's by its
 * SHA-256: this test's service is the supplier (data owner), a second service started here is the
 * customer (data recipient). The customer requests a footprint by RequestCreatedEvent, the supplier
 * answers asynchronously with a RequestFulfilledEvent (or RequestRejectedEvent) to the customer's
 * /3/events, and the customer stores what it receives; the customer also pulls by ListFootprints;
 * an unreachable partner's events are retried with back-off and recorded.
 */
@OnH2
class PactExchangeH2IT extends ServiceChecks {

  @Autowired PactHttps supplierHttps;
  private static ConfigurableApplicationContext customer;

  @BeforeAll
  static void startCustomer() {
    Map<String, Object> p = new HashMap<>();
    p.put("server.port", "0");
    p.put(
        "scopeplus.db.url",
        "jdbc:h2:mem:scopeplus-it-customer;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    p.put("scopeplus.db.user", "sa");
    p.put("scopeplus.data-dir", "target/it-data-h2-customer");
    p.put("scopeplus.pact.port", "0");
    p.put("scopeplus.pact.retry-base", "PT0.5S");
    p.put("scopeplus.pact.poll", "PT0.2S");
    customer = ScopePlusApplication.start(p);
  }

  @AfterAll
  static void stopCustomer() {
    if (customer != null) {
      customer.close();
    }
  }

  private static JsonNode until(
      Supplier<JsonNode> what, java.util.function.Predicate<JsonNode> done) {
    Instant end = Instant.now().plus(Duration.ofSeconds(60));
    JsonNode last = what.get();
    while (!done.test(last) && Instant.now().isBefore(end)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      last = what.get();
    }
    return last;
  }

  /**
   * The two host systems registered with each other, as each test starts them: the supplier
   * registers a client for the customer, the customer registers the supplier's host system with
   * those credentials (pinning its certificate) and a client the supplier answers with.
   *
   * @param supplier the supplier's tenant, in this test's service
   * @param buyer the customer's tenant, in the second service
   * @param forBuyer the supplier's client for the customer
   * @param supplierPartnerId the supplier's host system as the customer registered it
   * @param forSupplier the customer's client for the supplier
   */
  private record Linked(
      TenantFixture supplier,
      TenantFixture buyer,
      ApiClient.Reply forBuyer,
      String supplierPartnerId,
      ApiClient.Reply forSupplier) {}

  private Linked linked() {
    int customerPort = ((WebServerApplicationContext) customer).getWebServer().getPort();
    TenantFixture supplier = newTenant();
    TenantFixture buyer = TenantFixture.create(customer.getBean(Database.class), customerPort);
    ApiClient.Reply forBuyer = supplier.admin.post("/api/v1/pact/clients", Map.of("name", "Buyer"));
    assertThat(forBuyer.status()).as(forBuyer.text()).isEqualTo(201);
    ApiClient.Reply supplierPartner =
        buyer.admin.post(
            "/api/v1/pact/partners",
            Map.of(
                "name", "Supplier",
                "baseUrl", "https://localhost:" + supplierHttps.port(),
                "clientId", forBuyer.str("clientId"),
                "clientSecret", forBuyer.str("clientSecret"),
                "certificateSha256", supplierHttps.tls().colonFingerprint()));
    assertThat(supplierPartner.status()).as(supplierPartner.text()).isEqualTo(201);
    assertThat(supplierPartner.text()).doesNotContain(forBuyer.str("clientSecret"));
    ApiClient.Reply forSupplier =
        buyer.admin.post(
            "/api/v1/pact/clients",
            Map.of("name", "Supplier", "partnerId", supplierPartner.str("id")));
    assertThat(forSupplier.status()).as(forSupplier.text()).isEqualTo(201);
    return new Linked(supplier, buyer, forBuyer, supplierPartner.str("id"), forSupplier);
  }

  @Test
  void aRequestIsAnsweredByCallbackAndFootprintsArePulledOverHttps() {
    PactHttps customerHttps = customer.getBean(PactHttps.class);
    // 1-3. the supplier's client for the customer, the supplier's host system at the customer
    // (pinned), and the customer's client for the supplier
    Linked l = linked();
    TenantFixture supplier = l.supplier();
    TenantFixture buyer = l.buyer();
    ApiClient.Reply forBuyer = l.forBuyer();
    String supplierId = l.supplierPartnerId();
    ApiClient.Reply forSupplier = l.forSupplier();

    String product = "urn:pact:supplier.example:product:steel-coil";
    String published =
        PactFootprints.publish(
            database,
            supplier.tenantId,
            PactFootprints.footprint(
                product, "geographyCountry", "DE", "2025-01-01T00:00:00Z", "Active"));

    // 4. the supplier registers the customer's host system and links its client to it
    ApiClient.Reply buyerPartner =
        supplier.admin.post(
            "/api/v1/pact/partners",
            Map.of(
                "name", "Buyer",
                "baseUrl", "https://localhost:" + customerHttps.port(),
                "clientId", forSupplier.str("clientId"),
                "clientSecret", forSupplier.str("clientSecret"),
                "certificateSha256", customerHttps.certificateSha256()));
    assertThat(buyerPartner.status()).as(buyerPartner.text()).isEqualTo(201);
    ApiClient.Reply linked =
        supplier.admin.put(
            "/api/v1/pact/clients/" + forBuyer.str("id") + "/partner",
            Map.of("partnerId", buyerPartner.str("id")));
    assertThat(linked.status()).as(linked.text()).isEqualTo(200);

    // the customer requests the footprint by event; the answer comes back by callback
    ApiClient.Reply request =
        buyer.admin.post(
            "/api/v1/pact/partners/" + supplierId + "/requests",
            Map.of("productId", List.of(product), "geography", List.of("DE")));
    assertThat(request.status()).as(request.text()).isEqualTo(202);
    String requestId = request.str("requestEventId");
    JsonNode received =
        until(
            () -> buyer.admin.get("/api/v1/pact/footprints?origin=supplier").json(),
            n -> n.size() > 0);
    assertThat(received.size()).as(received.toString()).isEqualTo(1);
    assertThat(received.get(0).get("footprint").get("id").asString()).isEqualTo(published);
    assertThat(received.get(0).get("partnerId").asString()).isEqualTo(supplierId);
    JsonNode buyerEvents =
        buyer.admin.get("/api/v1/pact/events?requestEventId=" + requestId).json();
    assertThat(buyerEvents.toString())
        .contains("RequestCreatedEvent.3", "DELIVERED", "RequestFulfilledEvent.3", "\"IN\"");
    JsonNode supplierEvents =
        until(
            () -> supplier.admin.get("/api/v1/pact/events?requestEventId=" + requestId).json(),
            n -> n.toString().contains("DELIVERED"));
    assertThat(supplierEvents.toString())
        .contains("ANSWERED", "RequestFulfilledEvent.3", "DELIVERED");

    // a request nothing meets is rejected, by callback too
    ApiClient.Reply missing =
        buyer.admin.post(
            "/api/v1/pact/partners/" + supplierId + "/requests",
            Map.of("productId", List.of("urn:pact:supplier.example:product:none")));
    String missingId = missing.str("requestEventId");
    JsonNode rejected =
        until(
            () -> buyer.admin.get("/api/v1/pact/events?requestEventId=" + missingId).json(),
            n -> n.toString().contains("RequestRejectedEvent.3"));
    assertThat(rejected.toString()).contains("RequestRejectedEvent.3");

    // pulling by ListFootprints stores what is new
    String second =
        PactFootprints.publish(
            database,
            supplier.tenantId,
            PactFootprints.footprint(
                product, "geographyCountry", "FR", "2025-01-01T00:00:00Z", "Active"));
    ApiClient.Reply pulled =
        buyer.admin.post("/api/v1/pact/partners/" + supplierId + "/pull", Map.of());
    assertThat(pulled.status()).as(pulled.text()).isEqualTo(200);
    assertThat(pulled.json().get("stored").asInt()).isEqualTo(1);
    assertThat(pulled.json().get("alreadyHeld").asInt()).isEqualTo(1);
    assertThat(buyer.admin.get("/api/v1/pact/footprints?origin=supplier").text()).contains(second);
  }

  @Test
  void anUnreachablePartnersEventsAreRetriedWithBackOffAndRecorded() {
    TenantFixture buyer = newTenant();
    ApiClient.Reply partner =
        buyer.admin.post(
            "/api/v1/pact/partners",
            Map.of(
                "name", "Gone",
                "baseUrl", "https://localhost:1",
                "clientId", "x",
                "clientSecret", "y"));
    assertThat(partner.status()).as(partner.text()).isEqualTo(201);
    ApiClient.Reply request =
        buyer.admin.post(
            "/api/v1/pact/partners/" + partner.str("id") + "/requests",
            Map.of("productId", List.of("urn:gtin:1")));
    String id = request.str("requestEventId");
    JsonNode events =
        until(
            () -> buyer.admin.get("/api/v1/pact/events?requestEventId=" + id).json(),
            n -> n.get(0).get("attempts").asInt() >= 3);
    JsonNode e = events.get(0);
    assertThat(e.get("state").asString()).isEqualTo("PENDING");
    assertThat(e.get("attempts").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(e.get("lastError").asString()).contains("cannot reach");
    assertThat(Instant.parse(e.get("nextAttemptAt").asString()))
        .isAfter(Instant.parse(e.get("createdAt").asString()));
    assertProblem(
        buyer.admin.post(
            "/api/v1/pact/partners",
            Map.of(
                "name",
                "Plain",
                "baseUrl",
                "http://localhost:1",
                "clientId",
                "x",
                "clientSecret",
                "y")),
        400);
  }

  @Test
  void aPublishedFootprintWhoseFetchFailsIsFetchedAgainWithBackOffUntilTheHostAnswers() {
    PactHttps customerHttps = customer.getBean(PactHttps.class);
    Linked l = linked();
    TenantFixture supplier = l.supplier();
    TenantFixture buyer = l.buyer();
    ApiClient.Reply forSupplier = l.forSupplier();

    // the supplier announces a footprint its host system does not serve yet: the fetch fails (404)
    Map<String, Object> pf =
        PactFootprints.footprint(
            "urn:pact:supplier.example:product:late-coil",
            "geographyCountry",
            "DE",
            "2025-01-01T00:00:00Z",
            "Active");
    String pfId = (String) pf.get("id");
    String event =
        "{\"type\":\"org.wbcsd.pact.ProductFootprint.PublishedEvent.3\",\"specversion\":\"1.0\","
            + "\"id\":\""
            + java.util.UUID.randomUUID()
            + "\",\"source\":\"//localhost/3/events\",\"time\":\"2025-01-01T00:00:00Z\","
            + "\"data\":{\"pfIds\":[\""
            + pfId
            + "\"]}}";
    PactCaller toBuyer =
        PactCaller.of(customerHttps)
            .authenticated(forSupplier.str("clientId"), forSupplier.str("clientSecret"));
    assertThat(toBuyer.postEvent("application/cloudevents+json", event).status()).isEqualTo(200);
    java.util.function.Function<JsonNode, JsonNode> fetchOf =
        all -> {
          for (JsonNode e : all) {
            if (e.get("direction").asString().equals("GET")
                && e.get("footprintId").asString().equals(pfId)) {
              return e;
            }
          }
          return null;
        };
    JsonNode failing =
        until(
            () -> buyer.admin.get("/api/v1/pact/events").json(),
            n -> fetchOf.apply(n) != null && fetchOf.apply(n).get("attempts").asInt() >= 2);
    JsonNode f = fetchOf.apply(failing);
    assertThat(f).as(failing.toString()).isNotNull();
    assertThat(f.get("state").asString()).isEqualTo("PENDING");
    assertThat(f.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
    assertThat(f.get("lastError").asString()).contains("404");
    assertThat(Instant.parse(f.get("nextAttemptAt").asString()))
        .isAfter(Instant.parse(f.get("createdAt").asString()));
    assertThat(buyer.admin.get("/api/v1/pact/footprints?origin=supplier").text())
        .doesNotContain(pfId);

    // the host then serves it: the next attempt fetches and stores it, and the fetch is done
    PactFootprints.publish(database, supplier.tenantId, pf);
    JsonNode done =
        until(
            () -> buyer.admin.get("/api/v1/pact/events").json(),
            n ->
                fetchOf.apply(n) != null
                    && fetchOf.apply(n).get("state").asString().equals("DELIVERED"));
    JsonNode fetched = fetchOf.apply(done);
    assertThat(fetched.get("state").asString()).as(done.toString()).isEqualTo("DELIVERED");
    assertThat(fetched.get("attempts").asInt()).isGreaterThanOrEqualTo(3);
    assertThat(buyer.admin.get("/api/v1/pact/footprints?origin=supplier").text()).contains(pfId);
  }
}
