package org.scopeplus.server.setup;

import java.util.List;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Self-service sign-up: a company (an SME) creates its own tenant with its first admin, no email
 * needed. Open only while {@code scopeplus.signup.enabled} is true; counted by {@link
 * SignUpThrottle} per address and in all; the names and password are checked as every user's are
 * ({@link RegisteringUser}); a taken tenant name is refused without saying anything of the tenant.
 * The tenant's audit chain opens with {@code tenant.created} by {@code self-sign-up}.
 */
@Component
public class SigningUp {

  /** What signing up gave. */
  public sealed interface Outcome {
    /** The tenant and its admin were made; the login name is {@code tenant/user}. */
    record SignedUp(String tenant, String username, String loginName) implements Outcome {}

    /** Sign-up is turned off by the operator. */
    record Closed() implements Outcome {}

    /** Too many sign-ups: try again after this many seconds. */
    record Throttled(long retryAfterSeconds) implements Outcome {}

    /** Refused, with the reason (a name, a password, a taken tenant name). */
    record Refused(String reason) implements Outcome {}
  }

  static final String ACTOR = "self-sign-up";

  private final Database db;
  private final boolean enabled;
  private final SignUpThrottle throttle;

  @Autowired
  SigningUp(
      Database db,
      @Value("${scopeplus.signup.enabled:true}") boolean enabled,
      @Value("${scopeplus.signup.per-address-per-hour:5}") int perAddress,
      @Value("${scopeplus.signup.per-hour:200}") int perHour) {
    this(db, enabled, new SignUpThrottle(java.time.Clock.systemUTC(), perAddress, perHour));
  }

  SigningUp(Database db, boolean enabled, SignUpThrottle throttle) {
    this.db = db;
    this.enabled = enabled;
    this.throttle = throttle;
  }

  /** Whether the failure is the database's unique constraint on the name (SQLSTATE 23505). */
  static boolean takenMeanwhile(StoreFailure e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23505")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the operator allows sign-up. */
  public boolean open() {
    return enabled;
  }

  /** Creates the tenant {@code tenant} with its admin {@code username}, or says why not. */
  public Outcome signUp(String tenant, String username, String password, String address) {
    if (!enabled) {
      return new Outcome.Closed();
    }
    if (tenant == null || username == null || password == null) {
      return new Outcome.Refused("give tenant, username and password");
    }
    if (tenant.length() > 200 || username.length() > 100 || password.length() > 1000) {
      return new Outcome.Refused(
          "a tenant name has at most 200 characters, a user name 100, a password 128");
    }
    long wait = throttle.attempt(address == null ? "" : address);
    if (wait > 0) {
      return new Outcome.Throttled(wait);
    }
    String name = tenant.strip();
    RegisteringUser.Outcome o;
    try {
      o =
          db.inTransaction(
              c -> {
                if (new TenantStore().byName(c, name).isPresent()) {
                  return new RegisteringUser.Outcome.Refused(
                      "the tenant name " + name + " is taken: choose another");
                }
                return new RegisteringUser()
                    .register(c, name, username, password, Role.ADMIN, List.of(), ACTOR, true);
              },
              r -> r instanceof RegisteringUser.Outcome.Added);
    } catch (StoreFailure e) {
      if (takenMeanwhile(e)) {
        // another sign-up created the same tenant name between the check and the insert
        return new Outcome.Refused("the tenant name " + name + " is taken: choose another");
      }
      throw e;
    }
    if (o instanceof RegisteringUser.Outcome.Added added) {
      return new Outcome.SignedUp(
          added.tenant().name(),
          added.user().username(),
          added.tenant().name() + "/" + added.user().username());
    }
    return new Outcome.Refused(((RegisteringUser.Outcome.Refused) o).reason());
  }
}
