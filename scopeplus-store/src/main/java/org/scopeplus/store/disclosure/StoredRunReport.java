package org.scopeplus.store.disclosure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.calculation.Scope2Method;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.Assurance;
import org.scopeplus.core.disclosure.ComposingReport;
import org.scopeplus.core.disclosure.ReportContext;
import org.scopeplus.core.disclosure.ReportLine;
import org.scopeplus.core.disclosure.ReportSubject;
import org.scopeplus.core.disclosure.ReportedTarget;
import org.scopeplus.core.disclosure.VerificationStatement;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.indicator.OperationalIndicators;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.store.baseyear.BaseYearStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RecordFields;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;
import org.scopeplus.store.supplier.SupplierRegisterStore;
import org.scopeplus.store.targets.IndicatorStore;
import org.scopeplus.store.targets.MeasuringTargets;
import org.scopeplus.store.targets.StoredTarget;
import org.scopeplus.store.targets.TargetStore;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The annual report of a stored run: its trace lines (with each record's facility and data-quality
 * label) composed into the report's figures, the tenant's base year with its restatements, and the
 * verifier's latest opinion on this run with the findings recorded against it, and the company's
 * recorded net revenue of the year for the intensity, and the pathway of the company's target with
 * its values of the year. The run's result hash is the report's run hash, the one a verifier's
 * opinion names.
 */
public final class StoredRunReport {

  private final RunStore runs = new RunStore();
  private final PeriodStore periods = new PeriodStore();
  private final TenantStore tenants = new TenantStore();
  private final BaseYearStore baseYears = new BaseYearStore();
  private final VerificationStore verification = new VerificationStore();
  private final SupplierRegisterStore supplierRegister = new SupplierRegisterStore();
  private final IndicatorStore indicators = new IndicatorStore();
  private final TargetStore targets = new TargetStore();
  private final MeasuringTargets measuring = new MeasuringTargets();

  /**
   * The report of {@code run}.
   *
   * @param methodOf the calculation method of an activity type key ("" when unknown)
   * @param memoGas true for a gas kept outside the totals (Montreal Protocol gases)
   * @param uncertainty adds the uncertainty to the context, or returns it unchanged
   */
  public AnnualReport compose(
      Connection c,
      CalculationRun run,
      Function<String, String> methodOf,
      Predicate<String> memoGas,
      Function<ReportContext, ReportContext> uncertainty)
      throws SQLException {
    String tenant = run.tenantId();
    Optional<ReportingPeriod> period = periods.byId(c, tenant, run.periodId());
    int year =
        period
            .map(p -> p.start().getYear())
            .orElse(run.createdAt().atZone(java.time.ZoneOffset.UTC).getYear());
    String organisation = tenants.byId(c, tenant).map(t -> t.name()).orElse(tenant);
    ReportSubject subject =
        new ReportSubject(
            organisation,
            "",
            year,
            run.consolidation(),
            run.gwpSet(),
            run.id(),
            run.resultSha256(),
            run.engineVersion(),
            Set.of());
    ComposingReport composing = new ComposingReport(subject);
    String[] none = new String[2];
    runs.<RuntimeException>forEachBlock(
        c,
        run,
        lines -> {
          Map<String, String[]> records =
              RecordFields.of(
                  c, run.periodId(), RecordFields.idsOf(lines), "facility", "data_quality");
          for (TraceLine l : lines) {
            String[] r = records.getOrDefault(l.recordId(), none);
            String type = l.activityType();
            String factorId = l.factorId();
            composing.accept(
                new ReportLine(
                    l.recordId(),
                    l.orgUnit(),
                    nonNull(r[0]),
                    type,
                    methodOf.apply(type),
                    l.scope(),
                    l.category(),
                    Scope2Method.valueOf(l.method()),
                    l.gas(),
                    l.biogenic(),
                    !l.biogenic() && !memoGas.test(l.gas()),
                    l.co2eGrams(),
                    ReportLine.isPrimary(nonNull(r[1]), factorId.isEmpty()),
                    factorId,
                    factorId.isEmpty() ? "" : l.citation(),
                    l.gasGrams()));
          }
        });
    return finish(c, run, tenant, year, subject, composing, uncertainty);
  }

