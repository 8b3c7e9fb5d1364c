package org.scopeplus.server.setup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The first admin, created through the running service with the one-time setup token. */
@RestController
@RequestMapping("/api/v1/setup")
@Tag(name = "Setup", description = "The first start: the first admin, with the setup token")
class SetupController {

  /** Whether the service still waits for its first admin. */
  record SetupState(
      @Schema(description = "true while no user exists and the setup token is unused")
          boolean firstAdminNeeded) {}

  /** The first admin: the token from the log, the tenant (created) and the admin's login. */
  record FirstAdmin(
      @Schema(description = "the one-time setup token printed in the service's log")
          String setupToken,
      @Schema(description = "the tenant (company) name; created") String tenant,
      @Schema(description = "the admin's user name") String username,
      @Schema(description = "the admin's password (12 to 128 characters, see docs/security.md)")
          String password) {}

  /** The admin made, and the login name to use. */
  record AdminAdded(String tenant, String username, String role, String loginName) {}

  private final Database db;
  private final SetupToken token;

  SetupController(Database db, SetupToken token) {
    this.db = db;
    this.token = token;
  }

  @Operation(summary = "Whether the service still waits for its first admin (no login needed)")
  @GetMapping
  SetupState state() {
    return new SetupState(token.pending() && noUserYet());
  }

  @Operation(
      summary = "Create the first admin with the one-time setup token from the service's log",
      description =
          "No login needed: the token is the credential, used once. 201 with the admin; 403 when"
              + " the token does not match; 409 once a user exists; 422 for a refused name or"
              + " password (the reason says which).")
  @PostMapping("/first-admin")
  @ResponseStatus(HttpStatus.CREATED)
  AdminAdded firstAdmin(@RequestBody FirstAdmin body) {
    if (body == null) {
      throw ApiProblem.badRequest("give setupToken, tenant, username and password");
    }
    if (!token.pending() || !noUserYet()) {
      throw ApiProblem.conflict(
          "the first admin exists already: log in, and an admin adds the other users");
    }
    RegisteringUser.Outcome outcome =
        token
            .useOnce(
                body.setupToken(),
                () ->
                    db.inTransaction(
                        c -> {
                          if (new UserStore().count(c) > 0) {
                            return null;
                          }
                          return new RegisteringUser()
                              .register(
                                  c,
                                  body.tenant(),
                                  body.username(),
                                  body.password(),
                                  Role.ADMIN,
                                  List.of(),
                                  "setup-token",
                                  true);
                        },
                        o -> o instanceof RegisteringUser.Outcome.Added),
                o -> o == null || o instanceof RegisteringUser.Outcome.Added)
            .orElseThrow(
                () ->
                    ApiProblem.forbidden(
                        "the setup token does not match the one in the service's log"));
    if (outcome == null) {
      throw ApiProblem.conflict(
          "the first admin exists already: log in, and an admin adds the other users");
    }
    if (outcome instanceof RegisteringUser.Outcome.Refused refused) {
      throw ApiProblem.refused("First Admin Refused", refused.reason());
    }
    RegisteringUser.Outcome.Added added = (RegisteringUser.Outcome.Added) outcome;
    return new AdminAdded(
        added.tenant().name(),
        added.user().username(),
        Role.ADMIN.label(),
        added.tenant().name() + "/" + added.user().username());
  }

  private boolean noUserYet() {
    return db.inTransaction(c -> new UserStore().count(c)) == 0;
  }
}
