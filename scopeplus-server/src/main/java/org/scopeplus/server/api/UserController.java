package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.ChangingPassword;
import org.scopeplus.server.security.LoginThrottle;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.UserStore;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller and their password, and the tenant's users (admins add them, change their role and org
 * units, and disable them).
 */
@Tag(name = "Users", description = "The caller, their password, and the tenant's users and roles")
@RestController
@RequestMapping("/api/v1")
class UserController {

  /** A user as the API shows it (never the password hash). */
  record UserView(String id, String username, String role, List<String> orgUnits, boolean enabled) {
    static UserView of(StoredUser u) {
      return new UserView(u.id(), u.username(), u.role().label(), u.orgUnits(), u.enabled());
    }
  }

  /** The caller. */
  record MeView(
      String userId, String username, String role, List<String> orgUnits, String tenant) {}

  /** A new user. */
  record NewUser(String username, String password, String role, List<String> orgUnits) {}

  /** The caller's password change: the old one, then the new one. */
  record PasswordChange(String oldPassword, String newPassword) {}

  /** A user's new role and org units. */
  record AccessChange(String role, List<String> orgUnits) {}

  private final Database db;
  private final ChangingPassword changing;
  private final UserStore users = new UserStore();

  UserController(Database db, LoginThrottle throttle) {
    this.db = db;
    this.changing = new ChangingPassword(db, throttle);
  }

  @Operation(summary = "Read the caller: user, role, org units and tenant")
  @GetMapping("/me")
  MeView me(@AuthenticationPrincipal Caller caller) {
    String tenant =
        db.inTransaction(c -> new TenantStore().byId(c, caller.tenantId()).orElseThrow().name());
    return new MeView(
        caller.userId(), caller.username(), caller.role().label(), caller.orgUnits(), tenant);
  }

  @Operation(summary = "List the tenant's users")
  @GetMapping("/users")
  PageBody<UserView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Access.admin(caller);
    return TenantReads.page(db, caller, page, size, users::list, UserView::of);
  }

  @Operation(summary = "Read one user")
  @GetMapping("/users/{id}")
  UserView one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    Access.admin(caller);
    return UserView.of(TenantReads.one(db, caller, "user", id, users::byId));
  }

  @Operation(summary = "Disable a user and revoke their tokens")
  @DeleteMapping("/users/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void disable(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    Access.admin(caller);
    db.inTransaction(
        c -> {
          StoredUser u = TenantReads.found(c, caller, "user", id, users::byId);
          if (u.id().equals(caller.userId())) {
            throw ApiProblem.conflict("an admin cannot disable themselves");
          }
          return users.disable(c, u, caller.username());
        });
  }

  @Operation(
      summary =
          "Change one's own password, giving the old one; every token of the caller is revoked")
  @PutMapping("/me/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void changePassword(
      @AuthenticationPrincipal Caller caller,
      @RequestBody PasswordChange body,
      HttpServletRequest request) {
    if (body.oldPassword() == null || body.newPassword() == null) {
      throw ApiProblem.badRequest(
          "give oldPassword and newPassword; "
              + (body.oldPassword() == null ? "oldPassword" : "newPassword")
              + " is missing");
    }
    ChangingPassword.Outcome outcome =
        changing.change(caller, body.oldPassword(), body.newPassword(), request.getRemoteAddr());
    if (outcome instanceof ChangingPassword.Outcome.Weak weak) {
      throw ApiProblem.refused("Password Refused", weak.reason());
    }
    if (outcome instanceof ChangingPassword.Outcome.Throttled t) {
      long wait = t.retryAfterSeconds();
      throw new ApiProblem(
          HttpStatus.TOO_MANY_REQUESTS,
          "Too Many Requests",
          "too many failed logins; try again in " + wait + " seconds",
          Map.of("retryAfterSeconds", wait));
    }
    if (outcome instanceof ChangingPassword.Outcome.WrongOldPassword) {
      throw ApiProblem.forbidden("the old password does not match");
    }
  }

  @Operation(summary = "Change a user's role and org units")
  @PutMapping("/users/{id}")
  UserView changeAccess(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody AccessChange body) {
    Access.admin(caller);
    Role role = role(body.role());
    List<String> units = orgUnits(body.orgUnits());
    if (role == Role.DATA_OWNER && units.isEmpty()) {
      throw ApiProblem.refused("User Refused", "a data owner needs at least one org unit");
    }
    return UserView.of(
        db.inTransaction(
            c -> {
              StoredUser u = TenantReads.found(c, caller, "user", id, users::byId);
              if (u.id().equals(caller.userId()) && role != Role.ADMIN) {
                throw ApiProblem.conflict("an admin cannot take away their own admin role");
              }
              return users.changeAccess(c, u, role, units, caller.username());
            }));
  }

  @Operation(summary = "Add a user with a role and org units")
  @PostMapping("/users")
  @ResponseStatus(HttpStatus.CREATED)
  UserView add(@AuthenticationPrincipal Caller caller, @RequestBody NewUser body) {
    Access.admin(caller);
    Role role = role(body.role());
    List<String> units = orgUnits(body.orgUnits());
    RegisteringUser.Outcome outcome =
        db.inTransaction(
            c -> {
              String tenantName = new TenantStore().byId(c, caller.tenantId()).orElseThrow().name();
              return new RegisteringUser()
                  .register(
                      c,
                      tenantName,
                      body.username(),
                      body.password(),
                      role,
                      units,
                      caller.username(),
                      false);
            },
            o -> o instanceof RegisteringUser.Outcome.Added);
    if (outcome instanceof RegisteringUser.Outcome.Refused refused) {
      throw ApiProblem.refused("User Refused", refused.reason());
    }
    return UserView.of(((RegisteringUser.Outcome.Added) outcome).user());
  }

  /** Each org unit a path as {@link RequestText#orgPath} allows, normalised. */
  private static List<String> orgUnits(List<String> given) {
    if (given == null) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(given.size());
    for (int i = 0; i < given.size(); i++) {
      out.add(
          RequestText.orgPath(
              "orgUnits[" + i + "]", given.get(i), "orgUnits[" + i + "] is empty; give a path"));
    }
    return out;
  }

  private static Role role(String text) {
    return Role.parse(text)
        .orElseThrow(
            () ->
                ApiProblem.badRequest(
                    "role must be admin, data-owner, verifier or viewer, not " + text));
  }
}
