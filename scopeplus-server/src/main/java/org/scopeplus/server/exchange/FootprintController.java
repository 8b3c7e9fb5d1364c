package org.scopeplus.server.exchange;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.store.Database;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.StoredFootprint;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT v3 Actions ListFootprints and GetFootprint: the tenant's published footprints that the
 * calling client may see, deprecated ones included unless {@code status} asks otherwise. A list is
 * paged by {@code limit} (at most {@value #MAX_LIMIT} a page) with an absolute RFC 8288 {@code
 * Link: <...>; rel="next"} to the next page on the host the client called; an {@code offset} in
 * that link says where the page starts. Parameters prefixed {@code x-} are other systems'
 * extensions and are ignored; any other unknown parameter is a 400.
 */
@Hidden
@RestController
class FootprintController {

  static final int MAX_LIMIT = 1000;

  private final Database db;
  private final FootprintStore footprints = new FootprintStore();

  FootprintController(Database db) {
    this.db = db;
  }

  @GetMapping(value = "/3/footprints", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> list(HttpServletRequest request) {
    PactClient client = (PactClient) request.getAttribute(PactGate.CLIENT);
    Map<String, List<String>> values = new LinkedHashMap<>();
    Integer limit = null;
    int offset = 0;
    for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
      String name = p.getKey();
      if (name.regionMatches(true, 0, "x-", 0, 2)) {
        continue;
      }
      if (name.equalsIgnoreCase("limit")) {
        limit = number(p.getValue(), "limit");
        continue;
      }
      if (name.equalsIgnoreCase("offset")) {
        offset = number(p.getValue(), "offset");
        continue;
      }
      String canonical = PactCriteria.canonical(name);
      if (canonical == null) {
        throw PactError.badRequest(
            "unknown parameter "
                + name
                + "; the filters are productId, companyId, geography, classification, validOn,"
                + " validAfter, validBefore and status, with limit for paging");
      }
      values.computeIfAbsent(canonical, k -> new ArrayList<>()).addAll(List.of(p.getValue()));
    }
    FootprintCriteria criteria = PactCriteria.of(values);
    int pageSize = limit == null ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
    int from = offset;
    // filtered, made visible and paged in the database: only this page's footprints are read
    FootprintStore.Page page =
        db.inTransaction(
            c ->
                footprints.page(
                    c,
                    client.tenantId(),
                    StoredFootprint.OWN,
                    criteria,
                    client.sharedProducts(),
                    from,
                    pageSize));
    StringBuilder body = new StringBuilder("{\"data\":[");
    for (int i = 0; i < page.footprints().size(); i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append(page.footprints().get(i).document());
    }
    body.append("]}");
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
    // a page of none cannot move on: a next link to the same empty page would page forever
    if (pageSize > 0 && page.more()) {
      ok.header(
          HttpHeaders.LINK,
          "<" + next(request, values, pageSize, from + pageSize) + ">; rel=\"next\"");
    }
    return ok.body(body.toString());
  }

  @GetMapping(value = "/3/footprints/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> get(HttpServletRequest request, @PathVariable String id) {
    PactClient client = (PactClient) request.getAttribute(PactGate.CLIENT);
    if (!FootprintRules.isUuid(id)) {
      throw PactError.badRequest("the footprint id must be a UUID, not " + id);
    }
    StoredFootprint f =
        db.inTransaction(c -> footprints.byId(c, client.tenantId(), StoredFootprint.OWN, id))
            .orElseThrow(() -> PactError.notFound("no footprint " + id));
    if (!Visibility.sees(client, f)) {
      throw PactError.accessDenied("footprint " + id + " is not shared with this client");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body("{\"data\":" + f.document() + "}");
  }

  private static int number(String[] values, String name) {
    if (values.length != 1) {
      throw PactError.badRequest(name + ": give it once");
    }
    try {
      int n = Integer.parseInt(values[0]);
      if (n < 0) {
        throw PactError.badRequest(name + ": must be 0 or more, not " + values[0]);
      }
      return n;
    } catch (NumberFormatException e) {
      throw PactError.badRequest(name + ": must be a whole number, not " + values[0]);
    }
  }

  private static String next(
      HttpServletRequest request, Map<String, List<String>> values, int limit, int offset) {
    StringBuilder q = new StringBuilder(PactLinks.base(request)).append("/3/footprints?");
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      for (String v : e.getValue()) {
        q.append(e.getKey()).append('=').append(enc(v)).append('&');
      }
    }
    q.append("limit=").append(limit).append("&offset=").append(offset);
    return q.toString();
  }

  private static String enc(String v) {
    return URLEncoder.encode(v, StandardCharsets.UTF_8);
  }
}
