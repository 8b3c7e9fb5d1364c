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
 * <scopeplus.data-dir>/ecosystem/<tenant id>} and kept open. A store counts with the built-in
 * methodology catalog plus the tenant's configuration ({@link
 * org.scopeplus.io.scope3plus.ConfigurationFile}, kept in the same folder). A store is not
 * thread-safe, so every use of one runs while holding the tenant's place: one request at a time per
 * tenant, tenants in parallel.
 */
@Component
public class TenantLedgers implements org.scopeplus.store.targets.Scope3PlusLedgerYears {

  /** Distinct events a tenant's ledger is first sized for; its tables grow beyond. */
  private static final int FIRST_SIZE = 1 << 16;

  private static final Pattern TENANT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final Path root;
  private final MethodologyCatalog catalog;
  private final Map<String, Place> places = new ConcurrentHashMap<>();

  /** A tenant's open store; replaced, while held, when the tenant's configuration changes. */
  private static final class Place {
    StateStore store;
  }

  TenantLedgers(@Value("${scopeplus.data-dir:${user.home}/.scopeplus}") String dataDir) {
    this.root = Path.of(dataDir).resolve("ecosystem");
    try {
      this.catalog = MethodologyLibrary.builtIn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in Scope 3+ methodologies", e);
    }
  }

  /** The built-in methodology catalog, without any tenant's configuration. */
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
    if (!places.containsKey(tenantId) && !java.nio.file.Files.isDirectory(folderOf(tenantId))) {
      return new java.util.TreeMap<>();
    }
    return with(tenantId, s -> s.ledger().totals().netTonnesByYear());
  }

  /** Runs {@code work} on the tenant's store while no other request uses it. */
  public <T> T with(String tenantId, Function<StateStore, T> work) {
    Place place = places.computeIfAbsent(tenantId, this::open);
    synchronized (place) {
      return work.apply(place.store);
    }
  }

  /**
   * Opens the tenant's store again with {@code configured}, the catalog of its new configuration:
   * events counted from now on are counted with it; the events counted before keep their grams (the
   * state replays what it stored, it does not count again). Called while the tenant's store is held
   * (inside {@link #with}), after the configuration was written.
   */
  void reopen(String tenantId, MethodologyCatalog configured) throws IOException {
    Place place = places.get(tenantId);
    if (place == null) {
      throw new IllegalStateException("the Scope 3+ state of tenant " + tenantId + " is not open");
    }
    synchronized (place) {
      place.store = StateStore.open(folderOf(tenantId), configured, null, FIRST_SIZE);
    }
  }

  private Place open(String tenantId) {
    if (!TENANT_ID.matcher(tenantId).matches()) {
      throw new IllegalStateException("tenant id unfit for a folder name: " + tenantId);
    }
    Path folder = folderOf(tenantId);
    try {
      Place place = new Place();
      place.store =
          StateStore.open(
              folder,
              org.scopeplus.io.scope3plus.ConfigurationFile.catalog(folder),
              null,
              FIRST_SIZE);
      return place;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the Scope 3+ state of tenant " + tenantId, e);
    }
  }
}
