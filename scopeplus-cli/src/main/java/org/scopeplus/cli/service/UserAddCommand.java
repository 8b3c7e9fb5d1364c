package org.scopeplus.cli.service;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus user add}: adds a local user, creating the tenant when it is new; this is how
 * the first admin is made. With {@code --server URL} it goes through the running service with the
 * one-time setup token from the service's log (the service holds its embedded database); without,
 * it opens the database of a stopped service directly, and never creates a data folder. The
 * password is asked for twice on the terminal, or read from {@code SCOPEPLUS_PASSWORD} or from
 * standard input with {@code --password-stdin}; it is never an argument.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Add a user (and its tenant when new). The password is asked for, never given.",
      "While the service runs: --server URL with the setup token from its log makes the first"
          + " admin.",
      "Exit code 0 when added, 1 when refused, 2 when nothing could be asked."
    })
public final class UserAddCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database;

  @Option(names = "--tenant", required = true, description = "The tenant (company) name.")
  String tenant;

  @Option(names = "--username", required = true, description = "The user name.")
  String username;

  @Option(
      names = "--role",
      defaultValue = "admin",
      description = "admin, data-owner, verifier or viewer (default: admin).")
  String role;

  @Option(
      names = "--org-unit",
      paramLabel = "PATH",
      description = "An org unit a data owner may write in; repeat for several.")
  List<String> orgUnits;

  @Option(names = "--password-stdin", description = "Read the password from standard input.")
  boolean passwordStdin;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "The running service, e.g. http://localhost:8080: make the first admin through it with"
              + " the setup token from its log.")
  URI server;

  @Option(
      names = "--setup-token",
      paramLabel = "TOKEN",
      defaultValue = "${env:SCOPEPLUS_SETUP_TOKEN}",
      description =
          "The one-time setup token the service printed in its log (default:"
              + " SCOPEPLUS_SETUP_TOKEN); with --server.")
  String setupToken;

  @Override
  public Integer call() throws IOException {
    Role r = Role.parse(role).orElse(null);
    if (r == null) {
      System.err.println("role must be admin, data-owner, verifier or viewer, not " + role);
      return 2;
    }
    if (server != null) {
      if (r != Role.ADMIN || (orgUnits != null && !orgUnits.isEmpty())) {
        System.err.println(
            "through the service this makes the first admin only; an admin adds the other users"
                + " (POST /api/v1/users)");
        return 2;
      }
      if (setupToken == null || setupToken.isBlank()) {
        System.err.println(
            "give the setup token the service printed in its log: --setup-token TOKEN or"
                + " SCOPEPLUS_SETUP_TOKEN");
        return 2;
      }
      String password = password();
      return password == null
          ? 2
          : new FirstAdminThroughService(server).add(setupToken, tenant, username, password);
    }
    Database opened;
    try {
      opened = database.openExisting();
    } catch (DatabaseOptions.NoDatabase e) {
      System.err.println("user not added: " + e.getMessage());
      return 2;
    }
    String password = password();
    if (password == null) {
      opened.close();
      return 2;
    }
    QuietLogs.apply();
    try (Database db = opened) {
      RegisteringUser.Outcome outcome =
          db.inTransaction(
              c ->
                  new RegisteringUser()
                      .register(
                          c,
                          tenant,
                          username,
                          password,
                          r,
                          orgUnits == null ? List.of() : orgUnits,
                          "cli:" + System.getProperty("user.name"),
                          true),
              o -> o instanceof RegisteringUser.Outcome.Added);
      if (outcome instanceof RegisteringUser.Outcome.Refused refused) {
        System.err.println("user not added: " + refused.reason());
        return 1;
      }
      RegisteringUser.Outcome.Added added = (RegisteringUser.Outcome.Added) outcome;
      System.out.printf(
          "added %s (%s) to tenant %s%n",
          added.user().username(), r.label(), added.tenant().name());
      return 0;
    }
  }

  private String password() throws IOException {
    String env = System.getenv("SCOPEPLUS_PASSWORD");
    if (env != null && !env.isEmpty()) {
      return env;
    }
    if (passwordStdin) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line = in.readLine();
      return line == null ? "" : line;
    }
    Console console = System.console();
    if (console == null) {
      System.err.println(
          "no terminal to ask for the password: set SCOPEPLUS_PASSWORD or use --password-stdin");
      return null;
    }
    char[] first = console.readPassword("Password for %s: ", username);
    char[] second = console.readPassword("Repeat it: ");
    if (first == null || second == null || !new String(first).equals(new String(second))) {
      System.err.println("the two passwords differ");
      return null;
    }
    return new String(first);
  }
}
