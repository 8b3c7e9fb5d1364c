package org.scopeplus.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every console page shows around its content: the navigation the caller may use, who is
 * signed in to which tenant, and the language.
 */
@ControllerAdvice(annotations = ConsoleController.class)
class ConsoleModel {

  /** The signed-in caller as the page header shows them. */
  record SignedIn(String username, String role, String tenant) {}

  private final List<ConsoleLink> links;
  private final Database db;
  private final TenantStore tenants = new TenantStore();

  ConsoleModel(List<ConsoleLink> links, Database db) {
    this.links = links.stream().sorted(Comparator.comparingInt(ConsoleLink::order)).toList();
    this.db = db;
  }

  @ModelAttribute("nav")
  List<ConsoleLink> nav(@AuthenticationPrincipal Caller caller) {
    if (caller == null) {
      return List.of();
    }
    return links.stream().filter(l -> l.shownTo().test(caller)).toList();
  }

  @ModelAttribute("signedIn")
  SignedIn signedIn(@AuthenticationPrincipal Caller caller) {
    if (caller == null) {
      return null;
    }
    String tenant =
        db.inTransaction(c -> tenants.byId(c, caller.tenantId())).map(Tenant::name).orElse("");
    return new SignedIn(caller.username(), caller.role().label(), tenant);
  }

  @ModelAttribute("currentPath")
  String currentPath(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** The navigation entry of this page: the longest entry path the request's path starts with. */
  @ModelAttribute("currentLink")
  String currentLink(HttpServletRequest request) {
    String path = currentPath(request);
    String best = null;
    for (ConsoleLink l : links) {
      if ((path.equals(l.path()) || path.startsWith(l.path() + "/"))
          && (best == null || l.path().length() > best.length())) {
        best = l.path();
      }
    }
    return best;
  }

  @ModelAttribute("lang")
  String lang(Locale locale) {
    return locale.toLanguageTag();
  }
}
