package org.scopeplus.server.console;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.PageRequest;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;

/**
 * A tenant's inventory as the console shows it: each reporting period with its newest run (the one
 * the pages speak of unless another is chosen), read through the API's stores.
 */
final class TenantInventory {

  /** A reporting period with its newest run and that run's totals, if it has a run. */
  record PeriodRun(ReportingPeriod period, Optional<CalculationRun> run, Totals totals) {}

  private final PeriodStore periods = new PeriodStore();
  private final RunStore runs = new RunStore();

  /** Every period of the tenant, earliest first, each with its newest run. */
  List<PeriodRun> periods(Connection c, String tenantId) throws SQLException {
    List<ReportingPeriod> all =
        new ArrayList<>(
            periods.list(c, tenantId, new PageRequest(0, PageRequest.MAX_SIZE)).items());
    all.sort(Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::name));
    List<PeriodRun> out = new ArrayList<>(all.size());
    for (ReportingPeriod p : all) {
      List<CalculationRun> newest = runs.list(c, tenantId, p.id(), new PageRequest(0, 1)).items();
      if (newest.isEmpty()) {
        out.add(new PeriodRun(p, Optional.empty(), Totals.ZERO));
      } else {
        out.add(new PeriodRun(p, Optional.of(newest.get(0)), runs.total(c, newest.get(0))));
      }
    }
    return out;
  }

  /** The period asked for by id, else the latest one with a run. */
  static Optional<PeriodRun> chosen(List<PeriodRun> all, String periodIdOrNull) {
    if (periodIdOrNull != null) {
      Optional<PeriodRun> asked =
          all.stream().filter(p -> p.period().id().equals(periodIdOrNull)).findFirst();
      if (asked.isPresent()) {
        return asked;
      }
    }
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).run().isPresent()) {
        return Optional.of(all.get(i));
      }
    }
    return Optional.empty();
  }
}
