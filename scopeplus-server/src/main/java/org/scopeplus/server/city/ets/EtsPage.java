package org.scopeplus.server.city.ets;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.server.console.ConsoleController;
import org.scopeplus.server.console.ConsoleLink;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.ets.KeepingEtsRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry in the console, for every role of the city: each covered enterprise with its
 * holdings, verified emissions and compliance for a year, and the registry's issued, cancelled and
 * held totals; with {@code enterprise}, that account's history, reversals and corrections included.
 */
@ConsoleController
class EtsPage {

  private final Database db;
  private final KeepingEtsRegistry registry = new KeepingEtsRegistry();

  EtsPage(Database db) {
    this.db = db;
  }

  @Bean
  static ConsoleLink etsLink() {
    return ConsoleLink.forEveryone(58, "/city/ets", "nav.cityEts");
  }

  @GetMapping("/city/ets")
  String page(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String enterprise,
      Model model) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    int y = year == null ? today.getYear() - 1 : year;
    if (y < 2005 || y > 2100) {
      throw new org.springframework.web.server.ResponseStatusException(
          org.springframework.http.HttpStatus.BAD_REQUEST, "year must lie between 2005 and 2100");
    }
    EtsLedger l = db.inTransaction(c -> registry.ledger(c, caller.tenantId()));
    model.addAttribute("year", y);
    model.addAttribute("deadline", l.rules().deadlineOf(y));
    model.addAttribute("offsetPercent", l.rules().offsetShare() * 100);
    model.addAttribute("enterprises", EtsController.views(l, y, today));
    model.addAttribute("issued", l.issued(Unit.ALLOWANCE));
    model.addAttribute("cancelled", l.cancelled(Unit.ALLOWANCE));
    model.addAttribute("held", l.held(Unit.ALLOWANCE));
    model.addAttribute("penaltyRatio", l.rules().penaltyRatio());
    if (enterprise != null && l.account(enterprise).isPresent()) {
      model.addAttribute("account", l.account(enterprise).get());
      model.addAttribute("history", l.history(enterprise));
    }
    return "console/city-ets";
  }
}
