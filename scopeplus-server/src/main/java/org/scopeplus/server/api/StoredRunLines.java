package org.scopeplus.server.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.quality.LineFacts;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.disclosure.StoredLineFacts;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.run.CalculationRun;

/**
 * The trace lines of a stored run with the facts the core's data-quality and uncertainty rules read
 * ({@link LineFacts}): each line's record and the factor it used, from the built-in libraries or
 * the tenant's own. One place for the run's uncertainty and the data-quality ratings of the product
 * footprints computed from it.
 */
public final class StoredRunLines {

  private final ReferenceData reference;
  private final FactorLibraryStore libraries;

  public StoredRunLines(ReferenceData reference) {
    this.reference = reference;
    this.libraries = new FactorLibraryStore(reference.gwps());
  }

  /**
   * Hands every trace line of the run, in line order, with its facts to {@code sink}, inside the
   * caller's transaction. A line whose factor is no longer stored is a 409 naming the factor.
   */
  public void forEach(
      Connection c,
      String tenantId,
      CalculationRun run,
      BiConsumer<StoredLineFacts, LineFacts> sink)
      throws SQLException {
    Factors factors = new Factors(c, tenantId);
    StoredLineFacts.forEach(c, run, line -> sink.accept(line, facts(line, factors)));
  }

  private LineFacts facts(StoredLineFacts line, Factors factors) {
    Optional<EmissionFactor> factor =
        line.factorId().isEmpty()
            ? Optional.empty()
            : factors.find(line.factorLibrary(), line.factorId());
    if (!line.factorId().isEmpty() && factor.isEmpty()) {
      throw ApiProblem.conflict(
          "factor "
              + line.factorId()
              + " of library "
              + line.factorLibrary()
              + " is no longer stored; the run's data quality and uncertainty cannot be assessed");
    }
    boolean memo =
        reference.gwps().gas(line.gas()).map(Gas::group).map(g -> !g.inTotals()).orElse(false);
    EmissionFactor f = factor.orElse(null);
    return new LineFacts(
        line.recordId(),
        line.activityType(),
        line.scope(),
        line.category(),
        Scope2Method.valueOf(line.method()),
        line.gas(),
        !line.biogenic() && !memo,
        line.co2eGrams(),
        line.dataQuality(),
        line.region(),
        Period.parse(line.period()).map(Period::year).orElse(0),
        f == null ? "" : f.id(),
        f == null ? null : f.type(),
        f == null ? null : f.citation().verification(),
        f == null ? "" : f.region(),
        f == null ? 0 : LineFacts.factorYear(f.citation().year(), f.validFrom().getYear()));
  }

  /** The factors of the built-in libraries and of the tenant's own, by library label and id. */
  private final class Factors {
    private final Connection c;
    private final String tenantId;
    private final Map<String, Map<String, EmissionFactor>> byLabel = new HashMap<>();

    Factors(Connection c, String tenantId) {
      this.c = c;
      this.tenantId = tenantId;
      for (FactorLibrary l : reference.libraries()) {
        byLabel.put(l.label(), index(l));
      }
    }

    Optional<EmissionFactor> find(String label, String factorId) {
      Map<String, EmissionFactor> library = byLabel.get(label);
      if (library == null) {
        library = load(label);
        byLabel.put(label, library);
      }
      return Optional.ofNullable(library.get(factorId));
    }

    private Map<String, EmissionFactor> load(String label) {
      int space = label.lastIndexOf(' ');
      if (space <= 0) {
        return Map.of();
      }
      try {
        var stored =
            libraries.byNameAndVersion(
                c, tenantId, label.substring(0, space), label.substring(space + 1));
        if (stored.isEmpty()) {
          return Map.of();
        }
        return libraries.load(c, tenantId, stored.get().id()).map(Factors::index).orElse(Map.of());
      } catch (SQLException e) {
        throw new org.scopeplus.store.StoreFailure("cannot read factor library " + label, e);
      }
    }

    private static Map<String, EmissionFactor> index(FactorLibrary l) {
      Map<String, EmissionFactor> m = new HashMap<>();
      for (EmissionFactor f : l.factors()) {
        m.put(f.id(), f);
      }
      return m;
    }
  }
}
