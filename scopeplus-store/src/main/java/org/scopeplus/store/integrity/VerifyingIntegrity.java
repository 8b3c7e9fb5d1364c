package org.scopeplus.store.integrity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.activity.ImportStore;
import org.scopeplus.store.activity.StoredRowsDigest;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.audit.VerifyingAuditChain;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.org.FacilityStore;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.StoredRunDigest;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;

/**
 * Checks a tenant's audit chain, then every user, token, org unit, facility, period, import, factor
 * library, run, restatement and the base year against the after-hash of its latest audit entry. An
 * import's state includes the hash of its activity rows and a run's the hash of its stored results
 * and trace lines, both recomputed by streaming the rows; a library's includes the hash of its
 * stored content and a user's the SHA-256 of their password hash. So an activity row, a result, a
 * trace line, a factor or a password hash edited in the database is found too. A row edited,
 * inserted or deleted behind the service's back (a role raised, a token un-revoked, an ownership
 * share changed, a quantity altered, a restated amount or reason rewritten) no longer matches, and
 * the check names the entry whose recorded state it contradicts.
 */
public final class VerifyingIntegrity {

  /** Reads one page of some entity list. */
  @FunctionalInterface
  private interface Pages<T> {
    Page<T> read(PageRequest page) throws SQLException;
  }

  /** The audited state of an entity: its id and canonical text. */
  @FunctionalInterface
  private interface State<T> {
    String[] of(T item);
  }

  /** One entity kind: how to list its stored rows and how to state each. */
  private record Checked<T>(String entity, Pages<T> pages, State<T> state) {}

  /** A stored row that contradicts the chain: the entry it contradicts (0 when none) and why. */
  private record Mismatch(long seq, String message) {}

  private final VerifyingAuditChain chain = new VerifyingAuditChain();

  public ChainVerification verify(Connection c, String tenantId) throws SQLException {
    Map<String, AuditEntry> latest = new HashMap<>();
    ChainVerification v = chain.verify(c, tenantId, latest);
    if (!v.intact()) {
      return v;
    }
    Optional<BaseYear> base = new BaseYearStore().get(c, tenantId);
    List<Checked<?>> kinds =
        List.of(
            new Checked<>(
                "user",
                p -> new UserStore().list(c, tenantId, p),
                u -> new String[] {u.id(), u.state()}),
            new Checked<>(
                "api_token",
                p -> new TokenStore().list(c, tenantId, null, p),
                t -> new String[] {t.id(), t.state()}),
            new Checked<>(
                "org_unit",
                p -> new OrgUnitStore().list(c, tenantId, p),
                u -> new String[] {u.id(), u.state()}),
            new Checked<>(
                "facility",
                p -> new FacilityStore().list(c, tenantId, p),
                f -> new String[] {f.id(), f.state()}),
            new Checked<>(
                "reporting_period",
                p -> new PeriodStore().list(c, tenantId, p),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "activity_import",
                p ->
                    new ImportStore()
                        .list(c, tenantId, null, p)
                        .map(i -> i.withRowsSha256(StoredRowsDigest.of(c, i.id()))),
                i -> new String[] {i.id(), i.state()}),
            new Checked<>(
                "factor_library",
                p -> FactorLibraryStore.listAsStored(c, tenantId, p),
                l -> new String[] {l.id(), l.state()}),
            new Checked<>(
                "calculation_run",
                p ->
                    new RunStore()
                        .list(c, tenantId, null, p)
                        .map(r -> r.withRowsSha256(StoredRunDigest.of(c, r.id()))),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "restatement",
                p -> new BaseYearStore().restatements(c, tenantId, p),
                r -> new String[] {r.id(), r.state()}),
            new Checked<>(
                "base_year",
                p ->
                    new Page<>(
                        p.page() == 0 ? base.map(List::of).orElse(List.of()) : List.of(),
                        p.page(),
                        p.size(),
                        base.isPresent() ? 1 : 0),
                b -> new String[] {tenantId, b.state()}));
    Map<String, AuditEntry> unseen = new HashMap<>(latest);
    Set<String> checked = new HashSet<>();
    for (Checked<?> kind : kinds) {
      checked.add(kind.entity());
      Mismatch m = check(latest, unseen, kind);
      if (m != null) {
        return new ChainVerification(tenantId, v.entries(), false, m.seq(), m.message());
      }
    }
    for (AuditEntry e : unseen.values()) {
      if (!e.afterHash().equals(AuditTrail.GENESIS) && checked.contains(e.entity())) {
        String problem =
            "entry "
                + e.seq()
                + " ("
                + e.action()
                + " of "
                + e.entity()
                + " "
                + e.entityId()
                + ") records a "
                + e.entity()
                + " that is no longer stored: it was deleted behind the service's back";
        return new ChainVerification(tenantId, v.entries(), false, e.seq(), problem);
      }
    }
    return v;
  }

  /** The first stored row of a kind that contradicts its latest entry, or null. */
  private static <T> Mismatch check(
      Map<String, AuditEntry> latest, Map<String, AuditEntry> unseen, Checked<T> kind)
      throws SQLException {
    String entity = kind.entity();
    int n = 0;
    while (true) {
      Page<T> page = kind.pages().read(new PageRequest(n++, PageRequest.MAX_SIZE));
      for (T item : page.items()) {
        String[] s = kind.state().of(item);
        String key = entity + "|" + s[0];
        AuditEntry e = latest.get(key);
        unseen.remove(key);
        if (e == null) {
          return new Mismatch(
              0,
              entity
                  + " "
                  + s[0]
                  + " has no audit entry: it was inserted behind the service's back");
        }
        if (!AuditTrail.stateHash(s[1]).equals(e.afterHash())) {
          return new Mismatch(
              e.seq(),
              "entry "
                  + e.seq()
                  + " ("
                  + e.action()
                  + " of "
                  + entity
                  + " "
                  + s[0]
                  + ") recorded a state the stored "
                  + entity
                  + " no longer has: it was changed behind the service's back");
        }
      }
      if (page.items().size() < page.size()) {
        return null;
      }
    }
  }
}
