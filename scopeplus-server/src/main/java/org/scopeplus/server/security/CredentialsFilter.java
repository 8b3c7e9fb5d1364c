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
 * Passwords}), throttled by {@link LoginThrottle} and remembered for a few minutes by {@link
 * VerifiedCredentials}. Bad credentials are answered at once with a 401 problem; no header leaves
 * the request anonymous for the authorisation rules to decide. Secrets are never logged.
 */
final class CredentialsFilter extends OncePerRequestFilter {

  private static final String DUMMY_HASH = Passwords.hash("not-a-real-password-0");

  private final Database database;
  private final LoginThrottle throttle;
  private final VerifiedCredentials verified;
  private final UserStore users = new UserStore();
  private final TokenStore tokens = new TokenStore();

  CredentialsFilter(Database database, LoginThrottle throttle, VerifiedCredentials verified) {
    this.database = database;
    this.throttle = throttle;
    this.verified = verified;
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
      BasicLogin outcome = byPassword(login, password, request.getRemoteAddr());
      if (outcome instanceof BasicLogin.Throttled t) {
        response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
        ProblemWriter.write(
            response,
            429,
            "Too Many Requests",
            "too many failed logins; try again in " + t.retryAfterSeconds() + " seconds",
            request.getRequestURI());
        return;
      }
      if (outcome instanceof BasicLogin.Wrong) {
        ProblemWriter.write(
            response, 401, "Unauthorized", "wrong user name or password", request.getRequestURI());
        return;
      }
      caller = Optional.of(((BasicLogin.Accepted) outcome).caller());
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

  /** What Basic credentials gave. */
  private sealed interface BasicLogin {
    record Accepted(Caller caller) implements BasicLogin {}

    record Wrong() implements BasicLogin {}

    record Throttled(long retryAfterSeconds) implements BasicLogin {}
  }

  /**
   * Checks Basic credentials. Credentials verified within the last minutes for the user as stored
   * now need no new BCrypt check and reserve no attempt, but are refused while the user or address
   * is throttled; otherwise an attempt is reserved before the password is checked.
   */
  private BasicLogin byPassword(String login, String password, String address) {
    LoginName name = LoginName.parse(login);
    Optional<StoredUser> user =
        database.inTransaction(c -> users.byLogin(c, name.tenant(), name.username()));
    Optional<StoredUser> usable = user.filter(StoredUser::enabled);
    String throttleKey =
        user.map(u -> LoginThrottle.keyOf(u.tenantId(), u.username())).orElse("?" + login);
    if (usable.isPresent() && verified.verified(login, password, usable.get())) {
      // no password check, so no attempt reserved; a user locked out stays locked out
      long wait = throttle.retryAfterSeconds(throttleKey, address);
      return wait > 0
          ? new BasicLogin.Throttled(wait)
          : new BasicLogin.Accepted(Caller.of(usable.get()));
    }
    LoginThrottle.Attempt attempt = throttle.attempt(throttleKey, address);
    if (attempt instanceof LoginThrottle.Attempt.Refused refused) {
      return new BasicLogin.Throttled(refused.retryAfterSeconds());
    }
    LoginThrottle.Attempt.Allowed allowed = (LoginThrottle.Attempt.Allowed) attempt;
    if (usable.isEmpty()) {
      Passwords.matches(password, DUMMY_HASH);
      throttle.failed(allowed);
      return new BasicLogin.Wrong();
    }
    if (!Passwords.matches(password, usable.get().passwordHash())) {
      throttle.failed(allowed);
      return new BasicLogin.Wrong();
    }
    throttle.succeeded(allowed);
    verified.remember(login, password, usable.get());
    return new BasicLogin.Accepted(Caller.of(usable.get()));
  }
}
