package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ComparingRuns;
import org.scopeplus.store.run.PeriodOrgUnits;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunDifference;
import org.scopeplus.store.run.RunFactorYears;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunRequest;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.SnapshotReaders;
import org.scopeplus.store.run.TraceLine;
import org.scopeplus.store.user.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calculation runs: started on a period's imports, kept beside the earlier ones with their
 * manifest, read by dimension, traced line by line, and compared.
 */
@Tag(
    name = "Runs",
    description =
        "Calculation runs of a period: manifest, totals and results in grams CO2e, trace lines, comparisons")
@RestController
@RequestMapping("/api/v1")
public class RunController {

  private final LockedPeriods lockedPeriods = new LockedPeriods();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** How many org units outside a data owner's a refusal names. */
  static final int UNITS_NAMED = 20;

  /** What a run is called in a 404. */
  private static final String RUN = "calculation run";

  /** What to run with; every field may be left out (AR5, operational control, built-ins only). */
  record RunBody(String gwpSet, String consolidation, List<String> factorLibraryIds) {}

  /** A run with its manifest and totals in grams CO2e. */
  record RunView(
      String id,
      String periodId,
      String gwpSet,
      String consolidation,
      String engineVersion,
      JsonNode manifest,
      String resultSha256,
      long records,
      long lines,
      String createdBy,
      Instant createdAt,
      TotalsView totals,
      List<FactorYearView> factorYearWarnings) {}

  /**
   * A factor the run used for activity of a year it does not describe (the year rule: the nearest
   * earlier year's factor, else the earliest later one), with the grams CO2e resting on it.
   */
  record FactorYearView(
      String factorId,
      String validFrom,
      String validTo,
      int activityYear,
      String rule,
      String warning,
      TotalsView grams) {
    static FactorYearView of(RunFactorYears.Warning w) {
      return new FactorYearView(
          w.factorId(),
          w.validFrom().toString(),
          w.validTo().toString(),
          w.activityYear(),
          w.earlier() ? "nearest earlier year" : "earliest later year (none earlier)",
          w.sentence(),
          TotalsView.of(w.emissions()));
    }
  }

  /** Grams CO2e by scope, with both totals. */
  record TotalsView(
      long scope1,
      long scope2Location,
      long scope2Market,
      long scope3,
      long biogenicCo2,
      long montrealMemo,
      long totalLocation,
      long totalMarket) {
    static TotalsView of(Totals t) {
      return new TotalsView(
          t.scope1(),
          t.scope2Location(),
          t.scope2Market(),
          t.scope3(),
          t.biogenicCo2(),
          t.montrealMemo(),
          t.totalLocation(),
          t.totalMarket());
    }
  }

  /** One item of a dimension. */
  record ResultView(String item, TotalsView grams) {}

  /** One difference between two runs. */
  record DifferenceView(
      String item,
      TotalsView before,
      TotalsView after,
      long locationDifference,
      long marketDifference) {
    static DifferenceView of(RunDifference d) {
      return new DifferenceView(
          d.item(),
          TotalsView.of(d.before()),
          TotalsView.of(d.after()),
          d.locationDifference(),
          d.marketDifference());
    }
  }

  /** A comparison of two runs in one dimension. */
  record ComparisonView(
      String before, String after, String dimension, List<DifferenceView> differences) {}

  private final Database db;
  private final CalculatingRun calculating;
  private final RunStore runs = new RunStore();
  private final ComparingRuns comparing = new ComparingRuns();
  private final PeriodOrgUnits coverage = new PeriodOrgUnits();

  RunController(Database db, ReferenceData reference) {
    this.db = db;
    this.calculating = new CalculatingRun(reference, SnapshotReaders.of(db));
  }

