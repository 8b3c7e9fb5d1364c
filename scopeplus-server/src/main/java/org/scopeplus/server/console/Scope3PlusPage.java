package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.server.scope3plus.TenantLedgers;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.scope3plus.ClusterLedgerStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Scope 3+: the avoided emissions the tenant's programmes counted, over time and by programme, the
 * events refused by reason, the points rates of the personal carbon accounts, and the deductions
 * for credits sold, read from the tenant's ledger as the API's {@code /api/v1/ecosystem/totals},
 * {@code points-rates} and {@code deductions} read it. A ledger of its own: never added to Scopes 1
 * to 3. When the tenant has events counted by the Flink job (read from its outcomes topic, as
 * {@code /api/v1/ecosystem/cluster/totals} reads them), they are shown beside, as a source of their
 * own.
 */
@ConsoleController
class Scope3PlusPage {

  /** One row of a breakdown: a key and its grams (or count). */
  record Amount(String key, long value) {}

  /** A programme's points rate: points per kg CO2e avoided. */
  record Rate(String programme, double perKilogram) {}

  /** A deduction as the page lists it: programme, month, grams and reference. */
  record Deduction(String programme, String month, long grams, String reference) {}

  /** How many deductions the page lists, the latest first. */
  static final int DEDUCTIONS_SHOWN = 200;

  private final TenantLedgers ledgers;
  private final MessageSource messages;
  private final Database db;
  private final ClusterLedgerStore cluster = new ClusterLedgerStore();

  Scope3PlusPage(TenantLedgers ledgers, MessageSource messages, Database db) {
    this.ledgers = ledgers;
    this.messages = messages;
    this.db = db;
  }

  @GetMapping("/scope3plus")
  String scope3plus(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    LedgerTotals t = ledgers.with(caller.tenantId(), store -> store.ledger().totals());
    long reversed = ledgers.with(caller.tenantId(), store -> store.ledger().reversedCount());
    model.addAttribute("t", t);
    model.addAttribute("catalog", ledgers.catalog());
    model.addAttribute(
        "guidance",
        ledgers.catalog().methodologies().stream()
            .map(org.scopeplus.server.scope3plus.MethodologyGuidance::view)
            .toList());
    model.addAttribute("reversed", reversed);
    model.addAttribute(
        "restatements", ledgers.with(caller.tenantId(), store -> store.restatements()));
    PointsRates rates = ledgers.with(caller.tenantId(), store -> store.pointsRates());
    List<Rate> perProgramme = new ArrayList<>();
    new TreeMap<>(rates.perKilogram()).forEach((p, v) -> perProgramme.add(new Rate(p, v)));
    model.addAttribute("defaultRate", rates.defaultPerKilogram());
    model.addAttribute("rates", perProgramme);
    List<CreditDeduction> all =
        ledgers.with(caller.tenantId(), store -> store.ledger().deductions());
    List<Deduction> deductions = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && deductions.size() < DEDUCTIONS_SHOWN; i--) {
      CreditDeduction d = all.get(i);
      deductions.add(
          new Deduction(
              d.programme(), UtcCalendar.monthText(d.monthIndex()), d.grams(), d.reference()));
    }
    model.addAttribute("deductions", deductions);
    model.addAttribute("deductionCount", all.size());
    List<Amount> refusals = new ArrayList<>();
    t.rejections()
        .forEach(
            (r, n) -> {
              if (n > 0) {
                refusals.add(new Amount(r.name(), n));
              }
            });
    model.addAttribute("refusals", refusals);
    ClusterLedgerStore.Totals c = db.inTransaction(x -> cluster.totals(x, caller.tenantId()));
    model.addAttribute("cluster", c.records() > 0 ? c : null);
    List<Amount> clusterRefusals = new ArrayList<>();
    c.refusals().forEach((r, n) -> clusterRefusals.add(new Amount(r, n)));
    model.addAttribute("clusterRefusals", clusterRefusals);
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