  /** The report composed from its lines, with what the run and tenant add to them. */
  private AnnualReport finish(
      Connection c,
      CalculationRun run,
      String tenant,
      int year,
      ReportSubject subject,
      ComposingReport composing,
      Function<ReportContext, ReportContext> uncertainty)
      throws SQLException {
    ReportContext context = uncertainty.apply(ReportContext.NONE);
    // the figures the run measured against the tenant's supplier register, when it measured any
    SortedMap<Integer, EngagementYear> engagement = supplierRegister.ofRun(c, run.id());
    if (!engagement.isEmpty()) {
      context = context.withSupplierEngagement(engagement);
    }
    Optional<BaseYear> base = baseYears.get(c, tenant);
    SortedMap<Integer, Totals> trend = new TreeMap<>();
    if (base.isPresent()) {
      Optional<CalculationRun> baseRun = runs.byId(c, tenant, base.get().runId());
      Totals baseTotals = baseRun.isPresent() ? runs.total(c, baseRun.get()) : null;
      context =
          context.withBaseYear(base.get().year(), baseTotals, baseYears.restatements(c, tenant));
      if (baseTotals != null && base.get().year() != year) {
        trend.put(base.get().year(), baseTotals);
      }
    }
    AnnualReport draft = composing.compose(subject, context);
    // net revenue (ESRS E1 §53): the company's recorded annual revenue indicator of the year, as a
    // target's intensity reads it (the company is the first unit of the org paths)
    String company = "";
    if (!draft.businessUnits().isEmpty()) {
      String unit = draft.businessUnits().get(0).unit();
      company = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
      Optional<Double> revenue =
          OperationalIndicators.annual(
              indicators.list(c, tenant, Metric.REVENUE), company, year, Metric.REVENUE);
      if (revenue.isPresent() && revenue.get() > 0) {
        context =
            context.withRevenue(
                new IntensityDenominator("revenue", revenue.get(), Metric.REVENUE.unit(), year));
      }
    }
    trend.put(year, draft.totals());
    context = context.withTrend(trend, new TreeMap<>(), "", ReportContext.TOTAL_MARKET);
    // the target pathway: the company's first absolute target whose scopes the trend measures,
    // with the values of its progress on the tenant's runs
    Optional<TargetProgress> target = companyTarget(c, tenant, company, year);
    if (target.isPresent()) {
      context = ReportedTarget.shown(context, target.get(), year);
    }
    VerificationStore.Opinion latest = null;
    for (VerificationStore.Opinion o : verification.opinions(c, tenant, run.periodId())) {
      if (o.runId().equals(run.id())) {
        latest = o;
      }
    }
    if (latest != null) {
      List<String> findings = new ArrayList<>();
      for (VerificationStore.Finding f : verification.findings(c, tenant, run.periodId())) {
        if (f.runId().equals(run.id())) {
          findings.add(
              f.materiality()
                  + ", "
                  + f.concerns()
                  + ": "
                  + f.finding()
                  + (f.response() == null || f.response().isEmpty() ? "" : " — " + f.response()));
        }
      }
      context =
          context.withVerification(
              new VerificationStatement(
                  latest.createdBy(),
                  Assurance.parse(latest.assurance()).orElse(Assurance.LIMITED),
                  latest.materialityThreshold(),
                  latest.opinion(),
                  latest.runHash(),
                  latest.createdAt().toString(),
                  findings));
    }
    return composing.compose(subject, context);
  }

  /**
   * The progress of the tenant's oldest absolute target over the whole company ({@code company},
   * the first unit of the org paths) whose scopes the report's trend measures, when its base year
   * has an actual value.
   */
  private Optional<TargetProgress> companyTarget(
      Connection c, String tenant, String company, int year) throws SQLException {
    for (StoredTarget stored : targets.list(c, tenant)) {
      Target t = stored.target();
      if (!t.orgUnit().equals(company) || ReportedTarget.trendMeasure(t).isEmpty()) {
        continue;
      }
      if (measuring.progress(c, tenant, t, year) instanceof ProgressOutcome.Measured m) {
        return Optional.of(m.progress());
      }
    }
    return Optional.empty();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
