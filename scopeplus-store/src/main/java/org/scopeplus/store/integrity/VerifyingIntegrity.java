package org.scopeplus.store.integrity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.activity.ImportStore;
import org.scopeplus.store.activity.StoredRowsDigest;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.BrokenEntries;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.audit.VerifyingAuditChain;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.city.ets.KeepingEtsRegistry;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.credit.KeepingCredits;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.instrument.InstrumentStates;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.FacilityStore;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.StoredRunDigest;
import org.scopeplus.store.targets.IndicatorStore;
import org.scopeplus.store.targets.TargetStore;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;

/**
 * Checks a tenant's audit chain, then every user, token, org unit, facility, period, import, factor
 * library, run, restatement, the base year, and every target, indicator value, credit lot, credit
 * movement, emissions-trading account and journal entry, city GPC inventory (with its lines),
 * instrument, consumption line and instrument allocation against the after-hash of its latest audit
 * entry. An import's state includes the hash of its activity rows and a run's the hash of its
 * stored results and trace lines, both recomputed by streaming the rows; a library's includes the
 * hash of its stored content and a user's the SHA-256 of their password hash. So an activity row, a
 * result, a trace line, a factor or a password hash edited in the database is found too. A row
 * edited, inserted or deleted behind the service's back (a role raised, a token un-revoked, an
 * ownership share changed, a quantity altered, a restated amount or reason rewritten) no longer
 * matches, and the check names the entry whose recorded state it contradicts.
 *
 * <p>Every broken entry is reported (the first {@link
 * org.scopeplus.core.problem.ProblemTally#configuredLimit()} in full, all counted), never only the
 * first, so one false alarm cannot hide a real edit. A stored row that cannot even be read (an
 * unknown role spelling, a date the driver cannot convert) is reported as broken with the reason,
 * naming its entry, and the check goes on.
 */
public final class VerifyingIntegrity {

  /** Reads one page of some entity list. */
  @FunctionalInterface
  private interface Pages<T> {
    Page<T> read(PageRequest page) throws SQLException;
  }

  /** Reads one entity by id, as the page would have read it. */
  @FunctionalInterface
  private interface One<T> {
    Optional<T> read(String id) throws SQLException;
  }

  /**
   * The audited state of an entity: its id and canonical text, then any earlier spelling of the
   * same state that entries written by an older version recorded.
   */
  @FunctionalInterface
  private interface State<T> {
    String[] of(T item);
  }

  /** Reads every stored row of a kind at once (a ledger kept whole). */
  @FunctionalInterface
  private interface All<T> {
    List<T> read() throws SQLException;
  }

  /**
   * One entity kind: its table, the SQL expression of its entity id there, how to list its stored
   * rows, how to read one of them again when a page cannot be read, and how to state each.
   */
  private record Checked<T>(
      String entity, String table, String idColumn, Pages<T> pages, One<T> one, State<T> state) {

    Checked(String entity, String table, Pages<T> pages, One<T> one, State<T> state) {
      this(entity, table, entity.equals("base_year") ? "tenant_id" : "id", pages, one, state);
    }
  }

  /** Pages over a list read once, for the ledgers that are read whole. */
  private static <T> Pages<T> whole(All<T> all) {
    List<List<T>> cache = new java.util.ArrayList<>();
    return p -> {
      if (cache.isEmpty()) {
        cache.add(all.read());
      }
      List<T> items = cache.get(0);
      int from = (int) Math.min(items.size(), p.offset());
      int to = Math.min(items.size(), from + p.size());
      return new Page<>(items.subList(from, to), p.page(), p.size(), items.size());
    };
  }

  private final VerifyingAuditChain chain = new VerifyingAuditChain();

