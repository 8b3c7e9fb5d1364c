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
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.scope3plus.EcosystemConfiguration;
import org.scopeplus.server.scope3plus.TenantLedgers;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.scope3plus.ClusterLedgerStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scope 3+: the avoided emissions the tenant's programmes counted, over time and by programme, the
 * events refused by reason, the points rates of the personal carbon accounts, and the deductions
 * for credits sold, read from the tenant's ledger as the API's {@code /api/v1/ecosystem/totals},
 * {@code points-rates} and {@code deductions} read it. A ledger of its own: never added to Scopes 1
 * to 3. When the tenant has events counted by the Flink job (read from its outcomes topic, as
 * {@code /api/v1/ecosystem/cluster/totals} reads them), they are shown beside, as a source of their
 * own. The tenant's methodology configuration is shown with what each methodology still needs, and
 * an admin sets a value through a form (the API's {@code /api/v1/ecosystem/configuration} checks).
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

  private final EcosystemConfiguration configuration;

  Scope3PlusPage(
      TenantLedgers ledgers,
      MessageSource messages,
      Database db,
      EcosystemConfiguration configuration) {
    this.ledgers = ledgers;
    this.configuration = configuration;
    this.messages = messages;
    this.db = db;
  }

  @GetMapping("/scope3plus")
  String scope3plus(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    LedgerTotals t = ledgers.with(caller.tenantId(), store -> store.ledger().totals());
    long reversed = ledgers.with(caller.tenantId(), store -> store.ledger().reversedCount());
    model.addAttribute("t", t);
    org.scopeplus.core.scope3plus.MethodologyCatalog tenantCatalog =
        ledgers.with(caller.tenantId(), store -> store.catalog());
    model.addAttribute("catalog", tenantCatalog);
    model.addAttribute(
        "guidance",
        tenantCatalog.methodologies().stream()
            .map(
                m ->
                    org.scopeplus.server.scope3plus.MethodologyGuidance.view(
                        m, org.scopeplus.server.scope3plus.MethodologyGuidance.wording(locale)))
            .toList());
    EcosystemConfiguration.View configured = configuration.view(caller);
    model.addAttribute("configured", configured.values());
    Map<String, List<EcosystemConfiguration.Needed>> needed = new TreeMap<>();
    for (EcosystemConfiguration.Needed n : configured.needed()) {
      needed.computeIfAbsent(n.action(), a -> new ArrayList<>()).add(n);
    }
    model.addAttribute("needed", needed);
    model.addAttribute("neededKeys", configured.needed());
    model.addAttribute("administers", caller.administers());
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

  /** Longest text a form field of the configuration may hold. */
  static final int MAX_FIELD = 500;

  @PostMapping("/scope3plus/configuration")
  String configure(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String key,
      @RequestParam(defaultValue = "") String value,
      @RequestParam(defaultValue = "") String unit,
      @RequestParam(defaultValue = "") String source,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    if (key.isBlank()
        || key.length() > MAX_FIELD
        || value.length() > MAX_FIELD
        || unit.length() > MAX_FIELD
        || source.length() > MAX_FIELD) {
      flash.addFlashAttribute("configurationRefusal", "s3p.configurationIncomplete");
      return "redirect:/scope3plus#configuration";
    }
    try {
      configuration.set(caller, key, value, unit, source);
    } catch (ApiProblem refused) {
      flash.addFlashAttribute("configurationRefusal", "s3p.configurationRefused");
      flash.addFlashAttribute("configurationDetail", refused.getMessage());
      // each check's sentence, said in the page's language by its code, else where a wording
      // knows it
      if (refused.properties().get("problems") instanceof List<?> problems && !problems.isEmpty()) {
        List<Checked> checked = new ArrayList<>();
        for (Object o : problems) {
          checked.add(
              o instanceof Map<?, ?> m
                  ? new Checked(
                      String.valueOf(m.get("message")),
                      ApiProblem.sentenceOf(m.get("code"), m.get("arguments")))
                  : new Checked(String.valueOf(o), null));
        }
        flash.addFlashAttribute("configurationProblems", checked);
      }
      return "redirect:/scope3plus#configuration";
    }
    flash.addFlashAttribute("configurationDone", key.strip());
    return "redirect:/scope3plus#configuration";
  }

  /** A configuration check's sentence in English, and its code where it has one. */
  record Checked(String message, org.scopeplus.core.text.Sentence said) {}

  private static List<Amount> amounts(Map<String, Long> m) {
    List<Amount> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new Amount(k, v)));
    return out;
  }
}
