package org.scopeplus.server.scope3plus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.scopeplus.io.scope3plus.StateStore;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.user.Role;
import org.springframework.stereotype.Component;

/**
 * Changes to a tenant's Scope 3+ ledger that the tenant's audit trail records: an erasure, a credit
 * deduction, a change of points rates, the reversal of a counted event. While the tenant's ledger
 * is held, the change is judged (a refusal records nothing), its audit entry is appended in a
 * database transaction, the change is committed to the ledger's state folder, and only then is the
 * transaction committed; a change that fails to commit rolls its entry back. The ledger lives in
 * files, so the two are not one transaction: if the database commit itself failed after the
 * ledger's commit, the change would stand without its entry.
 */
@Component
class LedgerChanges {

  /** What the audit trail records of a change: states are canonical text, kept as SHA-256. */
  record Entry(
      String action, String entity, String entityId, String before, String after, String detail) {}

  /**
   * A change judged and ready: its audit entry and how to commit it to the ledger; no entry when
   * the change turns out to change nothing (nothing is then recorded).
   */
  record Planned<T>(Entry entry, Commit<T> commit) {}

  /** Commits a planned change to the ledger's state folder and returns the answer. */
  @FunctionalInterface
  interface Commit<T> {
    T run() throws IOException;
  }

  /** Judges a change on the ledger; throws an API problem to refuse it. */
  @FunctionalInterface
  interface Change<T> {
    Planned<T> plan(StateStore store);
  }

  private final TenantLedgers ledgers;
  private final Database db;
  private final AuditTrail trail = new AuditTrail();

  LedgerChanges(TenantLedgers ledgers, Database db) {
    this.ledgers = ledgers;
    this.db = db;
  }

  /**
   * Refuses a caller who is not an admin with a 403 problem saying that only an admin may {@code
   * what}: only admins change a ledger. Called before the request is judged.
   */
  static void adminOnly(Caller caller, String what) {
    if (caller.role() != Role.ADMIN) {
      throw ApiProblem.forbidden("only an admin may " + what);
    }
  }

  /** Makes a change on the caller's tenant's ledger, the caller's user name as the actor. */
  <T> T make(Caller caller, Change<T> change) {
    return ledgers.with(
        caller.tenantId(),
        store -> {
          Planned<T> planned = change.plan(store);
          Entry e = planned.entry();
          if (e == null) {
            return committed(planned);
          }
          return db.inTransaction(
              c -> {
                trail.append(
                    c,
                    caller.tenantId(),
                    caller.username(),
                    e.action(),
                    e.entity(),
                    e.entityId(),
                    e.before(),
                    e.after(),
                    e.detail());
                return committed(planned);
              });
        });
  }

  private static <T> T committed(Planned<T> planned) {
    try {
      return planned.commit().run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