  public ChainVerification verify(Connection c, String tenantId) throws SQLException {
    if (new TenantStore().byId(c, tenantId).isEmpty()) {
      return VerifyingAuditChain.noSuchTenant(tenantId);
    }
    Map<String, AuditEntry> latest = new HashMap<>();
    BrokenEntries broken = new BrokenEntries();
    long entries = chain.verify(c, tenantId, latest, broken);
    Page.Mapping<ActivityImport, ActivityImport> importRows =
        i -> i.withRowsSha256(StoredRowsDigest.of(c, i.id()));
    Page.Mapping<CalculationRun, CalculationRun> runRows =
        r -> r.withRowsSha256(StoredRunDigest.of(c, r.id()));
    List<Checked<?>> kinds =
        List.of(
            new Checked<>(
                "user",
                "app_user",
                p -> new UserStore().list(c, tenantId, p),
                id -> new UserStore().byId(c, tenantId, id),
                u -> new String[] {u.id(), u.state()}),
            new Checked<>(
                "api_token",
                "api_token",
                p -> new TokenStore().list(c, tenantId, null, p),
                id -> new TokenStore().byId(c, tenantId, id),
                t -> new String[] {t.id(), t.state()}),
            new Checked<>(
                "org_unit",
                "org_unit",
                p -> new OrgUnitStore().list(c, tenantId, p),
                id -> new OrgUnitStore().byId(c, tenantId, id),
                u -> new String[] {u.id(), u.state()}),
            new Checked<>(
                "facility",
                "facility",
                p -> new FacilityStore().list(c, tenantId, p),
                id -> new FacilityStore().byId(c, tenantId, id),
                f -> new String[] {f.id(), f.state()}),
            new Checked<>(
                "reporting_period",
                "reporting_period",
                p -> new PeriodStore().list(c, tenantId, p),
                id -> new PeriodStore().byId(c, tenantId, id),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "activity_import",
                "activity_import",
                p -> new ImportStore().list(c, tenantId, null, p).map(importRows),
                id -> withDigest(new ImportStore().byId(c, tenantId, id), importRows),
                i -> new String[] {i.id(), i.state()}),
            new Checked<>(
                "factor_library",
                "factor_library",
                p -> FactorLibraryStore.listAsStored(c, tenantId, p),
                id -> FactorLibraryStore.oneAsStored(c, tenantId, id),
                l -> new String[] {l.id(), l.state()}),
            new Checked<>(
                "calculation_run",
                "calculation_run",
                p -> new RunStore().list(c, tenantId, null, p).map(runRows),
                id -> withDigest(new RunStore().byId(c, tenantId, id), runRows),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "restatement",
                "restatement",
                p -> new BaseYearStore().restatements(c, tenantId, p),
                id -> new BaseYearStore().restatement(c, tenantId, id),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "base_year",
                "base_year",
                p -> {
                  Optional<BaseYear> base =
                      p.page() == 0 ? new BaseYearStore().get(c, tenantId) : Optional.empty();
                  return new Page<>(base.map(List::of).orElse(List.of()), p.page(), p.size(), 0);
                },
                id -> new BaseYearStore().get(c, tenantId),
                b -> new String[] {tenantId, b.state()}),
            new Checked<>(
                "target",
                "target",
                whole(() -> new TargetStore().list(c, tenantId)),
                id -> new TargetStore().byId(c, tenantId, id),
                t -> new String[] {t.target().id(), t.target().state()}),
            new Checked<>(
                "indicator_value",
                "indicator_value",
                "org_unit || '|' || facility || '|' || period_year || '|' || period_month || '|'"
                    + " || metric",
                whole(() -> new IndicatorStore().list(c, tenantId, null)),
                id -> new IndicatorStore().byKey(c, tenantId, id),
                v -> new String[] {IndicatorStore.key(v), v.state()}),
            new Checked<>(
                "credit_lot",
                "credit_lot",
                whole(() -> new KeepingCredits().lots(c, tenantId)),
                id -> new KeepingCredits().lot(c, tenantId, id),
                l -> new String[] {l.id(), l.state()}),
            new Checked<>(
                "credit_movement",
                "credit_movement",
                whole(() -> new KeepingCredits().movements(c, tenantId)),
                id -> new KeepingCredits().movement(c, tenantId, id),
                m -> new String[] {m.id(), m.state()}),
            new Checked<>(
                "ets_account",
                "ets_account",
                whole(() -> new KeepingEtsRegistry().ledger(c, tenantId).enterprises()),
                id -> new KeepingEtsRegistry().ledger(c, tenantId).account(id),
                a -> new String[] {a.id(), a.state()}),
            new Checked<>(
                "ets_journal",
                "ets_journal",
                "entry_id",
                whole(() -> new KeepingEtsRegistry().journal(c, tenantId)),
                id ->
                    new KeepingEtsRegistry()
                        .journal(c, tenantId).stream().filter(e -> e.id().equals(id)).findFirst(),
                e -> new String[] {e.id(), e.state()}),
            new Checked<>(
                "city_gpc_inventory",
                "city_gpc_inventory",
                whole(() -> new KeepingCityInventories().all(c, tenantId)),
                id -> new KeepingCityInventories().byId(c, tenantId, id),
                i -> new String[] {i.id(), i.state()}),
            new Checked<>(
                "instrument",
                "instrument",
                whole(() -> new KeepingInstruments().instruments(c, tenantId)),
                id -> new KeepingInstruments().instrument(c, tenantId, id),
                i -> new String[] {i.id(), i.state(), InstrumentStates.before12(i)}),
            new Checked<>(
                "instrument_consumption",
                "instrument_consumption",
                "facility || ' ' || consumed_month",
                whole(() -> new KeepingInstruments().consumption(c, tenantId)),
                key -> new KeepingInstruments().line(c, tenantId, key),
                l -> new String[] {l.key(), l.state(), InstrumentStates.before12(l)}),
            new Checked<>(
                "instrument_allocation",
                "instrument_allocation",
                whole(() -> new KeepingInstruments().allocations(c, tenantId)),
                id -> new KeepingInstruments().allocation(c, tenantId, id),
                a ->
                    new String[] {
                      a.id(), a.allocation().state(), InstrumentStates.before12(a.allocation())
                    }));
    Map<String, AuditEntry> unseen = new HashMap<>(latest);
    Set<String> checked = new HashSet<>();
    StoredRows rows = new StoredRows(c, tenantId, latest, unseen, broken);
    for (Checked<?> kind : kinds) {
      checked.add(kind.entity());
      rows.check(kind);
    }
    unseen.values().stream()
        .filter(e -> !e.afterHash().equals(AuditTrail.GENESIS) && checked.contains(e.entity()))
        .sorted(java.util.Comparator.comparingLong(AuditEntry::seq))
        .forEach(
            e ->
                broken.add(
                    e.seq(),
                    e.named()
                        + " records a "
                        + e.entity()
                        + " that is no longer stored: it was deleted behind the service's back"));
    return broken.verification(tenantId, entries);
  }

