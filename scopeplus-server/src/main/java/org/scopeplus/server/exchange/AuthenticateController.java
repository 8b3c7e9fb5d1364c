package org.scopeplus.server.exchange;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactClientStore;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * PACT Action Authenticate: the OAuth 2.0 client credentials grant (RFC 6749, section 4.4) at
 * {@code /auth/token}, with the client's id and secret in HTTP Basic (or, as RFC 6749 section 2.3.1
 * also allows, in the form), and the OpenID Provider Configuration Document that names it. Errors
 * follow RFC 6749 section 5.2: 401 {@code invalid_client}, 400 {@code invalid_request} or {@code
 * unsupported_grant_type}. An access token lives one hour and is stored only as its SHA-256.
 */
@Hidden
@RestController
class AuthenticateController {

  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database db;
  private final PactClientStore clients = new PactClientStore();

  AuthenticateController(Database db) {
    this.db = db;
  }

  @GetMapping(value = "/.well-known/openid-configuration", produces = "application/json")
  Map<String, Object> openIdConfiguration(HttpServletRequest request) {
    String base = PactLinks.base(request);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("issuer", base);
    doc.put("token_endpoint", base + "/auth/token");
    doc.put("grant_types_supported", List.of("client_credentials"));
    doc.put(
        "token_endpoint_auth_methods_supported",
        List.of("client_secret_basic", "client_secret_post"));
    doc.put("response_types_supported", List.of("token"));
    doc.put("scopes_supported", List.of("footprint:list", "footprint:read"));
    return doc;
  }

  @PostMapping(
      value = "/auth/token",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
      produces = "application/json")
  ResponseEntity<Map<String, Object>> token(
      HttpServletRequest request,
      @RequestBody(required = false) MultiValueMap<String, String> form) {
    String grant = form == null ? null : form.getFirst("grant_type");
    String[] credentials = credentials(request, form);
    if (credentials == null) {
      return error(
          401,
          "invalid_client",
          "Authentication failed: give the client id and secret"
              + " with HTTP Basic authentication");
    }
    if (grant == null || grant.isBlank()) {
      return error(400, "invalid_request", "grant_type is missing; use client_credentials");
    }
    if (!grant.equals("client_credentials")) {
      return error(400, "unsupported_grant_type", "only the client_credentials grant is supported");
    }
    String clientId = credentials[0];
    String secretHash = Sha256.of(credentials[1]);
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = "pat_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Optional<PactClient> client =
        db.inTransaction(
            c -> {
              Optional<PactClient> found = clients.authenticate(c, clientId, secretHash);
              if (found.isPresent()) {
                clients.addToken(
                    c, found.get(), Sha256.of(token), Instant.now().plus(TOKEN_LIFETIME));
              }
              return found;
            });
    if (client.isEmpty()) {
      return error(401, "invalid_client", "Authentication failed");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_token", token);
    body.put("token_type", "Bearer");
    body.put("expires_in", TOKEN_LIFETIME.toSeconds());
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.PRAGMA, "no-cache")
        .body(body);
  }

  private static String[] credentials(
      HttpServletRequest request, MultiValueMap<String, String> form) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
          return null;
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    if (header == null && form != null) {
      String id = form.getFirst("client_id");
      String secret = form.getFirst("client_secret");
      if (id != null && secret != null && !id.isEmpty()) {
        return new String[] {id, secret};
      }
    }
    return null;
  }

  private static ResponseEntity<Map<String, Object>> error(
      int status, String error, String description) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    ResponseEntity.BodyBuilder b =
        ResponseEntity.status(status).cacheControl(CacheControl.noStore());
    if (status == 401) {
      b.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PACT\"");
    }
    return b.body(body);
  }
}
