package org.scopeplus.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A console session's caller, read again from the store on every request: a role or org units
 * changed by an admin apply at once, and a disabled user or a changed password ends the session
 * (its stamp no longer matches). The session keeps only who signed in.
 */
public final class ConsoleSession extends OncePerRequestFilter {

  private final Database database;
  private final UserStore users = new UserStore();
  private static final HttpSessionSecurityContextRepository REPOSITORY =
      new HttpSessionSecurityContextRepository();

  ConsoleSession(Database database) {
    this.database = database;
  }

  /** The stamp of a stored password hash, kept in the session instead of the hash. */
  static String stampOf(StoredUser user) {
    return Sha256.of(user.passwordHash());
  }

  /**
   * Signs the user in again after their own password change, so this session goes on and every
   * other session of theirs ends.
   */
  public static void renewed(
      StoredUser user, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(new CallerAuthentication(Caller.of(user), stampOf(user)));
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    REPOSITORY.saveContext(context, request, response);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a instanceof CallerAuthentication signedIn && !signedIn.passwordStamp().isEmpty()) {
      Caller was = signedIn.getPrincipal();
      Optional<StoredUser> now =
          database.inTransaction(c -> users.byId(c, was.tenantId(), was.userId()));
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      if (now.isPresent()
          && now.get().enabled()
          && stampOf(now.get()).equals(signedIn.passwordStamp())) {
        context.setAuthentication(
            new CallerAuthentication(Caller.of(now.get()), signedIn.passwordStamp()));
      } else {
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
      }
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }
}
