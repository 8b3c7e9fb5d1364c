package org.scopeplus.server.city.ets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.AllocationRule;
import org.scopeplus.core.city.ets.Compliance;
import org.scopeplus.core.city.ets.CompliancePosition;
import org.scopeplus.core.city.ets.Correction;
import org.scopeplus.core.city.ets.EtsAccount;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.JournalEntry;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.ets.KeepingEtsRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The city's emissions-trading registry. The authority's acts (opening accounts, allocation plans,
 * pre-allocation, true-up, CCER issuance) are an admin's; verified emissions, transfers and
 * surrenders are a writer's (admin or data owner); every role reads. Dates of operations are the
 * server's today.
 */
@Tag(name = "City emissions trading", description = "Allowances, surrenders and compliance")
@RestController
@RequestMapping("/api/v1/city/ets")
public class EtsController {

  /** An enterprise account to open. */
  record AccountBody(String id, String name) {}

  /**
   * An allocation plan: {@code method} benchmark (with {@code benchmark} and {@code factors}) or
   * intensity (with {@code intensity} and {@code decline}), on {@code basisOutput}.
   */
  record PlanBody(
      String enterprise,
      Integer year,
      String method,
      Double benchmark,
      Map<String, Double> factors,
      Double intensity,
      Double decline,
      Double share,
      Double basisOutput,
      String scheme) {}

  /**
   * An allocation rule of a scheme and year: {@code method} benchmark (with {@code benchmark} and
   * {@code factors}), intensity (with {@code intensity} and {@code decline}) or grandfathering
   * (with {@code share}), and the {@code source} it was published in.
   */
  record RuleBody(
      String method,
      Double benchmark,
      Map<String, Double> factors,
      Double intensity,
      Double decline,
      Double share,
      String source) {}

  /** The registry's rules; {@code deadline} is a month and day like 12-31. */
  record RulesBody(
      Double offsetShare,
      Double preAllocationShare,
      Integer deadlineYearsAfter,
      String deadline,
      Long fineMinYuan,
      Long fineMaxYuan,
      Boolean deductShortfall,
      Double penaltyRatio) {}

  /** A correction: the entry to reverse, the corrected quantity (optional) and the reason. */
  record CorrectionBody(String entry, Long tonnes, String reason) {}

  /** Verified emissions (t) and output of an enterprise's year. */
  record VerificationBody(String enterprise, Integer year, Long emissions, Double output) {}

  /** An enterprise and a compliance year. */
  record YearBody(String enterprise, Integer year) {}

  /** CCER credited to an enterprise. */
  record OffsetBody(String enterprise, Integer vintage, Long tonnes, String memo) {}

  /** Units moved between enterprises; {@code unit} allowance or ccer. */
  record TransferBody(String from, String to, String unit, Integer vintage, Long tonnes) {}

  /** A surrender for a compliance year. */
  record SurrenderBody(String enterprise, Integer year, Long allowances, Long ccer) {}

  /** An enterprise with its holdings and its compliance for a year. */
  record EnterpriseView(
      String id,
      String name,
      long allowances,
      long ccer,
      Map<Integer, Long> allowancesByVintage,
      Long verified,
      String status,
      Compliance compliance,
      CompliancePosition position) {}

  private final Database db;
  private final Clock clock;
  private final KeepingEtsRegistry registry = new KeepingEtsRegistry();

  EtsController(Database db) {
    this.db = db;
    this.clock = Clock.systemUTC();
  }

  @Operation(summary = "The enterprises with holdings and compliance for a year (every role)")
  @GetMapping("/enterprises")
  public List<EnterpriseView> enterprises(
      @AuthenticationPrincipal Caller caller,
      @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
    EtsLedger l = ledger(caller);
    int y = year == null ? LocalDate.now(clock).getYear() - 1 : checkedYear(year);
    return views(l, y, LocalDate.now(clock));
  }

