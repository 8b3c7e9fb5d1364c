package org.scopeplus.server.ecosystem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scopeplus.core.ecosystem.MethodologyCatalog;
import org.scopeplus.core.ecosystem.PointsRates;
import org.scopeplus.io.ecosystem.MethodologyLibrary;
import org.scopeplus.io.ecosystem.StateStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Each tenant's Scope 3+ state store, opened on first use from {@code
 * <scopeplus.data-dir>/ecosystem/<tenant id>} and kept open. A store is not thread-safe, so every
 * use of one runs while holding it: one request at a time per tenant, tenants in parallel. A change
 * of points rates replaces the tenant's store by one opened again with the new rates.
 */
@Component
public class TenantLedgers {

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

  /** Runs {@code work} on the tenant's store while no other request uses it. */
  public <T> T with(String tenantId, Function<StateStore, T> work) {
    while (true) {
      StateStore store = stores.computeIfAbsent(tenantId, this::open);
      synchronized (store) {
        if (stores.get(tenantId) == store) {
          return work.apply(store);
        }
      }
    }
  }

  /**
   * Opens the tenant's state again with new points rates, records them in its manifest and serves
   * the tenant from the new store; events counted before keep their points. Called from {@link
   * #with} on the store it was handed, so no other request of the tenant runs meanwhile.
   */
  StateStore changePointsRates(String tenantId, StateStore current, PointsRates rates)
      throws IOException {
    if (!Thread.holdsLock(current) || stores.get(tenantId) != current) {
      throw new IllegalStateException("points rates change outside the tenant's store");
    }
    StateStore fresh = StateStore.open(folderOf(tenantId), catalog, rates, FIRST_SIZE);
    fresh.savePointsRates();
    stores.put(tenantId, fresh);
    return fresh;
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
