package org.scopeplus.server.exchange;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.store.Database;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactEvent;
import org.scopeplus.store.exchange.PactEventStore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT v3 Action Events: CloudEvents 1.0 in structured mode ({@code application/cloudevents+json}).
 * A RequestCreatedEvent is accepted (200) and answered later by a RequestFulfilledEvent or
 * RequestRejectedEvent sent to the client's registered host system; a RequestFulfilledEvent that
 * answers one of the tenant's own requests stores the footprints it carries (each must pass the
 * footprint rules); a RequestRejectedEvent is recorded; a PublishedEvent is recorded and the
 * footprints it names are fetched. Anything malformed is a 400 naming the property, before anything
 * is stored.
 */
@Hidden
@RestController
class EventController {

  private static final List<String> MEDIA_TYPES =
      List.of("application/cloudevents+json", "application/json");

  private final Database db;
  private final Exchanging exchanging;
  private final PactEventStore events = new PactEventStore();

  EventController(Database db, Exchanging exchanging) {
    this.db = db;
    this.exchanging = exchanging;
  }

  @PostMapping("/3/events")
  ResponseEntity<Void> post(
      HttpServletRequest request, @RequestBody(required = false) byte[] body) {
    PactClient client = (PactClient) request.getAttribute(PactGate.CLIENT);
    String contentType = request.getContentType();
    String media =
        contentType == null
            ? ""
            : contentType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!MEDIA_TYPES.contains(media)) {
      throw PactError.badRequest(
          "events are sent as application/cloudevents+json (CloudEvents structured mode), not "
              + (contentType == null ? "no content type" : contentType));
    }
    if (!(PactJson.parse(body, "the event") instanceof Map<?, ?> event)) {
      throw PactError.badRequest("the event must be a JSON object");
    }
    for (String name : List.of("type", "specversion", "id", "source", "time")) {
      if (!(event.get(name) instanceof String s) || s.isBlank()) {
        throw PactError.badRequest(name + ": is required, a non-empty string");
      }
    }
    if (!"1.0".equals(event.get("specversion"))) {
      throw PactError.badRequest("specversion: must be 1.0 (CloudEvents 1.0)");
    }
    if (FootprintRules.dateTime((String) event.get("time")) == null) {
      throw PactError.badRequest("time: must be an RFC 3339 date-time like 2025-03-05T17:31:00Z");
    }
    if (!(event.get("data") instanceof Map<?, ?> data)) {
      throw PactError.badRequest("data: is required, an object");
    }
    String type = (String) event.get("type");
    String id = (String) event.get("id");
    String json = new String(body, java.nio.charset.StandardCharsets.UTF_8);
    switch (type) {
      case Exchanging.CREATED -> created(client, id, data, json);
      case Exchanging.FULFILLED -> fulfilled(client, data, json);
      case Exchanging.REJECTED -> rejected(client, data, json);
      case Exchanging.PUBLISHED -> published(client, data, json);
      default ->
          throw PactError.badRequest(
              "type: "
                  + type
                  + " is not a PACT v3 event; use RequestCreatedEvent.3, RequestFulfilledEvent.3,"
                  + " RequestRejectedEvent.3 or PublishedEvent.3 of org.wbcsd.pact.ProductFootprint");
    }
    return ResponseEntity.ok().build();
  }

  private void created(PactClient client, String id, Map<?, ?> data, String json) {
    Map<String, List<String>> values = PactCriteria.ofEventData(data);
    if (PactCriteria.none(values)) {
      throw PactError.badRequest(
          "data: give at least one criterion (productId, companyId, geography, classification,"
              + " validOn, validAfter, validBefore or status)");
    }
    FootprintCriteria criteria = PactCriteria.of(values);
    if (client.partnerId() == null) {
      throw PactError.badRequest(
          "this client has no events endpoint registered with the data owner, so the answer"
              + " could not be sent; ask the data owner to link your host system to your client");
    }
    PactEvent stored =
        db.inTransaction(
            c -> events.addIn(c, client.tenantId(), Exchanging.CREATED, client.ref(), id, json));
    exchanging.answerLater(client, stored, criteria);
  }

  private void fulfilled(PactClient client, Map<?, ?> data, String json) {
    String requestId = requestEventId(data);
    if (!(data.get("pfs") instanceof List<?> pfs) || pfs.isEmpty()) {
      throw PactError.badRequest("data.pfs: is required, a non-empty list of footprints");
    }
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < pfs.size(); i++) {
      for (String p : FootprintRules.check(pfs.get(i))) {
        problems.add("data.pfs[" + i + "]." + p);
      }
    }
    if (!problems.isEmpty()) {
      throw PactError.badRequest(
          String.join("; ", problems.subList(0, Math.min(20, problems.size()))));
    }
    ownRequest(client, requestId);
    db.inTransaction(
        c ->
            events.addIn(
                c, client.tenantId(), Exchanging.FULFILLED, client.ref(), requestId, json));
    exchanging.store(client.tenantId(), client.partnerId(), pfs, "pact-request " + requestId);
  }

  private void rejected(PactClient client, Map<?, ?> data, String json) {
    String requestId = requestEventId(data);
    if (!(data.get("error") instanceof Map<?, ?> error)
        || !(error.get("code") instanceof String)
        || !(error.get("message") instanceof String)) {
      throw PactError.badRequest("data.error: is required, an object with code and message");
    }
    ownRequest(client, requestId);
    db.inTransaction(
        c ->
            events.addIn(c, client.tenantId(), Exchanging.REJECTED, client.ref(), requestId, json));
  }

  private void published(PactClient client, Map<?, ?> data, String json) {
    if (!(data.get("pfIds") instanceof List<?> ids) || ids.isEmpty()) {
      throw PactError.badRequest("data.pfIds: is required, a non-empty list of footprint ids");
    }
    List<String> pfIds = new ArrayList<>();
    for (Object o : ids) {
      if (!(o instanceof String s) || !FootprintRules.isUuid(s)) {
        throw PactError.badRequest("data.pfIds: " + o + " is not a UUID");
      }
      pfIds.add(s);
    }
    db.inTransaction(
        c -> events.addIn(c, client.tenantId(), Exchanging.PUBLISHED, client.ref(), null, json));
    if (client.partnerId() != null) {
      exchanging.fetchLater(client.tenantId(), client.partnerId(), pfIds);
    }
  }

  private static String requestEventId(Map<?, ?> data) {
    if (!(data.get("requestEventId") instanceof String s) || s.isBlank()) {
      throw PactError.badRequest("data.requestEventId: is required, the id of the request");
    }
    return s;
  }

  private void ownRequest(PactClient client, String requestId) {
    boolean asked =
        db.inTransaction(c -> events.byRequest(c, client.tenantId(), requestId)).stream()
            .anyMatch(
                e ->
                    e.direction().equals("OUT")
                        && e.type().equals(Exchanging.CREATED)
                        && java.util.Objects.equals(e.partnerId(), client.partnerId()));
    if (!asked) {
      throw PactError.badRequest(
          "data.requestEventId: " + requestId + " is not a request this host system sent you");
    }
  }
}
