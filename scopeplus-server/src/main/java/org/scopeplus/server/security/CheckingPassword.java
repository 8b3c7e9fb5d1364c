package org.scopeplus.server.security;

import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;

/**
 * Checks a login name ({@link LoginName}) and password against the stored user, throttled by {@link
 * LoginThrottle} and remembered for a few minutes by {@link VerifiedCredentials}: the one password
 * check behind Basic authentication of the API and the console's login form.
 */
final class CheckingPassword {

  private static final String DUMMY_HASH = Passwords.hash("not-a-real-password-0");

  /** What a login name and password gave. */
  sealed interface Outcome {
    /** The user, as stored now. */
    record Accepted(StoredUser user) implements Outcome {}

    /** Unknown, disabled or wrong password: the same answer for all three. */
    record Wrong() implements Outcome {}

    /** Too many failed attempts for the user or the address. */
    record Throttled(long retryAfterSeconds) implements Outcome {}
  }

  private final Database database;
  private final LoginThrottle throttle;
  private final VerifiedCredentials verified;
  private final UserStore users = new UserStore();

  CheckingPassword(Database database, LoginThrottle throttle, VerifiedCredentials verified) {
    this.database = database;
    this.throttle = throttle;
    this.verified = verified;
  }

  /**
   * Checks the credentials. Credentials verified within the last minutes for the user as stored now
   * need no new BCrypt check and reserve no attempt, but are refused while the user or address is
   * throttled; otherwise an attempt is reserved before the password is checked.
   */
  Outcome check(String login, String password, String address) {
    LoginName name = LoginName.parse(login);
    Optional<StoredUser> user =
        database.inTransaction(c -> users.byLogin(c, name.tenant(), name.username()));
    Optional<StoredUser> usable = user.filter(StoredUser::enabled);
    String throttleKey =
        user.map(u -> LoginThrottle.keyOf(u.tenantId(), u.username())).orElse("?" + login);
    if (usable.isPresent() && verified.verified(login, password, usable.get())) {
      // no password check, so no attempt reserved; a user locked out stays locked out
      long wait = throttle.retryAfterSeconds(throttleKey, address);
      return wait > 0 ? new Outcome.Throttled(wait) : new Outcome.Accepted(usable.get());
    }
    LoginThrottle.Attempt attempt = throttle.attempt(throttleKey, address);
    if (attempt instanceof LoginThrottle.Attempt.Refused refused) {
      return new Outcome.Throttled(refused.retryAfterSeconds());
    }
    LoginThrottle.Attempt.Allowed allowed = (LoginThrottle.Attempt.Allowed) attempt;
    if (usable.isEmpty()) {
      Passwords.matches(password, DUMMY_HASH);
      throttle.failed(allowed);
      return new Outcome.Wrong();
    }
    if (!Passwords.matches(password, usable.get().passwordHash())) {
      throttle.failed(allowed);
      return new Outcome.Wrong();
    }
    throttle.succeeded(allowed);
    verified.remember(login, password, usable.get());
    return new Outcome.Accepted(usable.get());
  }
}
