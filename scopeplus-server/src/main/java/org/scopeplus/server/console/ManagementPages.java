package org.scopeplus.server.console;

import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import org.scopeplus.core.credit.CreditLedger;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.core.targets.YearProgress;
import org.scopeplus.server.api.BundleWording;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.credit.KeepingCredits;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.targets.MeasuringTargets;
import org.scopeplus.store.targets.StoredTarget;
import org.scopeplus.store.targets.TargetStore;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The management ledgers in the console, read as the API's GET operations read them and open to the
 * same roles (every role of the tenant): targets with their pathway against the actuals, the
 * renewable-electricity share by month from the instrument registry, and the credit lots with the
 * neutrality claim of a year. Each ledger is shown beside the inventory, never netted into it.
 */
@ConsoleController
class ManagementPages {

  /** A target as its page section shows it: the progress, or why it cannot be measured. */
  record TargetSection(Target target, TargetProgress progress, String refusal, String chart) {}

  /** One month of the renewable share: kWh consumed, renewable kWh claimed, the share. */
  record MonthShare(String month, long kwh, long renewableKwh, double share) {}

  /** A lot as the credits page lists it, with the tonnes held and retired. */
  record Lot(CreditLot lot, long held, long retired) {}

  private final Database db;
  private final MessageSource messages;
  private final TargetStore targets = new TargetStore();
  private final MeasuringTargets measuring;
  private final KeepingInstruments instruments = new KeepingInstruments();
  private final KeepingCredits credits = new KeepingCredits();

  ManagementPages(
      Database db,
      MessageSource messages,
      org.scopeplus.store.targets.Scope3PlusLedgerYears scope3Plus) {
    this.db = db;
    this.messages = messages;
    this.measuring = new MeasuringTargets(scope3Plus);
  }

  @GetMapping("/targets")
  String targets(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    int upTo = Year.now(ZoneOffset.UTC).getValue();
    List<TargetSection> sections =
        db.inTransaction(
            c -> {
              List<TargetSection> out = new ArrayList<>();
              for (StoredTarget t : targets.list(c, caller.tenantId())) {
                ProgressOutcome o = measuring.progress(c, caller.tenantId(), t.target(), upTo);
                if (o instanceof ProgressOutcome.Measured m) {
                  TargetProgress said = m.progress().in(BundleWording.of(messages, locale));
                  out.add(new TargetSection(t.target(), said, null, pathwayChart(said, locale)));
                } else {
                  out.add(
                      new TargetSection(
                          t.target(), null, ((ProgressOutcome.Refused) o).reason(), null));
                }
              }
              return out;
            });
    model.addAttribute("sections", sections);
    return "console/targets";
  }

  private String pathwayChart(TargetProgress p, Locale locale) {
    List<String> years = new ArrayList<>();
    List<Double> pathway = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    for (YearProgress y : p.years()) {
      years.add(Integer.toString(y.year()));
      pathway.add(y.pathway());
      actual.add(y.actual());
    }
    return Charts.of("pathway", years)
        .values(messages.getMessage("mgmt.actual", null, locale), actual)
        .values(messages.getMessage("mgmt.pathway", null, locale), pathway)
        .with("unit", p.unit())
        .json();
  }

  @GetMapping("/renewable-share")
  String renewableShare(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String orgUnit,
      Locale locale,
      Model model) {
    InstrumentRegistry r = db.inTransaction(c -> instruments.registry(c, caller.tenantId()));
    TreeSet<String> units = new TreeSet<>();
    for (Consumption c : r.consumption()) {
      String path = c.orgUnit();
      units.add(path);
      for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
        units.add(path.substring(0, i));
      }
    }
    String unit =
        orgUnit != null && units.contains(orgUnit)
            ? orgUnit
            : units.isEmpty() ? null : shortest(units);
    List<MonthShare> months = new ArrayList<>();
    SortedMap<Integer, Double> years = null;
    if (unit != null) {
      var share = r.renewableShare();
      for (Map.Entry<YearMonth, long[]> e : share.kwhByMonth(unit).entrySet()) {
        long total = e.getValue()[0];
        if (total > 0) {
          months.add(
              new MonthShare(
                  e.getKey().toString(), total, e.getValue()[1], (double) e.getValue()[1] / total));
        }
      }
      years = share.of(unit);
    }
    model.addAttribute("units", List.copyOf(units));
    model.addAttribute("unit", unit);
    model.addAttribute("months", months);
    model.addAttribute("years", years == null ? Map.of() : years);
    model.addAttribute(
        "shareChart",
        Charts.of("pathway", months.stream().map(MonthShare::month).toList())
            .values(
                messages.getMessage("mgmt.share", null, locale),
                months.stream().map(m -> Math.round(m.share() * 1000) / 10.0).toList())
            .with("unit", "%")
            .json());
    return "console/renewable-share";
  }

  private static String shortest(TreeSet<String> units) {
    String best = units.first();
    for (String u : units) {
      if (u.length() < best.length()) {
        best = u;
      }
    }
    return best;
  }

  @GetMapping("/credits")
  String credits(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer year,
      Locale locale,
      Model model) {
    int claimYear = year == null ? Year.now(ZoneOffset.UTC).getValue() - 1 : year;
    if (claimYear < 1990 || claimYear > 2100) {
      throw new PageRefused(org.springframework.http.HttpStatus.BAD_REQUEST, "mgmt.yearRange");
    }
    CreditLedger ledger = db.inTransaction(c -> credits.ledger(c, caller.tenantId()));
    List<Lot> lots = new ArrayList<>();
    for (CreditLot l : ledger.lots()) {
      lots.add(new Lot(l, ledger.held(l.id()), ledger.retired(l.id())));
    }
    Optional<NeutralityClaim> claim =
        db.inTransaction(
            c ->
                credits.claim(
                    c,
                    caller.tenantId(),
                    Coverage.parse("1+2", "market").orElseThrow(),
                    claimYear));
    model.addAttribute("lots", lots);
    model.addAttribute("year", claimYear);
    model.addAttribute(
        "claim", claim.map(x -> x.in(BundleWording.of(messages, locale))).orElse(null));
    return "console/credits";
  }
}
