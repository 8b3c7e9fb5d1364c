package org.scopeplus.store.targets;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.baseyear.Restatement;
import org.scopeplus.core.indicator.IndicatorValue;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.ShareBasis;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.instrument.KeepingHourlyMatching;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.ResultRow;
import org.scopeplus.store.run.RunStore;

/**
 * A target's progress on the tenant's data: the emissions of each year are those of the latest run
 * of a reporting period starting in that year, except the base year, which is the base-year run
 * (restated when it was); an intensity's denominator, the renewable and fleet shares and the Scope
 * 3+ reductions are the recorded annual indicator values of the target's org unit (for a
 * denominator, else of the company, the first unit of its path).
 */
public final class MeasuringTargets {

  private final RunStore runs = new RunStore();
  private final BaseYearStore baseYears = new BaseYearStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final Scope3PlusLedgerYears scope3Plus;

  /** Measuring without a Scope 3+ ledger: a cumulative target reads its indicator values. */
  public MeasuringTargets() {
    this(Scope3PlusLedgerYears.NONE);
  }

  /**
   * Measuring with the tenants' Scope 3+ ledgers: a cumulative target takes the ledger's net tonnes
   * for every year the ledger counted anything, and its {@code scope3plus_reductions} indicator
   * values for the other years.
   */
  public MeasuringTargets(Scope3PlusLedgerYears scope3Plus) {
    this.scope3Plus = scope3Plus;
  }

  public ProgressOutcome progress(Connection c, String tenantId, Target t, int upToYear)
      throws SQLException {
    Optional<BaseYear> base = baseYears.get(c, tenantId);
    String restatement = null;
    if (base.isPresent() && base.get().year() == t.baseYear()) {
      List<Restatement> all = baseYears.restatements(c, tenantId);
      if (!all.isEmpty()) {
        Restatement r = all.get(all.size() - 1);
        restatement =
            r.trigger().label()
                + " on "
                + r.restatedAt().toString().substring(0, 10)
                + ": "
                + r.reason()
                + ", from run "
                + r.previousRunId()
                + " to run "
                + r.newRunId()
                + String.format(Locale.ROOT, ", %+.2f%%", r.change() * 100);
      }
    }
    List<IndicatorValue> values = indicators.list(c, tenantId, null);
    SortedMap<Integer, Double> actuals =
        switch (t.kind()) {
          case ABSOLUTE, INTENSITY -> inventory(c, tenantId, t, base, values);
          case CUMULATIVE -> {
            SortedMap<Integer, Double> a =
                new TreeMap<>(annual(values, t.orgUnit(), Metric.SCOPE3PLUS_REDUCTIONS, null));
            a.putAll(scope3Plus.netTonnes(tenantId));
            yield a;
          }
          case RENEWABLE_SHARE ->
              t.basis() == ShareBasis.HOURLY
                  ? hourlyShare(c, tenantId, t.orgUnit())
                  : renewableShare(c, tenantId, t.orgUnit(), values);
          case FLEET_ELECTRIFICATION ->
              annual(values, t.orgUnit(), Metric.FLEET_ELECTRIC, Metric.FLEET_VEHICLES);
        };
    return TargetProgress.of(t, actuals, restatement, upToYear);
  }

  private SortedMap<Integer, Double> inventory(
      Connection c, String tenantId, Target t, Optional<BaseYear> base, List<IndicatorValue> values)
      throws SQLException {
    SortedMap<Integer, String> runOfYear = latestRunOfEachYear(c, tenantId);
    if (base.isPresent()) {
      runOfYear.put(base.get().year(), base.get().runId());
    }
    String company =
        t.orgUnit().contains("/")
            ? t.orgUnit().substring(0, t.orgUnit().indexOf('/'))
            : t.orgUnit();
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (Map.Entry<Integer, String> e : runOfYear.entrySet()) {
      Optional<CalculationRun> run = runs.byId(c, tenantId, e.getValue());
      if (run.isEmpty()) {
        continue;
      }
      Totals totals = null;
      for (ResultRow row : runs.results(c, run.get(), "org-unit")) {
        if (row.item().equals(t.orgUnit())) {
          totals = row.totals();
        }
      }
      if (totals == null) {
        continue;
      }
      double denominator = 1;
      if (t.kind() == org.scopeplus.core.targets.TargetKind.INTENSITY) {
        Metric m = Metric.parse(t.denominator()).orElseThrow();
        Optional<Double> d = OperationalIndicators.annual(values, t.orgUnit(), e.getKey(), m);
        if (d.isEmpty()) {
          d = OperationalIndicators.annual(values, company, e.getKey(), m);
        }
        if (d.isEmpty() || d.get() == 0) {
          continue;
        }
        denominator = d.get();
      }
      out.put(e.getKey(), t.emissionValue(totals, denominator));
    }
    return out;
  }

  /**
   * The renewable-electricity share by year: from the instrument ledger (renewable kWh claimed over
   * kWh consumed) for every year it holds electricity of the unit, else from the recorded
   * renewable_electricity and electricity indicators.
   */
  private static SortedMap<Integer, Double> renewableShare(
      Connection c, String tenantId, String orgUnit, List<IndicatorValue> values)
      throws SQLException {
    SortedMap<Integer, Double> out =
        annual(values, orgUnit, Metric.RENEWABLE_ELECTRICITY, Metric.ELECTRICITY);
    out.putAll(new KeepingInstruments().registry(c, tenantId).renewableShare().of(orgUnit));
    return out;
  }

  /**
   * The hourly-matched share by year: the kept hourly matching of the unit (consumption met by
   * renewable supply of the same hour and market boundary over consumption); years without
   * consumption left out.
   */
  private static SortedMap<Integer, Double> hourlyShare(
      Connection c, String tenantId, String orgUnit) throws SQLException {
    SortedMap<Integer, Double> out = new TreeMap<>();
    new KeepingHourlyMatching()
        .scores(c, tenantId, orgUnit)
        .forEach(
            (year, s) -> {
              if (s.hourlyShare() != null) {
                out.put(year, s.hourlyShare());
              }
            });
    return out;
  }

  /** The annual value of {@code metric} per year, divided by {@code per} when given. */
  private static SortedMap<Integer, Double> annual(
      List<IndicatorValue> values, String orgUnit, Metric metric, Metric per) {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (IndicatorValue v : values) {
      if (v.metric() != metric
          || v.month() != 0
          || !v.facility().isEmpty()
          || !v.orgUnit().equals(orgUnit)) {
        continue;
      }
      if (per == null) {
        out.put(v.year(), v.value());
        continue;
      }
      Optional<Double> d = OperationalIndicators.annual(values, orgUnit, v.year(), per);
      if (d.isPresent() && d.get() > 0) {
        out.put(v.year(), v.value() / d.get());
      }
    }
    return out;
  }

  /** The latest run of each year's reporting periods (by the year a period starts in). */
  private static SortedMap<Integer, String> latestRunOfEachYear(Connection c, String tenantId)
      throws SQLException {
    SortedMap<Integer, String> out = new TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT r.id, p.start_date FROM calculation_run r JOIN reporting_period p"
                + " ON p.id = r.period_id WHERE r.tenant_id = ? ORDER BY r.created_at DESC, r.id")) {
      ps.setString(1, tenantId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.putIfAbsent(rs.getObject(2, LocalDate.class).getYear(), rs.getString(1));
        }
      }
    }
    return out;
  }
}
