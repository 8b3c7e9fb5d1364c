package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.server.scope3plus.TenantLedgers;
import org.scopeplus.server.security.Caller;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Scope 3+: the avoided emissions the tenant's programmes counted, over time and by programme, the
 * events refused by reason, and what was deducted for credits sold, read from the tenant's ledger
 * as the API's {@code /api/v1/ecosystem/totals} reads it. A ledger of its own: never added to
 * Scopes 1 to 3.
 */
@ConsoleController
class Scope3PlusPage {

  /** One row of a breakdown: a key and its grams (or count). */
  record Amount(String key, long value) {}

  private final TenantLedgers ledgers;
  private final MessageSource messages;

  Scope3PlusPage(TenantLedgers ledgers, MessageSource messages) {
    this.ledgers = ledgers;
    this.messages = messages;
  }

  @GetMapping("/scope3plus")
  String scope3plus(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    LedgerTotals t = ledgers.with(caller.tenantId(), store -> store.ledger().totals());
    long reversed = ledgers.with(caller.tenantId(), store -> store.ledger().reversedCount());
    model.addAttribute("t", t);
    model.addAttribute("catalog", ledgers.catalog());
    model.addAttribute("reversed", reversed);
    List<Amount> refusals = new ArrayList<>();
    t.rejections().forEach((r, n) -> refusals.add(new Amount(r.name(), n)));
    model.addAttribute("refusals", refusals);
    model.addAttribute("programmes", amounts(t.byProgramme()));
    model.addAttribute("months", amounts(t.byMonth()));
    String unit = messages.getMessage("unit.tonnes", null, locale);
    model.addAttribute(
        "monthsChart",
        Charts.of("trend", new ArrayList<>(t.byMonth().keySet()))
            .series(
                messages.getMessage("s3p.avoided", null, locale),
                new ArrayList<>(t.byMonth().values()))
            .with("unit", unit)
            .json());
    model.addAttribute(
        "programmesChart",
        Charts.of("bars", new ArrayList<>(t.byProgramme().keySet()))
            .series(
                messages.getMessage("s3p.avoided", null, locale),
                new ArrayList<>(t.byProgramme().values()))
            .with("unit", unit)
            .json());
    return "console/scope3plus";
  }

  private static List<Amount> amounts(Map<String, Long> m) {
    List<Amount> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Amount(k, v)));
    return out;
  }
}