  /** The enterprises of {@code l} as seen for {@code year} on {@code on}. */
  public static List<EnterpriseView> views(EtsLedger l, int year, LocalDate on) {
    return l.enterprises().stream()
        .map(
            a -> {
              Compliance c = l.compliance(a.id(), year, on);
              return new EnterpriseView(
                  a.id(),
                  a.name(),
                  l.balance(a.id(), Unit.ALLOWANCE),
                  l.balance(a.id(), Unit.CCER),
                  l.holdings(a.id(), Unit.ALLOWANCE),
                  l.verification(a.id(), year).map(Verification::emissionsTonnes).orElse(null),
                  CompliancePosition.status(c),
                  c,
                  CompliancePosition.of(l, a.id(), year, on));
            })
        .toList();
  }

  @Operation(summary = "Open an enterprise account (admin)")
  @PostMapping("/enterprises")
  @ResponseStatus(HttpStatus.CREATED)
  public EtsAccount open(@AuthenticationPrincipal Caller caller, @RequestBody AccountBody b) {
    admin(caller);
    if (b == null) {
      throw ApiProblem.badRequest("give the id and name of the enterprise");
    }
    RequestText.within("id", b.id(), 64);
    RequestText.within("name", b.name(), 300);
    return done(
        db.inTransaction(
            c -> registry.open(c, caller.tenantId(), b.id(), b.name(), caller.username()),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(summary = "Compliance of every enterprise for a year (every role)")
  @GetMapping("/compliance/{year}")
  public List<EnterpriseView> compliance(
      @AuthenticationPrincipal Caller caller, @PathVariable int year) {
    return views(ledger(caller), checkedYear(year), LocalDate.now(clock));
  }

  @Operation(summary = "The journal: every balanced entry in order (every role)")
  @GetMapping("/journal")
  public List<JournalEntry> journal(@AuthenticationPrincipal Caller caller) {
    return ledger(caller).journal();
  }

  @Operation(summary = "Totals: issued, cancelled and held, by unit (every role)")
  @GetMapping("/totals")
  public Map<String, Map<String, Long>> totals(@AuthenticationPrincipal Caller caller) {
    EtsLedger l = ledger(caller);
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    for (Unit u : Unit.values()) {
      out.put(
          u.name().toLowerCase(java.util.Locale.ROOT),
          Map.of("issued", l.issued(u), "cancelled", l.cancelled(u), "held", l.held(u)));
    }
    return out;
  }

  @Operation(summary = "Record the allocation plan of an enterprise's year (admin)")
  @PostMapping("/allocations")
  @ResponseStatus(HttpStatus.CREATED)
  public AllocationPlan plan(@AuthenticationPrincipal Caller caller, @RequestBody PlanBody b) {
    admin(caller);
    if (b == null || b.enterprise() == null || b.year() == null || b.basisOutput() == null) {
      throw ApiProblem.badRequest("give enterprise, year, method and basisOutput");
    }
    RequestText.within("enterprise", b.enterprise(), 64);
    AllocationPlan plan;
    if (b.scheme() != null) {
      RequestText.within("scheme", b.scheme(), 64);
      EtsLedger l = ledger(caller);
      AllocationRule rule =
          l.allocationRule(b.scheme(), b.year())
              .orElseThrow(
                  () ->
                      ApiProblem.refused(
                          "Refused By The Emissions-Trading Registry",
                          "no allocation rule for scheme "
                              + b.scheme()
                              + " in "
                              + b.year()
                              + " is set"));
      plan =
          new AllocationPlan(b.enterprise(), b.year(), rule.method(), b.basisOutput(), b.scheme());
    } else {
      AllocationMethod method =
          method(
              new RuleBody(
                  b.method(),
                  b.benchmark(),
                  b.factors(),
                  b.intensity(),
                  b.decline(),
                  b.share(),
                  null));
      plan = new AllocationPlan(b.enterprise(), b.year(), method, b.basisOutput());
    }
    AllocationPlan made = plan;
    return done(
        db.inTransaction(
            c -> registry.plan(c, caller.tenantId(), made, caller.username()),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(summary = "The allocation rules by scheme and year (every role)")
  @GetMapping("/allocation-rules")
  public List<AllocationRule> allocationRules(@AuthenticationPrincipal Caller caller) {
    return ledger(caller).allocationRules();
  }

  @Operation(
      summary =
          "Set or replace the allocation rule of a scheme and compliance year (admin); plans of"
              + " the scheme are allocated by the rule as it stands when allowances are issued")
  @PutMapping("/allocation-rules/{scheme}/{year}")
  public AllocationRule setAllocationRule(
      @AuthenticationPrincipal Caller caller,
      @Parameter(description = "The scheme, e.g. power-coal-300mw") @PathVariable String scheme,
      @Parameter(description = "The compliance year, 2005 to 2100") @PathVariable int year,
      @RequestBody RuleBody b) {
    admin(caller);
    if (b == null || b.source() == null) {
      throw ApiProblem.badRequest("give method, its coefficients and source");
    }
    RequestText.within("scheme", scheme, 64);
    RequestText.within("source", b.source(), 500);
    AllocationRule rule = new AllocationRule(scheme, checkedYear(year), method(b), b.source());
    return done(
        db.inTransaction(
            c -> registry.setAllocationRule(c, caller.tenantId(), rule, caller.username()),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(summary = "The registry's rules: CCER share, deadline, fines, deduction (every role)")
  @GetMapping("/rules")
  public EtsRules rules(@AuthenticationPrincipal Caller caller) {
    return ledger(caller).rules();
  }

  @Operation(
      summary =
          "Set the registry's rules (admin); penaltyRatio is the tonnes deducted from the next"
              + " year's allocation per tonne of shortfall")
  @PutMapping("/rules")
  public EtsRules setRules(@AuthenticationPrincipal Caller caller, @RequestBody RulesBody b) {
    admin(caller);
    if (b == null
        || b.offsetShare() == null
        || b.preAllocationShare() == null
        || b.deadlineYearsAfter() == null
        || b.deadline() == null
        || b.fineMinYuan() == null
        || b.fineMaxYuan() == null
        || b.deductShortfall() == null
        || b.penaltyRatio() == null) {
      throw ApiProblem.badRequest(
          "give offsetShare, preAllocationShare, deadlineYearsAfter, deadline (like 12-31),"
              + " fineMinYuan, fineMaxYuan, deductShortfall and penaltyRatio");
    }
    MonthDay deadline;
    try {
      RequestText.within("deadline", b.deadline(), 5);
      deadline = MonthDay.parse("--" + b.deadline());
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiProblem.badRequest("deadline is a month and day like 12-31, not " + b.deadline());
    }
    EtsRules rules =
        new EtsRules(
            b.offsetShare(),
            b.preAllocationShare(),
            b.deadlineYearsAfter(),
            deadline,
            b.fineMinYuan(),
            b.fineMaxYuan(),
            b.deductShortfall(),
            b.penaltyRatio());
    return done(
        db.inTransaction(
            c -> registry.setRules(c, caller.tenantId(), rules, caller.username()),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(
      summary =
          "Deduct an enterprise's shortfall of a year, times the penalty ratio, from its next"
              + " year's allocation (admin)")
  @PostMapping("/deductions")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry deduct(@AuthenticationPrincipal Caller caller, @RequestBody YearBody b) {
    admin(caller);
    YearBody y = year(b);
    return entry(caller, (l, id) -> l.deductShortfall(id, y.enterprise(), y.year(), today()));
  }

  @Operation(
      summary =
          "Correct a journal entry (admin): reverse it and, with tonnes, post the corrected entry")
  @PostMapping("/corrections")
  @ResponseStatus(HttpStatus.CREATED)
  public Correction correct(@AuthenticationPrincipal Caller caller, @RequestBody CorrectionBody b) {
    admin(caller);
    if (b == null || b.entry() == null || b.reason() == null) {
      throw ApiProblem.badRequest("give the entry to correct and the reason");
    }
    RequestText.within("entry", b.entry(), 64);
    RequestText.within("reason", b.reason(), 500);
    return done(
        db.inTransaction(
            c ->
                registry.correct(
                    c,
                    caller.tenantId(),
                    caller.username(),
                    (l, reversal, corrected) ->
                        l.correct(reversal, corrected, b.entry(), b.tonnes(), b.reason(), today())),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(summary = "An account's history: every entry that moved its units (every role)")
  @GetMapping("/enterprises/{id}/history")
  public List<JournalEntry> history(
      @AuthenticationPrincipal Caller caller,
      @Parameter(description = "The enterprise's account id") @PathVariable String id) {
    RequestText.within("id", id, 64);
    EtsLedger l = ledger(caller);
    if (l.account(id).isEmpty()) {
      throw ApiProblem.notFound("no account " + id + " in the registry");
    }
    return l.history(id);
  }

  private static AllocationMethod method(RuleBody b) {
    if ("benchmark".equals(b.method()) && b.benchmark() != null) {
      Map<String, Double> factors = b.factors() == null ? Map.of() : b.factors();
      if (factors.size() > 20) {
        throw ApiProblem.badRequest("an allocation has at most 20 adjustment factors");
      }
      return new AllocationMethod.Benchmark(b.benchmark(), factors);
    }
    if ("intensity".equals(b.method()) && b.intensity() != null && b.decline() != null) {
      return new AllocationMethod.HistoricalIntensity(b.intensity(), b.decline());
    }
    if ("grandfathering".equals(b.method()) && b.share() != null) {
      return new AllocationMethod.Grandfathering(b.share());
    }
    throw ApiProblem.badRequest(
        "method is benchmark (with benchmark and factors), intensity (with intensity and"
            + " decline) or grandfathering (with share)");
  }

  @Operation(summary = "Issue the pre-allocation of an enterprise's year (admin)")
  @PostMapping("/pre-allocations")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry preAllocate(@AuthenticationPrincipal Caller caller, @RequestBody YearBody b) {
    admin(caller);
    YearBody y = year(b);
    return entry(caller, (l, id) -> l.preAllocate(id, y.enterprise(), y.year(), today()));
  }

  @Operation(summary = "Record verified emissions and output (admin or data owner)")
  @PostMapping("/verifications")
  @ResponseStatus(HttpStatus.CREATED)
  public Verification verify(
      @AuthenticationPrincipal Caller caller, @RequestBody VerificationBody b) {
    writer(caller);
    if (b == null
        || b.enterprise() == null
        || b.year() == null
        || b.emissions() == null
        || b.output() == null) {
      throw ApiProblem.badRequest("give enterprise, year, emissions (t) and output");
    }
    RequestText.within("enterprise", b.enterprise(), 64);
    Verification v = new Verification(b.enterprise(), b.year(), b.emissions(), b.output());
    return done(
        db.inTransaction(
            c -> registry.verify(c, caller.tenantId(), v, caller.username()),
            x -> x instanceof EtsOutcome.Done));
  }

  @Operation(summary = "True up an enterprise's year after verification (admin)")
  @PostMapping("/true-ups")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry trueUp(@AuthenticationPrincipal Caller caller, @RequestBody YearBody b) {
    admin(caller);
    YearBody y = year(b);
    return entry(caller, (l, id) -> l.trueUp(id, y.enterprise(), y.year(), today()));
  }

  @Operation(summary = "Credit CCER to an enterprise (admin)")
  @PostMapping("/offsets")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry offsets(@AuthenticationPrincipal Caller caller, @RequestBody OffsetBody b) {
    admin(caller);
    if (b == null || b.enterprise() == null || b.vintage() == null || b.tonnes() == null) {
      throw ApiProblem.badRequest("give enterprise, vintage and tonnes");
    }
    RequestText.within("enterprise", b.enterprise(), 64);
    String memo = b.memo() == null ? "" : b.memo();
    RequestText.within("memo", memo, 500);
    return entry(
        caller,
        (l, id) -> l.issueOffsets(id, b.enterprise(), b.vintage(), b.tonnes(), today(), memo));
  }

  @Operation(summary = "Transfer allowances or CCER between enterprises (admin or data owner)")
  @PostMapping("/transfers")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry transfer(
      @AuthenticationPrincipal Caller caller, @RequestBody TransferBody b) {
    writer(caller);
    if (b == null
        || b.from() == null
        || b.to() == null
        || b.vintage() == null
        || b.tonnes() == null) {
      throw ApiProblem.badRequest("give from, to, unit, vintage and tonnes");
    }
    RequestText.within("from", b.from(), 64);
    RequestText.within("to", b.to(), 64);
    Unit unit = unit(b.unit());
    return entry(
        caller,
        (l, id) -> l.transfer(id, b.from(), b.to(), unit, b.vintage(), b.tonnes(), today()));
  }

  @Operation(summary = "Surrender allowances and CCER for a compliance year (admin or data owner)")
  @PostMapping("/surrenders")
  @ResponseStatus(HttpStatus.CREATED)
  public JournalEntry surrender(
      @AuthenticationPrincipal Caller caller, @RequestBody SurrenderBody b) {
    writer(caller);
    if (b == null || b.enterprise() == null || b.year() == null) {
      throw ApiProblem.badRequest("give enterprise, year, allowances and ccer");
    }
    RequestText.within("enterprise", b.enterprise(), 64);
    long allowances = b.allowances() == null ? 0 : b.allowances();
    long ccer = b.ccer() == null ? 0 : b.ccer();
    return entry(
        caller, (l, id) -> l.surrender(id, b.enterprise(), b.year(), allowances, ccer, today()));
  }

  private JournalEntry entry(
      Caller caller, BiFunction<EtsLedger, String, EtsOutcome<JournalEntry>> decide) {
    return done(
        db.inTransaction(
            c -> registry.entry(c, caller.tenantId(), caller.username(), decide),
            x -> x instanceof EtsOutcome.Done));
  }

  private EtsLedger ledger(Caller caller) {
    return db.inTransaction(c -> registry.ledger(c, caller.tenantId()));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static YearBody year(YearBody b) {
    if (b == null || b.enterprise() == null || b.year() == null) {
      throw ApiProblem.badRequest("give enterprise and year");
    }
    RequestText.within("enterprise", b.enterprise(), 64);
    return b;
  }

  private static int checkedYear(int year) {
    if (year < 2005 || year > 2100) {
      throw ApiProblem.badRequest("year must lie between 2005 and 2100");
    }
    return year;
  }

  private static Unit unit(String unit) {
    if ("allowance".equals(unit)) {
      return Unit.ALLOWANCE;
    }
    if ("ccer".equals(unit)) {
      return Unit.CCER;
    }
    throw ApiProblem.badRequest("unit is allowance or ccer");
  }

  private static void admin(Caller c) {
    if (!c.administers()) {
      throw ApiProblem.forbidden("only an admin acts for the allocating authority");
    }
  }

  private static void writer(Caller c) {
    if (!c.writes()) {
      throw ApiProblem.forbidden("a " + c.role().label() + " reads but does not write");
    }
  }

  private static <T> T done(EtsOutcome<T> o) {
    if (o instanceof EtsOutcome.Done<T> d) {
      return d.value();
    }
    throw ApiProblem.refused(
        "Refused By The Emissions-Trading Registry", ((EtsOutcome.Refused<T>) o).reason());
  }
}
