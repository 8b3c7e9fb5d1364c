package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.MonthlyStatement;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.Progress;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.io.scope3plus.IngestReport;
import org.scopeplus.io.scope3plus.StateStore;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Scope 3+ batch API: post a batch of events (counted all together and committed durably, each
 * refusal with its reason; a batch sent again is refused as duplicates), read the tenant's totals,
 * read a personal account with its history and its monthly statements, read the leaderboard, and
 * erase an account (admin only, audited). Every call works on the caller's tenant's own ledger.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem")
class EcosystemController {

  /** What a batch did: events counted, events refused by reason, the first refusals. */
  record BatchAnswer(
      String batch,
      long counted,
      long refused,
      Map<String, Long> refusals,
      List<Problem> problems) {}

  /**
   * The tenant's Scope 3+ totals, apart from the inventory and from carbon credits: the events
   * posted to the service ({@code source} "api"); the events the Flink job counted are served
   * apart, by {@code /api/v1/ecosystem/cluster/totals} ({@code source.kind} "cluster").
   */
  record TotalsView(
      String ledger,
      String source,
      String methodologies,
      long acceptedEvents,
      long reversedEvents,
      long rejectedEvents,
      Map<String, Long> rejections,
      long grossGrams,
      long weakGrams,
      long deductedGrams,
      long netGrams,
      Map<String, Long> byProgramme,
      Map<String, Long> byAction,
      Map<String, Long> byRegion,
      Map<String, Long> byMonth,
      Progress progress,
      long attributedGrams,
      long unattributedGrams,
      Map<String, Long> attributedByAction,
      java.util.List<LedgerRestatementView> restatements) {

    static TotalsView of(
        LedgerTotals t,
        long reversedEvents,
        java.util.List<org.scopeplus.core.scope3plus.Restatement> restatements) {
      Map<String, Long> rejections = new LinkedHashMap<>();
      t.rejections().forEach((r, n) -> rejections.put(r.name(), n));
      return new TotalsView(
          "scope3plus-avoided-emissions",
          "api",
          t.catalogVersion(),
          t.acceptedEvents(),
          reversedEvents,
          t.rejectedEvents(),
          rejections,
          t.grossGrams(),
          t.weakGrams(),
          t.deductedGrams(),
          t.netGrams(),
          t.byProgramme(),
          t.byAction(),
          t.byRegion(),
          t.byMonth(),
          t.progress(),
          t.attributedGrams(),
          t.grossGrams(),
          t.attributedByAction(),
          restatements.stream().map(LedgerRestatementView::of).toList());
    }
  }

  /**
   * A restatement of the Scope 3+ ledger by a new methodology catalog: a methodology withdrawn (its
   * events no longer count) or changed to a new version (the events counted under the earlier one
   * keep their grams), with the reason.
   */
  record LedgerRestatementView(
      String kind,
      String action,
      String fromCatalog,
      String toCatalog,
      String version,
      String newVersion,
      long events,
      long grams,
      String reason) {
    static LedgerRestatementView of(org.scopeplus.core.scope3plus.Restatement x) {
      return new LedgerRestatementView(
          x.withdrawn() ? "withdrawn" : "version change",
          x.action(),
          x.fromCatalog(),
          x.toCatalog(),
          x.version(),
          x.newVersion(),
          x.events(),
          x.grams(),
          x.reason());
    }
  }

  /** One counted event of a personal account; points exactly, as a decimal number of points. */
  record HistoryLine(
      String eventId,
      String date,
      String programme,
      String action,
      String region,
      long grams,
      BigDecimal points) {

    static HistoryLine of(AccountEntry x) {
      return new HistoryLine(
          x.eventId(),
          LocalDate.ofEpochDay(x.epochDay()).toString(),
          x.programme(),
          x.action(),
          x.region(),
          x.grams(),
          Points.decimal(x.points()));
    }
  }

  /** A personal account: balance in grams avoided, points (exact), events and history. */
  record AccountView(
      String actor, long grams, BigDecimal points, long events, List<HistoryLine> history) {}

  /** A personal account's month: opening balance, the month's events and sums, closing balance. */
  record StatementView(
      String actor,
      String month,
      long openingGrams,
      List<HistoryLine> entries,
      Map<String, Long> gramsByAction,
      long grams,
      BigDecimal points,
      long closingGrams) {

    static StatementView of(MonthlyStatement s) {
      return new StatementView(
          s.actor(),
          s.month(),
          s.openingGrams(),
          s.entries().stream().map(HistoryLine::of).toList(),
          s.gramsByAction(),
          s.grams(),
          Points.decimal(s.points()),
          s.closingGrams());
    }
  }

  /** One place of the leaderboard: a pseudonymous actor and its balance. */
  record Place(int rank, String actor, long grams, BigDecimal points, long events) {}

  /** Most places one leaderboard request may ask for. */
  static final int MAX_LEADERBOARD = 1000;

  private final TenantLedgers ledgers;
  private final LedgerChanges changes;
  private final ActorPseudonyms pseudonyms;
  private final JsonMapper json = JsonMapper.builder().build();

  private final int maxEventsPerBatch;

  EcosystemController(
      TenantLedgers ledgers,
      LedgerChanges changes,
      ActorPseudonyms pseudonyms,
      @Value("${scopeplus.limits.events-per-batch:" + EventBatchReading.MAX_EVENTS + "}")
          int maxEventsPerBatch) {
    this.ledgers = ledgers;
    this.changes = changes;
    this.pseudonyms = pseudonyms;
    this.maxEventsPerBatch = maxEventsPerBatch;
  }

