package org.scopeplus.server.security;

import java.util.List;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin from {@code SCOPEPLUS_ADMIN_USER}, {@code SCOPEPLUS_ADMIN_PASSWORD} and
 * {@code SCOPEPLUS_ADMIN_TENANT} when the service has no user yet. There is no default password:
 * without these variables the first admin comes from {@code scopeplus user add}.
 */
@Component
class FirstAdminFromEnvironment implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(FirstAdminFromEnvironment.class);

  private final Database database;
  private final String username;
  private final String password;
  private final String tenant;
  private final org.springframework.core.env.Environment environment;

  FirstAdminFromEnvironment(
      Database database,
      org.springframework.core.env.Environment environment,
      @Value("${SCOPEPLUS_ADMIN_USER:}") String username,
      @Value("${SCOPEPLUS_ADMIN_PASSWORD:}") String password,
      @Value("${SCOPEPLUS_ADMIN_TENANT:default}") String tenant) {
    this.database = database;
    this.username = username;
    this.password = password;
    this.tenant = tenant;
    this.environment = environment;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (username.isBlank()) {
      if (database.inTransaction(c -> new UserStore().count(c)) == 0) {
        LOG.warn(firstAdminHint(ListeningPort.of(environment)));
      }
      return;
    }
    RegisteringUser.Outcome outcome =
        database.inTransaction(
            c -> {
              if (new UserStore().count(c) > 0) {
                return null;
              }
              return new RegisteringUser()
                  .register(
                      c, tenant, username, password, Role.ADMIN, List.of(), "environment", true);
            });
    if (outcome instanceof RegisteringUser.Outcome.Refused refused) {
      throw new IllegalStateException(
          "SCOPEPLUS_ADMIN_USER is set but the first admin cannot be created: " + refused.reason());
    }
    if (outcome instanceof RegisteringUser.Outcome.Added added) {
      LOG.info("first admin {} of tenant {} created from the environment", username, tenant);
    }
  }

  /**
   * What the log says when the service has no user: the command that makes the first admin while
   * the service runs, through this service's port with the setup token the log prints, or the
   * environment variables for the next start.
   */
  static String firstAdminHint(int port) {
    return "no user yet: while the service runs, add the first admin with `SCOPEPLUS_SETUP_TOKEN=TOKEN"
        + " scopeplus user add --server http://localhost:"
        + port
        + " --tenant NAME --username NAME` (TOKEN: the one-time setup token in this log), or set"
        + " SCOPEPLUS_ADMIN_USER and SCOPEPLUS_ADMIN_PASSWORD before starting it";
  }
}
