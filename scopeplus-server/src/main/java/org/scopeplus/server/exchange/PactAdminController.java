package org.scopeplus.server.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.scopeplus.core.exchange.ComputingProductFootprint;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintKeys;
import org.scopeplus.core.exchange.FootprintLine;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.core.exchange.OwnProduct;
import org.scopeplus.core.quality.DataQualityIndicators;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.StoredRunLines;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactClientStore;
import org.scopeplus.store.exchange.PactEvent;
import org.scopeplus.store.exchange.PactEventStore;
import org.scopeplus.store.exchange.Partner;
import org.scopeplus.store.exchange.PartnerStore;
import org.scopeplus.store.exchange.StoredFootprint;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's side of PACT in the service's own API: the clients it lets in (an admin registers
 * them; the secret is shown once and stored as its SHA-256), the partners it calls, its own
 * footprints computed from a run and published, suppliers' footprints pulled, requested or
 * imported, and the events sent and received.
 */
@Tag(name = "PACT exchange", description = "Product footprints exchanged over PACT v3")
@RestController
@RequestMapping("/api/v1/pact")
class PactAdminController {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A client to register. */
  record NewClient(String name, List<String> sharedProductIds, String partnerId) {}

  /** A registered client; the secret only in the answer to its registration. */
  record ClientView(
      String id,
      String clientId,
      String clientSecret,
      String name,
      List<String> sharedProductIds,
      String partnerId,
      Instant createdAt,
      Instant revokedAt) {
    static ClientView of(PactClient c, String secret) {
      return new ClientView(
          c.ref(),
          c.clientId(),
          secret,
          c.name(),
          c.sharedProducts(),
          c.partnerId(),
          c.createdAt(),
          c.revokedAt());
    }
  }

  /** A partner to register. */
  record NewPartner(
      String name,
      String baseUrl,
      String authBaseUrl,
      String clientId,
      String clientSecret,
      String certificateSha256) {}

  /** A partner without its secret. */
  record PartnerView(
      String id,
      String name,
      String baseUrl,
      String authBaseUrl,
      String clientId,
      String certificateSha256,
      Instant createdAt) {
    static PartnerView of(Partner p) {
      return new PartnerView(
          p.id(),
          p.name(),
          p.baseUrl(),
          p.authBaseUrl(),
          p.clientId(),
          p.certificateSha256(),
          p.createdAt());
    }
  }

  /** An own product's footprint to compute from a run and publish. */
  record NewFootprint(
      String runId,
      String orgUnit,
      List<String> productIds,
      String productNameCompany,
      String productDescription,
      List<String> productClassifications,
      String companyName,
      List<String> companyIds,
      String declaredUnitOfMeasurement,
      BigDecimal declaredUnitAmount,
      BigDecimal productMassPerDeclaredUnit,
      BigDecimal unitsProduced,
      BigDecimal allocationShare,
      String allocationRulesDescription,
      String geographyCountry,
      String geographyRegionOrSubregion,
      BigDecimal exemptedEmissionsPercent,
      String boundaryProcessesDescription,
      String supersedes) {}

  /** Criteria of a footprint request or pull, as PACT names them. */
  record Criteria(
      List<String> productId,
      List<String> companyId,
      List<String> geography,
      List<String> classification,
      String validOn,
      String validAfter,
      String validBefore,
      String status) {
    Map<String, List<String>> values() {
      Map<String, List<String>> v = new LinkedHashMap<>();
      put(v, "productId", productId);
      put(v, "companyId", companyId);
      put(v, "geography", geography);
      put(v, "classification", classification);
      put(v, "validOn", validOn == null ? null : List.of(validOn));
      put(v, "validAfter", validAfter == null ? null : List.of(validAfter));
      put(v, "validBefore", validBefore == null ? null : List.of(validBefore));
      put(v, "status", status == null ? null : List.of(status));
      return v;
    }

    private static void put(Map<String, List<String>> v, String k, List<String> values) {
      if (values != null && !values.isEmpty()) {
        v.put(k, values);
      }
    }
  }

