package org.scopeplus.server.scope3plus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.io.scope3plus.MethodologyLibrary;
import org.scopeplus.io.scope3plus.StateStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each tenant's Scope 3+ state store, opened on first use from {@code
 * <scopeplus.data-dir>/ecosystem/<tenant id>} and kept open. A store is not thread-safe, so every
 * use of one runs while holding it: one request at a time per tenant, tenants in parallel.
 */
@Component
public class TenantLedgers implements org.scopeplus.store.targets.Scope3PlusLedgerYears {

  /** Distinct events a tenant's ledger is first sized for; its tables grow beyond. */
  private static final int FIRST_SIZE = 1 << 16;

  private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path root;
  private final MethodologyCatalog catalog;
  private final Map<String, StateStore> stores = new ConcurrentHashMap<>();

  TenantLedgers(@Value("${scopeplus.data-dir:${user.home}/.scopeplus}") String dataDir) {
    this.root = Path.of(dataDir).resolve("ecosystem");
    try {
      this.catalog = MethodologyLibrary.builtIn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in Scope 3+ methodologies", e);
    }
  }

  /** The built-in methodology catalog every tenant's ledger counts with. */
  public MethodologyCatalog catalog() {
    return catalog;
  }

  /** The folder that holds a tenant's Scope 3+ state. */
  public Path folderOf(String tenantId) {
    return root.resolve(tenantId);
  }

  /**
   * The tenant's net tonnes avoided per year, for its cumulative targets; none for a tenant that
   * has no Scope 3+ state (nothing is created for it).
   */
  @Override
  public java.util.SortedMap<Integer, Double> netTonnes(String tenantId) {
    if (!stores.containsKey(tenantId) && !java.nio.file.Files.isDirectory(folderOf(tenantId))) {
      return new java.util.TreeMap<>();
    }
    return with(tenantId, s -> s.ledger().totals().netTonnesByYear());
  }

  /** Runs {@code work} on the tenant's store while no other request uses it. */
  public <T> T with(String tenantId, Function<StateStore, T> work) {
    StateStore store = stores.computeIfAbsent(tenantId, this::open);
    synchronized (store) {
      return work.apply(store);
    }
  }

  private StateStore open(String tenantId) {
    if (!TENANT_ID.matcher(tenantId).matches()) {
      throw new IllegalStateException("tenant id unfit for a folder name: " + tenantId);
    }
    try {
      return StateStore.open(folderOf(tenantId), catalog, null, FIRST_SIZE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Scope 3+ state of tenant " + tenantId, e);
    }
  }
}
