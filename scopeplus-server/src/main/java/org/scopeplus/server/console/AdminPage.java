package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.security.Caller;
import org.scopeplus.server.security.RegisteringUser;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration, for admins only: the tenant's users with their roles and org units, its API
 * tokens, its org units and its own factor libraries beside the built-in ones, read through the
 * API's stores. An admin adds a user and changes a user's role and org units here as {@code POST
 * /api/v1/users} and {@code PUT /api/v1/users/{id}} do: the same checks (a data owner needs an org
 * unit, an admin keeps their own admin role), the same stores, audited the same way; each form
 * carries the session's CSRF token. Tokens, org units and factor libraries change through the API.
 */
@ConsoleController
class AdminPage {

  private final Database db;
  private final ReferenceData reference;
  private final UserStore users = new UserStore();
  private final TokenStore tokens = new TokenStore();
  private final OrgUnitStore units = new OrgUnitStore();
  private final FactorLibraryStore libraries;

  AdminPage(Database db, ReferenceData reference) {
    this.db = db;
    this.reference = reference;
    this.libraries = new FactorLibraryStore(reference.gwps());
  }

  @GetMapping("/admin")
  String admin(@AuthenticationPrincipal Caller caller, Model model) {
    ConsoleAccess.admin(caller);
    PageRequest all = new PageRequest(0, PageRequest.MAX_SIZE);
    db.inTransaction(
        c -> {
          model.addAttribute("users", users.list(c, caller.tenantId(), all).items());
          model.addAttribute("tokens", tokens.list(c, caller.tenantId(), null, all).items());
          model.addAttribute("units", units.list(c, caller.tenantId(), all).items());
          model.addAttribute("libraries", libraries.list(c, caller.tenantId(), all).items());
          return null;
        });
    model.addAttribute("builtIn", reference.libraries());
    model.addAttribute("roles", List.of(Role.values()));
    model.addAttribute("minLength", org.scopeplus.server.security.Passwords.MIN_LENGTH);
    return "console/admin";
  }

  @PostMapping("/admin/users")
  String addUser(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String orgUnits,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    Optional<Role> r = Role.parse(role);
    if (r.isEmpty()) {
      return refused(flash, "admin.refused.role", null);
    }
    List<String> units;
    try {
      units = orgUnits(orgUnits);
    } catch (ApiProblem p) {
      return refused(flash, "admin.refused.user", p.getMessage());
    }
    RegisteringUser.Outcome outcome =
        db.inTransaction(
            c -> {
              String tenantName = new TenantStore().byId(c, caller.tenantId()).orElseThrow().name();
              return new RegisteringUser()
                  .register(
                      c,
                      tenantName,
                      username.strip(),
                      password,
                      r.get(),
                      units,
                      caller.username(),
                      false);
            },
            o -> o instanceof RegisteringUser.Outcome.Added);
    if (outcome instanceof RegisteringUser.Outcome.Refused refused) {
      return refused(flash, "admin.refused.user", refused.reason());
    }
    flash.addFlashAttribute("done", "admin.userAdded");
    flash.addFlashAttribute("doneArg", username.strip());
    return "redirect:/admin";
  }

  @PostMapping("/admin/users/access")
  String changeAccess(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String id,
      @RequestParam(defaultValue = "") String role,
      @RequestParam(defaultValue = "") String orgUnits,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    Optional<Role> r = Role.parse(role);
    if (r.isEmpty()) {
      return refused(flash, "admin.refused.role", null);
    }
    List<String> units;
    try {
      units = orgUnits(orgUnits);
    } catch (ApiProblem p) {
      return refused(flash, "admin.refused.access", p.getMessage());
    }
    if (r.get() == Role.DATA_OWNER && units.isEmpty()) {
      return refused(flash, "admin.refused.ownerUnits", null);
    }
    if (id.equals(caller.userId()) && r.get() != Role.ADMIN) {
      return refused(flash, "admin.refused.ownAdmin", null);
    }
    StoredUser changed =
        db.inTransaction(
            c -> {
              StoredUser u =
                  users
                      .byId(c, caller.tenantId(), id)
                      .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
              return users.changeAccess(c, u, r.get(), units, caller.username());
            });
    flash.addFlashAttribute("done", "admin.accessChanged");
    flash.addFlashAttribute("doneArg", changed.username());
    return "redirect:/admin";
  }

  private static String refused(RedirectAttributes flash, String key, String detail) {
    flash.addFlashAttribute("refusal", key);
    flash.addFlashAttribute("refusalDetail", detail);
    return "redirect:/admin";
  }

  /** Org-unit paths given one a line or separated by commas, each checked as the API checks it. */
  static List<String> orgUnits(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    for (String part : text.split("[,\\n]")) {
      if (part.isBlank()) {
        continue;
      }
      out.add(RequestText.orgPath("orgUnits[" + i + "]", part.strip(), "empty org unit"));
      i++;
    }
    return out;
  }
}
