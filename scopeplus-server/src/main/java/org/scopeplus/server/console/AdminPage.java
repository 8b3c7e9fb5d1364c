package org.scopeplus.server.console;

import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Administration, for admins only: the tenant's users with their roles and org units, its API
 * tokens, its org units and its own factor libraries beside the built-in ones, read through the
 * API's stores. Changes go through the API ({@code /api/v1/users}, {@code /tokens}, ...).
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
    return "console/admin";
  }
}