  @Operation(summary = "Calculate a reporting period's active imports as a new run")
  @PostMapping("/periods/{periodId}/runs")
  @ResponseStatus(HttpStatus.CREATED)
  RunView start(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestBody(required = false) RunBody body) {
    Access.writer(caller);
    lockedPeriods.refuseIfLocked(db, caller, periodId);
    RunBody b = body == null ? new RunBody(null, null, null) : body;
    GwpSet gwp;
    ConsolidationApproach approach;
    try {
      gwp = b.gwpSet() == null ? GwpSet.DEFAULT : GwpSet.valueOf(b.gwpSet().strip().toUpperCase());
      approach =
          b.consolidation() == null
              ? ConsolidationApproach.OPERATIONAL_CONTROL
              : ConsolidationApproach.parse(b.consolidation());
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(
          "gwpSet is AR4, AR5 or AR6; consolidation is operational-control, financial-control or"
              + " equity-share");
    }
    RunRequest request =
        new RunRequest(
            periodId,
            gwp,
            approach,
            b.factorLibraryIds() == null ? List.of() : b.factorLibraryIds());
    RunOutcome outcome =
        db.inTransaction(
            c -> {
              if (caller.role() == Role.DATA_OWNER) {
                refuseUnitsOutside(
                    caller, coverage.ofActiveImports(c, caller.tenantId(), periodId));
              }
              return calculating.run(c, caller.tenantId(), request, caller.username());
            },
            o -> o instanceof RunOutcome.Calculated);
    if (outcome instanceof RunOutcome.NotFound nf) {
      throw ApiProblem.notFound(nf.what());
    }
    if (outcome instanceof RunOutcome.Refused r) {
      throw notCalculated(r);
    }
    CalculationRun run = ((RunOutcome.Calculated) outcome).run();
    return db.inTransaction(c -> view(c, run));
  }

  /**
   * The 422 problem of a run refused because records cannot be calculated: their problems, and the
   * count with its code ({@code refusal.run.notCalculated}).
   */
  public static ApiProblem notCalculated(RunOutcome.Refused r) {
    return ApiProblem.withProblems(
            HttpStatus.UNPROCESSABLE_CONTENT,
            "Run Refused",
            r.problemCount() + " record(s) cannot be calculated; no run was stored",
            r.problems(),
            r.problemCount())
        .saying(Sentence.of("refusal.run.notCalculated", Long.toString(r.problemCount())));
  }

