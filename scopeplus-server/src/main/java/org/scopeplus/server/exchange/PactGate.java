package org.scopeplus.server.exchange;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import org.scopeplus.store.Database;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactClientStore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The door of the PACT paths: a request that did not come over the HTTPS connector is refused (403
 * AccessDenied, naming the HTTPS port), and the {@code /3/} actions need a valid bearer access
 * token from {@code /auth/token}; the token's client is handed to the controllers as a request
 * attribute. Tokens are looked up by their SHA-256; they are never logged.
 */
final class PactGate extends OncePerRequestFilter {

  /** The request attribute holding the authenticated {@link PactClient}. */
  static final String CLIENT = PactGate.class.getName() + ".client";

  private final Database database;
  private final PactHttps https;
  private final PactClientStore clients = new PactClientStore();

  PactGate(Database database, PactHttps https) {
    this.database = database;
    this.https = https;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!request.isSecure()) {
      PactError.accessDenied(
              "the PACT endpoints are served over HTTPS only, on port " + https.port())
          .write(response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/3/")) {
      String header = request.getHeader("Authorization");
      if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
        PactError.unauthorized("an access token is required: Authorization: Bearer <token>")
            .write(response);
        return;
      }
      String hash = Sha256.of(header.substring(7).strip());
      PactClientStore.TokenCheck check =
          database.inTransaction(c -> clients.checkToken(c, hash, Instant.now()));
      if (check instanceof PactClientStore.TokenCheck.Valid v) {
        request.setAttribute(CLIENT, v.client());
      } else if (check instanceof PactClientStore.TokenCheck.Expired) {
        PactError.tokenExpired().write(response);
        return;
      } else {
        PactError.unauthorized("the access token is not valid").write(response);
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
