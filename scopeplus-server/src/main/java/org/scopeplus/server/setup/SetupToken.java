package org.scopeplus.server.setup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.scopeplus.server.security.ListeningPort;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The one-time setup token: made when the service starts with no user (256 random bits, printed
 * once in the log with the command that uses it), accepted once to create the first admin, and gone
 * as soon as any user exists. It lives in memory only: a restart with still no user prints a new
 * one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SetupToken implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(SetupToken.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Database database;
  private final Environment environment;
  private byte[] token;

  private final boolean adminFromEnvironment;

  SetupToken(
      Database database,
      Environment environment,
      @Value("${SCOPEPLUS_ADMIN_USER:}") String adminFromEnvironment) {
    this.database = database;
    this.environment = environment;
    this.adminFromEnvironment = !adminFromEnvironment.isBlank();
  }

  @Override
  public void run(ApplicationArguments args) {
    // the environment's first admin is made at start-up too: no token is needed then
    if (adminFromEnvironment || database.inTransaction(c -> new UserStore().count(c)) > 0) {
      return;
    }
    LOG.warn(logLine(make(), ListeningPort.of(environment)));
  }

  /**
   * The line the log prints: the token and the command that uses it, through the port the service
   * listens on (the one it was handed when started with port 0).
   */
  static String logLine(String made, int port) {
    return "no user yet. One-time setup token: "
        + made
        + " -- create the first admin while the service runs with: SCOPEPLUS_SETUP_TOKEN="
        + made
        + " scopeplus user add --server http://localhost:"
        + port
        + " --tenant NAME --username NAME";
  }

  /** Makes a new token, replacing any earlier one, and answers it. */
  synchronized String make() {
    byte[] raw = new byte[32];
    RANDOM.nextBytes(raw);
    String text = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    token = text.getBytes(StandardCharsets.US_ASCII);
    return text;
  }

  /** True while a token waits to be used. */
  public synchronized boolean pending() {
    return token != null;
  }

  /**
   * Runs {@code action} when {@code offered} is the pending token, and spends the token when the
   * action answers true; one caller at a time, so the token is used at most once.
   */
  public synchronized <T> Optional<T> useOnce(
      String offered, Supplier<T> action, Predicate<T> spent) {
    if (token == null
        || offered == null
        || !MessageDigest.isEqual(token, offered.strip().getBytes(StandardCharsets.UTF_8))) {
      return Optional.empty();
    }
    T result = action.get();
    if (spent.test(result)) {
      token = null;
    }
    return Optional.of(result);
  }
}