  private final Database db;
  private final Exchanging exchanging;
  private final PactClientStore clients = new PactClientStore();
  private final PartnerStore partners = new PartnerStore();
  private final FootprintStore footprints = new FootprintStore();
  private final PactEventStore events = new PactEventStore();
  private final ReferenceData reference;

  PactAdminController(Database db, Exchanging exchanging, ReferenceData reference) {
    this.db = db;
    this.exchanging = exchanging;
    this.reference = reference;
  }

  private static void admin(Caller caller) {
    if (!caller.administers()) {
      throw ApiProblem.forbidden("only an admin manages the PACT exchange");
    }
  }

  private static void writer(Caller caller) {
    if (!caller.writes()) {
      throw ApiProblem.forbidden("your role does not allow this");
    }
  }

  @Operation(summary = "Register a PACT client (its secret is shown once)")
  @PostMapping("/clients")
  @ResponseStatus(HttpStatus.CREATED)
  ClientView addClient(@AuthenticationPrincipal Caller caller, @RequestBody NewClient body) {
    admin(caller);
    if (body == null
        || body.name() == null
        || body.name().isBlank()
        || body.name().length() > 200) {
      throw ApiProblem.badRequest("a client needs a name of 1 to 200 characters");
    }
    List<String> shared = new ArrayList<>();
    if (body.sharedProductIds() != null) {
      for (String p : body.sharedProductIds()) {
        if (p == null || !FootprintRules.isUrn(p) || p.length() > 500) {
          throw ApiProblem.badRequest("sharedProductIds: " + p + " is not a product URN");
        }
        shared.add(p.toLowerCase(Locale.ROOT));
      }
      if (String.join("\n", shared).length() > 4000) {
        throw ApiProblem.badRequest("sharedProductIds: at most 4000 characters in all");
      }
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byte[] idBytes = new byte[9];
    RANDOM.nextBytes(idBytes);
    String clientId = "pact-" + HexFormat.of().formatHex(idBytes);
    PactClient c =
        db.inTransaction(
            tx -> {
              if (body.partnerId() != null
                  && partners.byId(tx, caller.tenantId(), body.partnerId()).isEmpty()) {
                throw ApiProblem.notFound("partner " + body.partnerId());
              }
              return clients.add(
                  tx,
                  caller.tenantId(),
                  clientId,
                  Sha256.of(secret),
                  body.name().strip(),
                  shared,
                  body.partnerId(),
                  caller.username());
            });
    return ClientView.of(c, secret);
  }

  @Operation(summary = "List the PACT clients (no secrets)")
  @GetMapping("/clients")
  List<ClientView> clients(@AuthenticationPrincipal Caller caller) {
    admin(caller);
    return db.inTransaction(c -> clients.list(c, caller.tenantId())).stream()
        .map(c -> ClientView.of(c, null))
        .toList();
  }

  /** The partner host system that takes a client's answers. */
  record ClientPartner(String partnerId) {}

  @Operation(summary = "Link a PACT client to the partner host system that takes its answers")
  @PutMapping("/clients/{id}/partner")
  ClientView linkClient(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody ClientPartner body) {
    admin(caller);
    if (body == null || body.partnerId() == null) {
      throw ApiProblem.badRequest(
          "partnerId: the partner registered for this client's host system");
    }
    return db.inTransaction(
        c -> {
          PactClient client =
              clients
                  .byRef(c, caller.tenantId(), id)
                  .orElseThrow(() -> ApiProblem.notFound("PACT client " + id));
          if (partners.byId(c, caller.tenantId(), body.partnerId()).isEmpty()) {
            throw ApiProblem.notFound("partner " + body.partnerId());
          }
          clients.linkPartner(c, client, body.partnerId(), caller.username());
          return ClientView.of(clients.byRef(c, caller.tenantId(), id).orElseThrow(), null);
        });
  }

  @Operation(summary = "Revoke a PACT client and its access tokens")
  @DeleteMapping("/clients/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revokeClient(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    admin(caller);
    db.inTransaction(
        c -> {
          PactClient client =
              clients
                  .byRef(c, caller.tenantId(), id)
                  .orElseThrow(() -> ApiProblem.notFound("PACT client " + id));
          clients.revoke(c, client, caller.username());
          return null;
        });
  }

  @Operation(summary = "Register a partner's PACT host system and the credentials it issued")
  @PostMapping("/partners")
  @ResponseStatus(HttpStatus.CREATED)
  PartnerView addPartner(@AuthenticationPrincipal Caller caller, @RequestBody NewPartner body) {
    admin(caller);
    if (body == null
        || body.name() == null
        || body.name().isBlank()
        || body.name().length() > 200) {
      throw ApiProblem.badRequest("a partner needs a name of 1 to 200 characters");
    }
    String base = httpsUrl(body.baseUrl(), "baseUrl");
    String auth =
        body.authBaseUrl() == null || body.authBaseUrl().isBlank()
            ? base
            : httpsUrl(body.authBaseUrl(), "authBaseUrl");
    if (body.clientId() == null
        || body.clientId().isBlank()
        || body.clientId().length() > 200
        || body.clientSecret() == null
        || body.clientSecret().isEmpty()
        || body.clientSecret().length() > 500) {
      throw ApiProblem.badRequest(
          "clientId (up to 200 characters) and clientSecret (up to 500) are the credentials the"
              + " partner issued");
    }
    String pin =
        body.certificateSha256() == null
            ? ""
            : body.certificateSha256().replace(":", "").strip().toLowerCase(Locale.ROOT);
    if (!pin.isEmpty() && !pin.matches("[0-9a-f]{64}")) {
      throw ApiProblem.badRequest(
          "certificateSha256: the SHA-256 fingerprint of the partner's certificate, 64 hex digits"
              + " (colons allowed)");
    }
    Partner p =
        db.inTransaction(
            c ->
                partners.add(
                    c,
                    caller.tenantId(),
                    body.name().strip(),
                    base,
                    auth,
                    body.clientId(),
                    body.clientSecret(),
                    pin,
                    caller.username()));
    return PartnerView.of(p);
  }

  @Operation(summary = "List the partners (no secrets)")
  @GetMapping("/partners")
  List<PartnerView> partners(@AuthenticationPrincipal Caller caller) {
    writer(caller);
    return db.inTransaction(c -> partners.list(c, caller.tenantId())).stream()
        .map(PartnerView::of)
        .toList();
  }

  @Operation(summary = "Pull a partner's footprints (all, or those meeting the criteria)")
  @PostMapping("/partners/{id}/pull")
  Exchanging.Stored pull(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody(required = false) Criteria body) {
    writer(caller);
    Partner p = partner(caller, id);
    Map<String, List<String>> values = body == null ? Map.of() : body.values();
    try {
      PactCriteria.of(values);
    } catch (PactError e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    StringBuilder q = new StringBuilder();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        q.append(q.length() == 0 ? "" : "&")
            .append(e.getKey())
            .append('=')
            .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
      }
    }
    try {
      Exchanging.Stored stored = exchanging.pull(p, q.toString(), caller.username());
      if (!stored.refused().isEmpty()) {
        throw ApiProblem.refused(
            "Footprints refused",
            "nothing was stored; the partner's footprints break the PACT rules: "
                + String.join(" | ", stored.refused()));
      }
      return stored;
    } catch (PartnerCalls.CallFailed e) {
      throw ApiProblem.refused("Partner unreachable", e.getMessage());
    }
  }

