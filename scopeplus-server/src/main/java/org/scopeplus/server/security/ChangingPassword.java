package org.scopeplus.server.security;

import java.util.Optional;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;

/**
 * Changes a caller's own password, giving the old one: the new one must pass {@link
 * Passwords#weakness}, and a wrong old password counts as a failed login ({@link LoginThrottle}),
 * so a stolen token or session cannot guess the password. The store revokes the caller's tokens.
 * The one rule behind the API's {@code PUT /me/password} and the console's password page.
 */
public final class ChangingPassword {

  /** What a password change gave. */
  public sealed interface Outcome {
    /** The password was changed. */
    record Changed(StoredUser user) implements Outcome {}

    /** The new password is refused, with the reason. */
    record Weak(String reason) implements Outcome {}

    /** The old password does not match. */
    record WrongOldPassword() implements Outcome {}

    /** Too many failed attempts; try again after this many seconds. */
    record Throttled(long retryAfterSeconds) implements Outcome {}
  }

  private final Database db;
  private final LoginThrottle throttle;
  private final UserStore users = new UserStore();

  public ChangingPassword(Database db, LoginThrottle throttle) {
    this.db = db;
    this.throttle = throttle;
  }

  /** Changes the caller's password from {@code oldPassword} to {@code newPassword}. */
  public Outcome change(Caller caller, String oldPassword, String newPassword, String address) {
    Optional<String> weakness = Passwords.weakness(newPassword, caller.username());
    if (weakness.isPresent()) {
      return new Outcome.Weak(weakness.get());
    }
    LoginThrottle.Attempt attempt =
        throttle.attempt(LoginThrottle.keyOf(caller.tenantId(), caller.username()), address);
    if (attempt instanceof LoginThrottle.Attempt.Refused refused) {
      return new Outcome.Throttled(refused.retryAfterSeconds());
    }
    LoginThrottle.Attempt.Allowed allowed = (LoginThrottle.Attempt.Allowed) attempt;
    return db.inTransaction(
        c -> {
          StoredUser me = users.byId(c, caller.tenantId(), caller.userId()).orElseThrow();
          if (!Passwords.matches(oldPassword, me.passwordHash())) {
            throttle.failed(allowed);
            return new Outcome.WrongOldPassword();
          }
          throttle.succeeded(allowed);
          return new Outcome.Changed(
              users.changePassword(c, me, Passwords.hash(newPassword), caller.username()));
        },
        o -> o instanceof Outcome.Changed);
  }
}
