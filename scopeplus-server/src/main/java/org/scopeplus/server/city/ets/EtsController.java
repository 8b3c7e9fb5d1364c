package org.scopeplus.server.city.ets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.Compliance;
import org.scopeplus.core.city.ets.EtsAccount;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
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
      Double basisOutput) {}

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
      Compliance compliance) {}

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
                  status(c),
                  c);
            })
        .toList();
  }

  /** The status word of a compliance: not-verified, compliant, due or shortfall. */
  public static String status(Compliance c) {
    if (c instanceof Compliance.Compliant) {
      return "compliant";
    }
    if (c instanceof Compliance.Due) {
      return "due";
    }
    if (c instanceof Compliance.Shortfall) {
      return "shortfall";
    }
    return "not-verified";
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
    AllocationMethod method;
    if ("benchmark".equals(b.method()) && b.benchmark() != null) {
      Map<String, Double> factors = b.factors() == null ? Map.of() : b.factors();
      if (factors.size() > 20) {
        throw ApiProblem.badRequest("an allocation has at most 20 adjustment factors");
      }
      method = new AllocationMethod.Benchmark(b.benchmark(), factors);
    } else if ("intensity".equals(b.method()) && b.intensity() != null && b.decline() != null) {
      method = new AllocationMethod.HistoricalIntensity(b.intensity(), b.decline());
    } else {
      throw ApiProblem.badRequest(
          "method is benchmark (with benchmark and factors) or intensity (with intensity and"
              + " decline)");
    }
    AllocationPlan plan = new AllocationPlan(b.enterprise(), b.year(), method, b.basisOutput());
    return done(
        db.inTransaction(
            c -> registry.plan(c, caller.tenantId(), plan, caller.username()),
            x -> x instanceof EtsOutcome.Done));
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