  @Operation(summary = "Request footprints from a partner by event (answered later by callback)")
  @PostMapping("/partners/{id}/requests")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Map<String, Object> request(
      @AuthenticationPrincipal Caller caller, @PathVariable String id, @RequestBody Criteria body) {
    writer(caller);
    Partner p = partner(caller, id);
    Map<String, List<String>> values = body == null ? Map.of() : body.values();
    if (values.isEmpty()) {
      throw ApiProblem.badRequest("give at least one criterion, e.g. productId");
    }
    try {
      PactCriteria.of(values);
    } catch (PactError e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    Map<String, Object> event =
        exchanging.event(Exchanging.CREATED, PactCriteria.toEventData(values));
    String eventId = (String) event.get("id");
    db.inTransaction(
        c ->
            events.addOut(
                c, caller.tenantId(), Exchanging.CREATED, p.id(), eventId, PactJson.write(event)));
    exchanging.deliverSoon();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("requestEventId", eventId);
    out.put("partnerId", p.id());
    return out;
  }

  @Operation(summary = "The PACT events sent and received, newest first, with delivery records")
  @GetMapping("/events")
  List<Map<String, Object>> events(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String requestEventId) {
    if (!caller.readsAudit()) {
      throw ApiProblem.forbidden("only an admin or a verifier reads the PACT events");
    }
    List<PactEvent> list =
        db.inTransaction(
            c ->
                requestEventId == null
                    ? events.list(c, caller.tenantId(), 200)
                    : events.byRequest(c, caller.tenantId(), requestEventId));
    List<Map<String, Object>> out = new ArrayList<>();
    for (PactEvent e : list) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("direction", e.direction());
      m.put("type", e.type());
      m.put("partnerId", e.partnerId());
      m.put("requestEventId", e.requestEventId());
      if (e.direction().equals("GET")) {
        m.put("footprintId", e.body());
      }
      m.put("state", e.state());
      m.put("attempts", e.attempts());
      m.put("nextAttemptAt", e.nextAttemptAt());
      m.put("lastError", e.lastError());
      m.put("createdAt", e.createdAt());
      out.add(m);
    }
    return out;
  }

