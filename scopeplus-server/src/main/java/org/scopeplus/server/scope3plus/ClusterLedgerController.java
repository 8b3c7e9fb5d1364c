package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.scope3plus.ClusterLedgerStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's Scope 3+ events as the Flink job counted them, read from the job's outcomes topic
 * ({@link ReadingClusterOutcomes}): totals, refusals by reason, breakdowns and personal accounts,
 * with the offsets read so far. A source of its own beside the ledger fed through {@code
 * /api/v1/ecosystem/events}: the two are shown side by side, never added together, since each
 * recognises only its own redeliveries.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem/cluster")
class ClusterLedgerController {

  /** Where the counts come from: the topic read, and the consumer's state on this instance. */
  record Source(String kind, String topic, boolean reading, String problem) {}

  /** One actor's account as the cluster counted it; points exactly, as a decimal number. */
  record ClusterAccountView(String actor, long grams, java.math.BigDecimal points, long events) {}

  /** The cluster's totals. */
  record ClusterTotalsView(
      String ledger,
      Source source,
      long acceptedEvents,
      long refusedEvents,
      Map<String, Long> refusals,
      long grossGrams,
      long weakGrams,
      java.math.BigDecimal points,
      long accounts,
      Map<String, Long> byProgramme,
      Map<String, Long> byAction,
      Map<String, Long> byRegion,
      Map<String, Long> byMonth,
      List<AggregateRow> cells,
      long records,
      String updatedAt,
      List<ClusterLedgerStore.Offset> offsets,
      List<ClusterLedgerStore.Unreadable> unreadable) {}

  private final Database db;
  private final ObjectProvider<ReadingClusterOutcomes> reading;
  private final ClusterLedgerStore store = new ClusterLedgerStore();

  ClusterLedgerController(Database db, ObjectProvider<ReadingClusterOutcomes> reading) {
    this.db = db;
    this.reading = reading;
  }

  /** Where the tenant's cluster counts come from, as this instance reads them. */
  Source source() {
    ReadingClusterOutcomes r = reading.getIfAvailable();
    return r == null
        ? new Source("cluster", "", false, "")
        : new Source("cluster", r.topic(), r.isRunning(), r.lastProblem());
  }

  @Operation(summary = "Read the Scope 3+ totals the Flink job counted (from its outcomes topic)")
  @GetMapping("/totals")
  ClusterTotalsView totals(@AuthenticationPrincipal Caller caller) {
    return totalsOf(caller.tenantId());
  }

  /** The view of a tenant's cluster totals. */
  ClusterTotalsView totalsOf(String tenantId) {
    return db.inTransaction(
        c -> {
          ClusterLedgerStore.Totals t = store.totals(c, tenantId);
          List<AggregateRow> cells = store.cells(c, tenantId);
          Map<String, Long> byProgramme = new TreeMap<>();
          Map<String, Long> byAction = new TreeMap<>();
          Map<String, Long> byRegion = new TreeMap<>();
          Map<String, Long> byMonth = new TreeMap<>();
          for (AggregateRow r : cells) {
            byProgramme.merge(r.programme(), r.grams(), Math::addExact);
            byAction.merge(r.action(), r.grams(), Math::addExact);
            if (!r.region().isEmpty()) {
              byRegion.merge(r.region(), r.grams(), Math::addExact);
            }
            byMonth.merge(r.month(), r.grams(), Math::addExact);
          }
          return new ClusterTotalsView(
              "scope3plus-avoided-emissions",
              source(),
              t.acceptedEvents(),
              t.refusedEvents(),
              t.refusals(),
              t.grossGrams(),
              t.weakGrams(),
              Points.decimal(t.points()),
              store.accountCount(c, tenantId),
              byProgramme,
              byAction,
              byRegion,
              byMonth,
              cells,
              t.records(),
              t.updatedAt() == null ? "" : t.updatedAt().toString(),
              t.offsets(),
              t.unreadable());
        });
  }

  @Operation(summary = "Read one actor's personal carbon account as the Flink job counted it")
  @GetMapping("/accounts/{actor}")
  ClusterAccountView account(@AuthenticationPrincipal Caller caller, @PathVariable String actor) {
    if (!caller.readsTraces()) {
      throw ApiProblem.forbidden("a viewer sees totals but not personal accounts");
    }
    Account a = db.inTransaction(c -> store.account(c, caller.tenantId(), actor));
    if (a == null) {
      throw ApiProblem.notFound("account of actor " + actor + " counted by the cluster");
    }
    return new ClusterAccountView(a.actor(), a.grams(), Points.decimal(a.points()), a.events());
  }
}