  /** One tenant's stored rows, each checked against the latest audit entry of its entity. */
  private static final class StoredRows {
    private final Connection c;
    private final String tenantId;
    private final Map<String, AuditEntry> latest;
    private final Map<String, AuditEntry> unseen;
    private final BrokenEntries broken;

    StoredRows(
        Connection c,
        String tenantId,
        Map<String, AuditEntry> latest,
        Map<String, AuditEntry> unseen,
        BrokenEntries broken) {
      this.c = c;
      this.tenantId = tenantId;
      this.latest = latest;
      this.unseen = unseen;
      this.broken = broken;
    }

    /**
     * Adds every stored row of a kind that contradicts its latest entry, or cannot be read, to
     * {@code broken}. Pages are read as the service reads them; when a page cannot be read, every
     * row of the kind not yet checked is read again on its own, so the unreadable ones are named
     * one by one.
     */
    <T> void check(Checked<T> kind) throws SQLException {
      Set<String> seen = new HashSet<>();
      int n = 0;
      while (true) {
        Page<T> page;
        PageRequest request = new PageRequest(n, PageRequest.MAX_SIZE);
        try {
          page = guarded(c, () -> kind.pages().read(request));
        } catch (Unreadable e) {
          oneByOne(kind, seen);
          return;
        }
        n++;
        for (T item : page.items()) {
          compare(kind, seen, kind.state().of(item));
        }
        if (page.items().size() < page.size()) {
          return;
        }
      }
    }

