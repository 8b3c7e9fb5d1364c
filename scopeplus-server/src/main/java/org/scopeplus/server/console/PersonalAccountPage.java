package org.scopeplus.server.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.server.scope3plus.TenantLedgers;
import org.scopeplus.server.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A personal carbon account as its holder would read it: what their low-carbon actions avoided in
 * all, their carbon points, and a month's statement, action by action, from the tenant's Scope 3+
 * ledger as the API's {@code /api/v1/ecosystem/accounts/{actor}} reads it. Personal accounts are
 * for roles that read traces, as in the API.
 */
@ConsoleController
class PersonalAccountPage {

  private final TenantLedgers ledgers;

  PersonalAccountPage(TenantLedgers ledgers) {
    this.ledgers = ledgers;
  }

  @GetMapping("/scope3plus/account")
  String account(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String month,
      Model model) {
    ConsoleAccess.traces(caller);
    model.addAttribute("actor", actor);
    if (actor == null || actor.isBlank()) {
      return "console/account";
    }
    ledgers.with(
        caller.tenantId(),
        store -> {
          Account a = store.ledger().account(actor);
          if (a == null) {
            throw PageRefused.notFound("refused.notFound");
          }
          List<AccountEntry> history;
          try {
            history = store.history(actor);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          YearMonth m = month(month, history);
          MonthlyStatement s =
              MonthlyStatement.of(actor, m.getYear() * 12 + m.getMonthValue() - 1, history);
          model.addAttribute("account", a);
          model.addAttribute("statement", s);
          model.addAttribute("month", m.toString());
          model.addAttribute("previous", m.minusMonths(1).toString());
          model.addAttribute("next", m.plusMonths(1).toString());
          return null;
        });
    return "console/account";
  }

  /** The month asked for, else the month of the latest entry, else this month. */
  private static YearMonth month(String asked, List<AccountEntry> history) {
    if (asked != null && !asked.isBlank()) {
      try {
        YearMonth m = YearMonth.parse(asked.strip());
        if (m.getYear() < 2000 || m.getYear() > 2099) {
          throw new IllegalArgumentException("month outside the ledger's years");
        }
        return m;
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("month is yyyy-MM", e);
      }
    }
    return history.stream().mapToInt(AccountEntry::epochDay).max().stream()
        .mapToObj(d -> YearMonth.from(LocalDate.ofEpochDay(d)))
        .findFirst()
        .orElse(YearMonth.now());
  }
}