  @Operation(summary = "List calculation runs, optionally of one period")
  @GetMapping("/runs")
  PageBody<RunView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    PageRequest paging = Paging.of(page, size);
    // each run's total is read in the transaction of the page, not in one of its own per run
    return db.inTransaction(
        c -> {
          Page<CalculationRun> p = runs.list(c, caller.tenantId(), periodId, paging);
          List<RunView> views = new ArrayList<>(p.items().size());
          for (CalculationRun r : p.items()) {
            views.add(view(c, r));
          }
          return new PageBody<>(views, p.page(), p.size(), p.total());
        });
  }

  @Operation(summary = "Read a run with its manifest and totals")
  @GetMapping("/runs/{id}")
  RunView one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return db.inTransaction(c -> view(c, TenantReads.found(c, caller, RUN, id, runs::byId)));
  }

  @Operation(summary = "Read a run's results by one dimension")
  @GetMapping("/runs/{id}/results/{dimension}")
  List<ResultView> results(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @PathVariable String dimension) {
    CalculationRun run = find(caller, id);
    if (!ResultRow.DIMENSIONS.contains(dimension)) {
      throw ApiProblem.badRequest("dimension is one of " + String.join(", ", ResultRow.DIMENSIONS));
    }
    return db.inTransaction(c -> runs.results(c, run, dimension)).stream()
        .map(r -> new ResultView(r.item(), TotalsView.of(r.totals())))
        .toList();
  }

  /**
   * A page of trace lines.
   *
   * @param items the lines, in line order
   * @param page the page asked for, or null when the lines were asked for with {@code after}
   * @param size the page size
   * @param total how many lines there are in all (of the record, when one was named)
   * @param next the line number to give as {@code after} for the lines that follow, or null when
   *     this page is the last
   */
  record TraceLinesBody(List<TraceLine> items, Integer page, int size, long total, Long next) {}

  /** How deep {@code page} may reach into a run's lines; beyond it, the cursor is the way. */
  static final long DEEPEST_LINE_OFFSET = 100_000;

  @Operation(
      summary =
          "Read a run's trace lines: record, factor, citation, formula; walk them with after=next")
  @GetMapping("/runs/{id}/lines")
  TraceLinesBody lines(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) String recordId,
      @RequestParam(required = false) Long after,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    CalculationRun run = find(caller, id);
    Access.traces(caller);
    if (after != null && page != null) {
      throw ApiProblem.badRequest("give page or after, not both; after (a line number) is faster");
    }
    if (after != null && after < 0) {
      throw ApiProblem.badRequest("after is a line number, 0 or more");
    }
    PageRequest paging = Paging.of(page, size);
    if (after == null && paging.offset() > DEEPEST_LINE_OFFSET) {
      throw ApiProblem.badRequest(
          "page "
              + paging.page()
              + " starts "
              + paging.offset()
              + " lines in, deeper than "
              + DEEPEST_LINE_OFFSET
              + "; walk the lines with after instead: each page gives the next value of after");
    }
    return db.inTransaction(
        c -> {
          List<TraceLine> items;
          long total;
          if (after == null) {
            Page<TraceLine> p = runs.lines(c, run, recordId, paging);
            items = p.items();
            total = p.total();
          } else {
            items = runs.linesAfter(c, run, recordId, after, paging.size());
            total = recordId == null ? run.lines() : runs.lineCount(c, run, recordId);
          }
          Long next = items.size() == paging.size() ? items.get(items.size() - 1).lineNo() : null;
          return new TraceLinesBody(
              items, after == null ? paging.page() : null, paging.size(), total, next);
        });
  }

  @Operation(summary = "Compare two runs by scope or a result dimension")
  @GetMapping("/runs/{id}/comparison/{otherId}")
  ComparisonView compare(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @PathVariable String otherId,
      @RequestParam(defaultValue = "scope") String dimension) {
    CalculationRun before = find(caller, id);
    CalculationRun after = find(caller, otherId);
    if (!dimension.equals("scope") && !ResultRow.DIMENSIONS.contains(dimension)) {
      throw ApiProblem.badRequest(
          "dimension is scope or one of " + String.join(", ", ResultRow.DIMENSIONS));
    }
    List<RunDifference> d = db.inTransaction(c -> comparing.compare(c, before, after, dimension));
    return new ComparisonView(
        before.id(), after.id(), dimension, d.stream().map(DifferenceView::of).toList());
  }

  /**
   * A data owner runs a period only when every active record of it lies within their org units: a
   * run covers the whole period, so it would otherwise calculate other units' data in their name.
   * Refused with 403 naming the units outside (the first {@link #UNITS_NAMED}).
   */
  static void refuseUnitsOutside(Caller caller, List<String> covered) {
    List<String> outside = covered.stream().filter(u -> !caller.mayWriteIn(u)).toList();
    if (outside.isEmpty()) {
      return;
    }
    List<String> named = outside.subList(0, Math.min(UNITS_NAMED, outside.size()));
    String more =
        outside.size() > named.size() ? " and " + (outside.size() - named.size()) + " more" : "";
    throw new ApiProblem(
        HttpStatus.FORBIDDEN,
        "Forbidden",
        "this period has records in "
            + outside.size()
            + " org unit(s) outside the ones you may write in ("
            + String.join(", ", named)
            + more
            + "); a data owner runs only periods within their org units, an admin runs the rest",
        Map.of("orgUnits", named, "orgUnitCount", outside.size()));
  }

  private CalculationRun find(Caller caller, String id) {
    return TenantReads.one(db, caller, RUN, id, runs::byId);
  }

  private RunView view(Connection c, CalculationRun r) throws SQLException {
    Totals t = runs.total(c, r);
    return new RunView(
        r.id(),
        r.periodId(),
        r.gwpSet(),
        r.consolidation(),
        r.engineVersion(),
        r.manifest().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.manifest()),
        r.resultSha256(),
        r.records(),
        r.lines(),
        r.createdBy(),
        r.createdAt(),
        TotalsView.of(t),
        RunFactorYears.of(c, r).stream().map(FactorYearView::of).toList());
  }
}