    /** Reads every row of the kind not in {@code seen} on its own, naming those that fail. */
    private <T> void oneByOne(Checked<T> kind, Set<String> seen) throws SQLException {
      String idColumn = kind.idColumn();
      List<String> ids = new java.util.ArrayList<>();
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT DISTINCT "
                  + idColumn
                  + " AS entity_id FROM "
                  + kind.table()
                  + " WHERE tenant_id = ? ORDER BY entity_id")) {
        ps.setString(1, tenantId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      for (String id : ids) {
        if (seen.contains(id)) {
          continue;
        }
        Optional<T> item;
        try {
          item = guarded(c, () -> kind.one().read(id));
        } catch (Unreadable e) {
          AuditEntry entry = claimed(kind.entity(), id, seen);
          broken.add(
              entry == null ? 0 : entry.seq(),
              (entry == null ? "" : entry.named() + ": ")
                  + "the stored "
                  + kind.entity()
                  + " "
                  + id
                  + " cannot be read ("
                  + e.reason()
                  + "): it was changed behind the service's back");
          continue;
        }
        if (item.isPresent()) {
          compare(kind, seen, kind.state().of(item.get()));
        }
      }
    }

    /** Compares one stored row's state with the after-hash of its latest entry. */
    private void compare(Checked<?> kind, Set<String> seen, String[] s) {
      String entity = kind.entity();
      AuditEntry e = claimed(entity, s[0], seen);
      if (e == null) {
        broken.add(
            0,
            entity + " " + s[0] + " has no audit entry: it was inserted behind the service's back");
      } else if (!matches(s, e.afterHash())) {
        broken.add(
            e.seq(),
            e.named()
                + " recorded a state the stored "
                + entity
                + " no longer has: it was changed behind the service's back");
      }
    }

    /** Whether the state, or one of its earlier spellings, hashes to {@code afterHash}. */
    private static boolean matches(String[] s, String afterHash) {
      for (int i = 1; i < s.length; i++) {
        if (AuditTrail.stateHash(s[i]).equals(afterHash)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The latest entry of a stored row (null when it has none), which the row now accounts for: it
     * is no longer unseen, and the row is not read again one by one.
     */
    private AuditEntry claimed(String entity, String id, Set<String> seen) {
      String key = entity + "|" + id;
      unseen.remove(key);
      seen.add(id);
      return latest.get(key);
    }
  }

  /**
   * One stored row read again by id, with the digest of its stored rows added as the page adds it,
   * so that it is checked against its audit entry the same way.
   */
  private static <T> Optional<T> withDigest(Optional<T> found, Page.Mapping<T, T> digest)
      throws SQLException {
    return found.isEmpty() ? found : Optional.of(digest.apply(found.get()));
  }

  /** Work that reads the database. */
  @FunctionalInterface
  private interface Read<R> {
    R run() throws SQLException;
  }

  /** A stored row the service's reader cannot read, and why. */
  private static final class Unreadable extends Exception {
    Unreadable(Exception cause) {
      super(cause);
    }

    String reason() {
      Throwable t = getCause();
      String m = t.getMessage();
      return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
  }

  /**
   * Runs a read behind a savepoint: when it fails (a value the reader refuses, a value the driver
   * cannot convert), the transaction is rolled back to the savepoint, so the check can go on (on
   * PostgreSQL a failed statement otherwise aborts the whole transaction).
   */
  private static <R> R guarded(Connection c, Read<R> read) throws SQLException, Unreadable {
    Savepoint sp = c.setSavepoint();
    try {
      R r = read.run();
      c.releaseSavepoint(sp);
      return r;
    } catch (SQLException | RuntimeException e) {
      c.rollback(sp);
      throw new Unreadable(e);
    }
  }
}