  @Operation(summary = "Compute an own product's footprint from a run and publish it")
  @PostMapping("/footprints")
  @ResponseStatus(HttpStatus.CREATED)
  Object publish(@AuthenticationPrincipal Caller caller, @RequestBody NewFootprint body) {
    admin(caller);
    return PactJson.parseOrNull(new Publishing(db, exchanging, reference).publish(caller, body));
  }

  @Operation(summary = "List own (published) or suppliers' footprints")
  @GetMapping("/footprints")
  List<Object> footprints(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "own") String origin,
      @RequestParam(required = false) String productId) {
    String o =
        switch (origin) {
          case "own" -> StoredFootprint.OWN;
          case "supplier" -> StoredFootprint.SUPPLIER;
          default -> throw ApiProblem.badRequest("origin is own or supplier");
        };
    FootprintCriteria criteria =
        productId == null
            ? FootprintCriteria.ALL
            : new FootprintCriteria(
                List.of(productId), List.of(), List.of(), List.of(), null, null, null, null);
    List<Object> out = new ArrayList<>();
    for (StoredFootprint f :
        db.inTransaction(c -> footprints.list(c, caller.tenantId(), o, criteria))) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("partnerId", f.partnerId());
      m.put("footprint", PactJson.parseOrNull(f.document()));
      out.add(m);
    }
    return out;
  }

  @Operation(summary = "Import suppliers' footprints from a PACT JSON document (all or nothing)")
  @PostMapping("/supplier-footprints")
  @ResponseStatus(HttpStatus.CREATED)
  Exchanging.Stored importFootprints(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String partnerId,
      @RequestBody(required = false) byte[] body) {
    writer(caller);
    if (partnerId != null) {
      partner(caller, partnerId);
    }
    Object tree;
    try {
      tree = PactJson.parse(body, "the PACT JSON document");
    } catch (PactError e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
    List<?> pfs;
    if (tree instanceof List<?> l) {
      pfs = l;
    } else if (tree instanceof Map<?, ?> m && m.get("data") instanceof List<?> l) {
      pfs = l;
    } else if (tree instanceof Map<?, ?> m && m.get("data") instanceof Map<?, ?> one) {
      pfs = List.of(one);
    } else if (tree instanceof Map<?, ?> m && m.containsKey("pcf")) {
      pfs = List.of(m);
    } else {
      throw ApiProblem.badRequest(
          "give a ProductFootprint, a list of them, or a ListFootprints / GetFootprint response"
              + " body ({\"data\": ...})");
    }
    if (pfs.isEmpty() || pfs.size() > 10_000) {
      throw ApiProblem.badRequest("give 1 to 10000 footprints");
    }
    Exchanging.Stored stored =
        exchanging.store(caller.tenantId(), partnerId, pfs, caller.username());
    if (!stored.refused().isEmpty()) {
      throw ApiProblem.refused(
          "Footprints refused", "nothing was stored: " + String.join(" | ", stored.refused()));
    }
    return stored;
  }

  private Partner partner(Caller caller, String id) {
    return db.inTransaction(c -> partners.byId(c, caller.tenantId(), id))
        .orElseThrow(() -> ApiProblem.notFound("partner " + id));
  }

  private static String httpsUrl(String url, String name) {
    if (url == null || url.length() > 500) {
      throw ApiProblem.badRequest(name + ": an https:// URL of up to 500 characters");
    }
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    try {
      URI uri = URI.create(u);
      if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getQuery() != null) {
        throw ApiProblem.badRequest(name + ": PACT host systems are reached over https:// only");
      }
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(name + ": " + url + " is not a URL");
    }
    return u;
  }

  /** Computes, checks, stores and announces an own product's footprint. */
  static final class Publishing {
    private final Database db;
    private final Exchanging exchanging;
    private final RunStore runs = new RunStore();
    private final PeriodStore periods = new PeriodStore();
    private final FootprintStore footprints = new FootprintStore();
    private final PactClientStore clients = new PactClientStore();
    private final PactEventStore events = new PactEventStore();
    private final StoredRunLines storedLines;
    private final DataQualityScoring scoring;

    Publishing(Database db, Exchanging exchanging, ReferenceData reference) {
      this.db = db;
      this.exchanging = exchanging;
      this.storedLines = new StoredRunLines(reference);
      this.scoring = new DataQualityScoring(reference.regions());
    }

    String publish(Caller caller, NewFootprint b) {
      if (b == null || b.runId() == null || b.orgUnit() == null || b.orgUnit().isBlank()) {
        throw ApiProblem.badRequest(
            "runId and orgUnit name the run and the org unit that makes the product");
      }
      if (b.productIds() == null
          || b.productIds().isEmpty()
          || b.companyIds() == null
          || b.companyIds().isEmpty()) {
        throw ApiProblem.badRequest("productIds and companyIds: at least one URN each");
      }
      if (b.declaredUnitOfMeasurement() == null
          || !FootprintRules.DECLARED_UNITS.contains(b.declaredUnitOfMeasurement())) {
        throw ApiProblem.badRequest(
            "declaredUnitOfMeasurement: one of "
                + String.join(", ", FootprintRules.DECLARED_UNITS));
      }
      if (b.unitsProduced() == null || b.allocationShare() == null) {
        throw ApiProblem.badRequest(
            "unitsProduced (declared units delivered in the run's period) and allocationShare (0 to"
                + " 1) are needed");
      }
      if (b.unitsProduced().abs().compareTo(new BigDecimal("1e18")) > 0) {
        throw ApiProblem.badRequest("unitsProduced: at most 1e18");
      }
      return db.inTransaction(
          c -> {
            CalculationRun run =
                runs.byId(c, caller.tenantId(), b.runId())
                    .orElseThrow(() -> ApiProblem.notFound("run " + b.runId()));
            ReportingPeriod period =
                periods
                    .byId(c, caller.tenantId(), run.periodId())
                    .orElseThrow(() -> ApiProblem.notFound("period " + run.periodId()));
            String unit = b.orgUnit().strip();
            List<FootprintLine> lines = new ArrayList<>();
            storedLines.forEach(
                c,
                caller.tenantId(),
                run,
                (l, facts) -> {
                  if (l.orgUnit().equals(unit) || l.orgUnit().startsWith(unit + "/")) {
                    boolean supplier = l.factorNote().toLowerCase(Locale.ROOT).contains("supplier");
                    DataQualityIndicators q = scoring.score(facts);
                    lines.add(
                        new FootprintLine(
                            l.scope(),
                            l.method(),
                            l.biogenic(),
                            l.co2eGrams(),
                            l.scope() < 3 || supplier,
                            q.technological(),
                            q.geographical(),
                            q.temporal()));
                  }
                });
            List<String> preceding = new ArrayList<>();
            Optional<StoredFootprint> previous = Optional.empty();
            if (b.supersedes() != null) {
              previous = footprints.byId(c, caller.tenantId(), StoredFootprint.OWN, b.supersedes());
              if (previous.isEmpty()) {
                throw ApiProblem.notFound("footprint " + b.supersedes());
              }
              if (!"Active".equals(previous.get().keys().status())) {
                throw ApiProblem.conflict("footprint " + b.supersedes() + " is already deprecated");
              }
              preceding.add(previous.get().keys().id());
            }
            OwnProduct product =
                new OwnProduct(
                    b.productIds(),
                    text(b.productNameCompany(), "productNameCompany"),
                    b.productDescription() == null ? "" : b.productDescription(),
                    b.productClassifications() == null ? List.of() : b.productClassifications(),
                    text(b.companyName(), "companyName"),
                    b.companyIds(),
                    b.declaredUnitOfMeasurement(),
                    b.declaredUnitAmount() == null ? BigDecimal.ONE : b.declaredUnitAmount(),
                    b.productMassPerDeclaredUnit() == null
                        ? BigDecimal.ZERO
                        : b.productMassPerDeclaredUnit(),
                    b.unitsProduced(),
                    b.allocationShare(),
                    b.allocationRulesDescription() == null ? "" : b.allocationRulesDescription(),
                    period.start().atStartOfDay().toInstant(ZoneOffset.UTC),
                    period.end().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    b.geographyCountry() == null ? "" : b.geographyCountry(),
                    b.geographyRegionOrSubregion() == null ? "" : b.geographyRegionOrSubregion(),
                    run.gwpSet(),
                    b.exemptedEmissionsPercent() == null
                        ? BigDecimal.ZERO
                        : b.exemptedEmissionsPercent(),
                    b.boundaryProcessesDescription() == null
                        ? "Cradle to gate: the org unit's Scope 1, Scope 2 (market-based) and Scope 3"
                            + " emissions in the run"
                        : b.boundaryProcessesDescription());
            ComputingProductFootprint.Outcome outcome =
                ComputingProductFootprint.compute(
                    product, lines, UUID.randomUUID(), Instant.now(), preceding);
            if (outcome instanceof ComputingProductFootprint.Outcome.Refused r) {
              throw ApiProblem.badRequest(r.reason());
            }
            Map<String, Object> pf =
                ((ComputingProductFootprint.Outcome.Computed) outcome).footprint();
            List<String> problems = FootprintRules.check(pf);
            if (!problems.isEmpty()) {
              throw ApiProblem.badRequest(
                  "the footprint breaks the PACT rules: " + String.join("; ", problems));
            }
            String doc = PactJson.write(pf);
            footprints.add(
                c,
                caller.tenantId(),
                FootprintKeys.of(pf),
                StoredFootprint.OWN,
                null,
                doc,
                caller.username());
            List<String> announced = new ArrayList<>();
            announced.add((String) pf.get("id"));
            if (previous.isPresent()) {
              Object old = PactJson.parseOrNull(previous.get().document());
              @SuppressWarnings("unchecked")
              Map<String, Object> oldTree = (Map<String, Object>) old;
              oldTree.put("status", "Deprecated");
              footprints.deprecate(
                  c,
                  caller.tenantId(),
                  previous.get().keys().id(),
                  PactJson.write(oldTree),
                  caller.username());
              announced.add(previous.get().keys().id());
            }
            StoredFootprint stored =
                footprints
                    .byId(c, caller.tenantId(), StoredFootprint.OWN, (String) pf.get("id"))
                    .orElseThrow();
            for (PactClient client : clients.list(c, caller.tenantId())) {
              if (client.revokedAt() == null
                  && client.partnerId() != null
                  && Visibility.sees(client, stored)) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("pfIds", announced);
                Map<String, Object> event = exchanging.event(Exchanging.PUBLISHED, data);
                events.addOut(
                    c,
                    caller.tenantId(),
                    Exchanging.PUBLISHED,
                    client.partnerId(),
                    null,
                    PactJson.write(event));
              }
            }
            return doc;
          });
    }

    private static String text(String s, String name) {
      if (s == null || s.isBlank() || s.length() > 500) {
        throw ApiProblem.badRequest(name + ": 1 to 500 characters");
      }
      return s;
    }
  }
}