  @Operation(summary = "Submit a batch of Scope 3+ events (JSON or NDJSON), counted whole")
  @PostMapping(
      value = "/events",
      consumes = {"application/json", "application/x-ndjson"})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description = "a JSON array of events, or NDJSON: one event object per line",
      required = true)
  BatchAnswer post(@AuthenticationPrincipal Caller caller, HttpServletRequest request)
      throws IOException {
    if (!caller.writes()) {
      throw ApiProblem.forbidden("a " + caller.role().label() + " reads but does not write");
    }
    EventBatchReading.Read read =
        EventBatchReading.read(request.getInputStream(), json, maxEventsPerBatch);
    if (read.problemCount() > 0) {
      throw ApiProblem.withProblems(
          HttpStatus.BAD_REQUEST,
          "Batch Refused",
          "nothing of the batch was counted: "
              + read.problemCount()
              + " events are not well formed; correct them and send the batch again",
          read.problems(),
          read.problemCount());
    }
    String batch = UUID.randomUUID().toString();
    IngestReport report = ledgers.with(caller.tenantId(), store -> ingest(store, batch, read));
    Map<String, Long> refusals = new LinkedHashMap<>();
    report.rejected().forEach((r, n) -> refusals.put(r.name(), n));
    return new BatchAnswer(
        batch, report.accepted(), report.rejectedTotal(), refusals, report.problems());
  }

  private static IngestReport ingest(StateStore store, String batch, EventBatchReading.Read read) {
    try {
      return store.ingest("batch " + batch, read.events());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Operation(summary = "Read the tenant's Scope 3+ ledger totals")
  @GetMapping("/totals")
  TotalsView totals(@AuthenticationPrincipal Caller caller) {
    return ledgers.with(
        caller.tenantId(),
        store ->
            TotalsView.of(
                store.ledger().totals(), store.ledger().reversedCount(), store.restatements()));
  }

  @Operation(summary = "Read one actor's personal carbon account")
  @GetMapping("/accounts/{actor}")
  AccountView account(@AuthenticationPrincipal Caller caller, @PathVariable String actor) {
    readsAccounts(caller);
    return ledgers.with(
        caller.tenantId(),
        store -> {
          Account a = existing(store, actor);
          List<HistoryLine> history = history(store, actor).stream().map(HistoryLine::of).toList();
          return new AccountView(
              a.actor(), a.grams(), Points.decimal(a.points()), a.events(), history);
        });
  }

  @Operation(summary = "Read one actor's personal carbon account statement for a month")
  @GetMapping("/accounts/{actor}/statements/{month}")
  StatementView statement(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String actor,
      @PathVariable String month) {
    readsAccounts(caller);
    int index = monthIndex(month);
    return ledgers.with(
        caller.tenantId(),
        store -> {
          existing(store, actor);
          return StatementView.of(MonthlyStatement.of(actor, index, history(store, actor)));
        });
  }

  @Operation(summary = "Read the actors with the most grams avoided (pseudonymous ids only)")
  @GetMapping("/leaderboard")
  List<Place> leaderboard(
      @AuthenticationPrincipal Caller caller, @RequestParam(required = false) Integer limit) {
    readsAccounts(caller);
    int n = limit == null ? 10 : limit;
    if (n < 1 || n > MAX_LEADERBOARD) {
      throw ApiProblem.badRequest("limit must be between 1 and " + MAX_LEADERBOARD);
    }
    List<Account> top = ledgers.with(caller.tenantId(), store -> store.ledger().leaderboard(n));
    List<Place> places = new ArrayList<>(top.size());
    for (Account a : top) {
      places.add(
          new Place(
              places.size() + 1, a.actor(), a.grams(), Points.decimal(a.points()), a.events()));
    }
    return places;
  }

  @Operation(summary = "Erase one actor's personal carbon account (admin, audited)")
  @DeleteMapping("/accounts/{actor}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void erase(@AuthenticationPrincipal Caller caller, @PathVariable String actor) {
    LedgerChanges.adminOnly(caller, "erase a personal account");
    changes.make(
        caller,
        store -> {
          Account a = existing(store, actor);
          return new LedgerChanges.Planned<>(
              new LedgerChanges.Entry(
                  "ecosystem_account.erased",
                  "ecosystem_account",
                  pseudonyms.of(caller.tenantId(), actor),
                  a.grams() + "|" + Points.text(a.points()) + "|" + a.events(),
                  "",
                  "personal carbon account erased; the actor id is kept here only as its"
                      + " HMAC-SHA256 under the tenant's key, and its "
                      + a.events()
                      + " events stay counted without an actor"),
              () -> {
                if (!store.erase(actor)) {
                  throw ApiProblem.notFound("account of actor " + actor);
                }
                return null;
              });
        });
  }

  /** Refuses a viewer with a 403 problem: personal accounts are for roles that read traces. */
  private static void readsAccounts(Caller caller) {
    if (!caller.readsTraces()) {
      throw ApiProblem.forbidden("a viewer sees totals but not personal accounts");
    }
  }

  /** The actor's account, or a 404 problem when unknown or erased. */
  private static Account existing(StateStore store, String actor) {
    Account a = store.ledger().account(actor);
    if (a == null) {
      throw ApiProblem.notFound("account of actor " + actor);
    }
    return a;
  }

  private static List<AccountEntry> history(StateStore store, String actor) {
    try {
      return store.history(actor);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The month index of {@code yyyy-MM} by the core's one month parser, a 400 problem with its
   * sentence when it is refused.
   */
  static int monthIndex(String month) {
    try {
      return UtcCalendar.parseMonth(month);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }
}
