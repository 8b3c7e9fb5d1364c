package org.scopeplus.server.energy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.NightlyResult;
import org.scopeplus.store.energy.NightlyResultStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly batch over the stored readings: every meter of every tenant, one meter at a time
 * (read in its own transaction, run through {@link NightlyBatch}, its result kept in another), so
 * the heap holds one meter's year whatever the number of meters, and no meter's data meets another
 * tenant's. Each meter's latest result, or the reason none could be made, replaces its previous
 * one; each tenant's run is on its audit trail ({@code energy.nightly.run}). Scheduled by the cron
 * {@code scopeplus.energy.nightly.cron} ({@code -} turns it off); an admin runs it for the tenant.
 */
@Component
@EnableScheduling
public class RunningNightlyBatch {

  /** The actor of the scheduled runs on the audit trail. */
  static final String SCHEDULE = "nightly-schedule";

  private final Database db;
  private final MeterAnalysis analysis;
  private final TenantStore tenants = new TenantStore();
  private final MeterStore meters = new MeterStore();
  private final NightlyResultStore results = new NightlyResultStore();

  RunningNightlyBatch(Database db, MeterAnalysis analysis) {
    this.db = db;
    this.analysis = analysis;
  }

  /** A tenant's run: meters gone through, meters forecast, meters refused with a reason. */
  public record Counts(int meters, int forecast, int refused) {}

  /** Every tenant in turn, at the configured hour. */
  @Scheduled(cron = "${scopeplus.energy.nightly.cron:0 30 2 * * *}")
  void everyTenant() {
    for (Tenant t : db.inTransaction(tenants::all)) {
      run(t.id(), SCHEDULE);
    }
  }

  /** Runs the batch over the tenant's meters and keeps each meter's result; audited. */
  public Counts run(String tenantId, String actor) {
    List<String> ids = db.inTransaction(c -> meters.idsOfTenant(c, tenantId));
    int meterCount = 0;
    int forecast = 0;
    int refused = 0;
    for (String id : ids) {
      NightlyResult kept = one(tenantId, id);
      if (kept == null) {
        continue; // removed since the list was read
      }
      meterCount++;
      if (kept.refused() == null) {
        forecast++;
      } else {
        refused++;
      }
      db.inTransaction(
          c -> {
            if (meters.byId(c, tenantId, id).isPresent()) {
              results.replace(c, tenantId, kept);
            }
            return null;
          });
    }
    Counts counts = new Counts(meterCount, forecast, refused);
    db.inTransaction(
        c -> {
          results.recordRun(
              c, tenantId, actor, counts.meters(), counts.forecast(), counts.refused());
          return null;
        });
    return counts;
  }

  /** One meter's result, its refusal, or null when the meter no longer exists. */
  private NightlyResult one(String tenantId, String meterId) {
    Instant runAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    MeterAnalysis.NightlyInput in;
    try {
      in = db.inTransaction(c -> analysis.nightlyInput(c, tenantId, meterId));
    } catch (ApiProblem e) {
      if (e.status() == HttpStatus.NOT_FOUND) {
        return null;
      }
      return refusal(meterId, runAt, e.getMessage());
    }
    List<NightlyBatch.Result> out = new ArrayList<>(1);
    NightlyBatch.run(List.of(in.meter()).iterator(), Suggestions.Options.defaults(), out::add);
    return kept(out.get(0), in, runAt);
  }

  static NightlyResult refusal(String meterId, Instant runAt, String reason) {
    return new NightlyResult(
        meterId, runAt, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        List.of(), reason);
  }

  /** The batch's result as kept, with the window, currency and grid factor it was made with. */
  static NightlyResult kept(NightlyBatch.Result r, MeterAnalysis.NightlyInput in, Instant runAt) {
    if (r.refused() != null) {
      return new NightlyResult(
          r.id(),
          runAt,
          in.history().from(),
          in.history().to(),
          null,
          null,
          null,
          null,
          null,
          in.currency(),
          in.factor() == null ? null : in.factor().factorId(),
          List.of(),
          List.of(),
          List.of(),
          r.refused());
    }
    Accuracy daily = Accuracy.of(r.model().fitted(), r.model().parameters());
    Accuracy hourly = Accuracy.of(r.hourlyModel().fitted(), r.hourlyModel().parameters());
    List<NightlyResult.KeptSuggestion> suggestions = new ArrayList<>();
    int rank = 1;
    for (Suggestion g : r.suggestions()) {
      suggestions.add(
          new NightlyResult.KeptSuggestion(
              rank++,
              g.rule().key(),
              g.kwhPerYear(),
              g.costPerYear(),
              in.factor() == null ? null : g.co2KgPerYear(),
              g.text(Locale.ENGLISH),
              g.text(Locale.SIMPLIFIED_CHINESE)));
    }
    return new NightlyResult(
        r.id(),
        runAt,
        in.history().from(),
        in.history().to(),
        description(r.model()),
        finite(daily.cvRmse()),
        finite(daily.nmbe()),
        finite(hourly.cvRmse()),
        finite(hourly.nmbe()),
        in.currency(),
        in.factor() == null ? null : in.factor().factorId(),
        points(r.dayAhead()),
        points(r.monthAhead()),
        suggestions,
        null);
  }

  private static String description(LoadModel m) {
    String d = m.description();
    return d.length() > 400 ? d.substring(0, 400) : d;
  }

  private static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  private static List<NightlyResult.Point> points(Predictions p) {
    if (p == null) {
      return List.of();
    }
    List<NightlyResult.Point> out = new ArrayList<>(p.size());
    for (int i = 0; i < p.size(); i++) {
      double v = p.predicted()[i];
      out.add(
          new NightlyResult.Point(Instant.ofEpochSecond(p.start()[i]), Double.isNaN(v) ? null : v));
    }
    return out;
  }
}
