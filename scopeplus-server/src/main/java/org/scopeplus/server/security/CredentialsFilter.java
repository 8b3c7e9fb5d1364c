package org.scopeplus.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.user.ApiToken;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request from its {@code Authorization} header: {@code Bearer <API token>} (looked
 * up by its SHA-256) or {@code Basic} login name ({@link LoginName}) and password ({@link
 * Passwords}) checked by {@link CheckingPassword}. Bad credentials are answered at once with a 401
 * problem; no header leaves the request anonymous for the authorisation rules to decide. Secrets
 * are never logged.
 */
final class CredentialsFilter extends OncePerRequestFilter {

  private final Database database;
  private final CheckingPassword passwords;
  private final UserStore users = new UserStore();
  private final TokenStore tokens = new TokenStore();

  CredentialsFilter(Database database, CheckingPassword passwords) {
    this.database = database;
    this.passwords = passwords;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Caller> caller;
    if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      caller = byToken(header.substring(7).strip());
      if (caller.isEmpty()) {
        ProblemWriter.write(
            response,
            401,
            "Unauthorized",
            "the API token is not valid (unknown or revoked)",
            request.getRequestURI());
        return;
      }
    } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        ProblemWriter.write(
            response, 401, "Unauthorized", "malformed Basic credentials", request.getRequestURI());
        return;
      }
      int colon = decoded.indexOf(':');
      String login = colon < 0 ? decoded : decoded.substring(0, colon);
      String password = colon < 0 ? "" : decoded.substring(colon + 1);
      CheckingPassword.Outcome outcome = passwords.check(login, password, request.getRemoteAddr());
      if (outcome instanceof CheckingPassword.Outcome.Throttled t) {
        response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        ProblemWriter.write(
            response,
            429,
            "Too Many Requests",
            "too many failed logins; try again in " + t.retryAfterSeconds() + " seconds",
            request.getRequestURI());
        return;
      }
      if (outcome instanceof CheckingPassword.Outcome.Wrong) {
        ProblemWriter.write(
            response, 401, "Unauthorized", "wrong user name or password", request.getRequestURI());
        return;
      }
      caller = Optional.of(Caller.of(((CheckingPassword.Outcome.Accepted) outcome).user()));
    } else {
      ProblemWriter.write(
          response,
          401,
          "Unauthorized",
          "use Basic (user name and password) or Bearer (API token) authentication",
          request.getRequestURI());
      return;
    }
    SecurityContextHolder.getContext().setAuthentication(new CallerAuthentication(caller.get()));
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  private Optional<Caller> byToken(String secret) {
    String hash = Sha256.of(secret);
    return database.inTransaction(
        c -> {
          Optional<ApiToken> t = tokens.validByHash(c, hash);
          if (t.isEmpty()) {
            return Optional.empty();
          }
          return users
              .byId(c, t.get().tenantId(), t.get().userId())
              .filter(StoredUser::enabled)
              .map(Caller::of);
        });
  }
}
