package org.scopeplus.server.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.Page;
import org.scopeplus.store.PageRequest;

/**
 * How the API reads the caller's tenant: a page of a store's rows as views, or one row by id, with
 * a 404 problem naming it when the tenant has no such row (another tenant's row is not found).
 */
final class TenantReads {

  /** A store's page of a tenant's rows. */
  @FunctionalInterface
  interface Lister<T> {
    Page<T> list(Connection c, String tenantId, PageRequest page) throws SQLException;
  }

  /** A store's row of a tenant, by id. */
  @FunctionalInterface
  interface Finder<T> {
    Optional<T> byId(Connection c, String tenantId, String id) throws SQLException;
  }

  private TenantReads() {}

  /** The caller's rows on the {@code page} and {@code size} asked for, as views. */
  static <T, V> PageBody<V> page(
      Database db, Caller caller, Integer page, Integer size, Lister<T> rows, Function<T, V> view) {
    return PageBody.of(
        db.inTransaction(c -> rows.list(c, caller.tenantId(), Paging.of(page, size))), view);
  }

  /** One of the caller's rows, read in a transaction of its own; {@code what} names it. */
  static <T> T one(Database db, Caller caller, String what, String id, Finder<T> rows) {
    return db.inTransaction(c -> rows.byId(c, caller.tenantId(), id))
        .orElseThrow(() -> ApiProblem.notFound(what + " " + id));
  }

  /** One of the caller's rows, read in the transaction of {@code c}; {@code what} names it. */
  static <T> T found(Connection c, Caller caller, String what, String id, Finder<T> rows)
      throws SQLException {
    return rows.byId(c, caller.tenantId(), id)
        .orElseThrow(() -> ApiProblem.notFound(what + " " + id));
  }
}
