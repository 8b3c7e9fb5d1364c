package org.scopeplus.server.energy;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.Accuracy;
import org.scopeplus.energy.load.LoadModel;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import org.scopeplus.energy.suggest.Suggestions;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.TenantJobs;
import org.scopeplus.store.Database;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.NightlyResult;
import org.scopeplus.store.energy.NightlyResultStore;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The nightly batch over the stored readings: every meter of every tenant, one meter at a time
 * (read in its own transaction, run through {@link NightlyBatch}, its result kept in another), so
 * the heap holds one meter's year whatever the number of meters, and no meter's data meets another
 * tenant's. Each meter's latest result, or the reason none could be made, replaces its previous
 * one; a meter the batch fails on keeps what went wrong and the batch goes on. Each tenant's run is
 * on its audit trail ({@code energy.nightly.run}). Scheduled by the cron {@code
 * scopeplus.energy.nightly.cron} ({@code -} turns it off); an admin starts it for the tenant in the
 * background ({@link #start}).
 */
@Component
@EnableScheduling
public class RunningNightlyBatch {

  /** The actor of the scheduled runs on the audit trail. */
  static final String SCHEDULE = "nightly-schedule";

  /** The longest kept reason of a meter the batch could not run (the column holds 2000). */
  static final int LONGEST_FAILURE = 1000;

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(RunningNightlyBatch.class);

  private final Database db;
  private final MeterAnalysis analysis;
  private final int threads;
  private final TenantJobs<Counts> runs;
  private final TenantStore tenants = new TenantStore();
  private final MeterStore meters = new MeterStore();
  private final NightlyResultStore results = new NightlyResultStore();

  RunningNightlyBatch(
      Database db,
      MeterAnalysis analysis,
      @Value("${scopeplus.energy.nightly.threads:1}") int threads) {
    this.db = db;
    this.analysis = analysis;
    this.threads = threads;
    this.runs = new TenantJobs<>("energy-nightly", threads, Duration.ZERO);
  }

  /**
   * A tenant's run: meters gone through, meters forecast, meters refused with a reason, and of
   * those refused, the meters the batch failed on (their input could not be read or run; the reason
   * is kept and the meter is tried again in the next run).
   */
  public record Counts(int meters, int forecast, int refused, int failed) {}

  /**
   * Every tenant at the configured hour, as the tenant's job ({@link TenantJobs}, the admin's runs'
   * too), {@code scopeplus.energy.nightly.threads} tenants at a time; returns when all have
   * finished. A tenant whose run an admin started and which is still running is skipped, said in
   * the log and on its audit trail ({@code energy.nightly.skipped}): the two never overlap. One
   * meter's failure stops no other meter, one tenant's no other tenant.
   */
  @Scheduled(cron = "${scopeplus.energy.nightly.cron:0 30 2 * * *}")
  public void everyTenant() {
    java.util.ArrayDeque<TenantJobs.Job<Counts>> inFlight = new java.util.ArrayDeque<>();
    for (Tenant t : db.inTransaction(tenants::all)) {
      Optional<TenantJobs.Job<Counts>> started =
          runs.startUnlessRunning(t.id(), SCHEDULE, () -> run(t.id(), SCHEDULE));
      if (started.isEmpty()) {
        skipped(t.id());
        continue;
      }
      inFlight.add(started.get());
      while (inFlight.size() >= threads) {
        finish(inFlight.poll());
      }
    }
    while (!inFlight.isEmpty()) {
      finish(inFlight.poll());
    }
  }

  /** Waits for a scheduled tenant's run; a run that could not finish is logged, the rest go on. */
  private static void finish(TenantJobs.Job<Counts> job) {
    try {
      job.result().join();
    } catch (java.util.concurrent.CompletionException
        | java.util.concurrent.CancellationException e) {
      LOG.error(
          "the scheduled nightly batch of tenant {} could not finish: {}",
          job.tenantId(),
          job.failure().orElse(String.valueOf(e.getMessage())));
    }
  }

  /** Says in the log and on the tenant's audit trail that its scheduled run was skipped. */
  private void skipped(String tenantId) {
    Optional<TenantJobs.Job<Counts>> other = runs.running(tenantId);
    String by = other.map(TenantJobs.Job::startedBy).orElse("another run");
    String id = other.map(TenantJobs.Job::id).orElse("-");
    LOG.info(
        "scheduled nightly batch skipped for tenant {}: run {} started by {} is still running",
        tenantId,
        id,
        by);
    db.inTransaction(
        c -> {
          results.recordSkipped(c, tenantId, SCHEDULE, id, by);
          return null;
        });
  }

  /**
   * Starts the tenant's run in the background, or returns the one already running (one run per
   * tenant at a time, {@code scopeplus.energy.nightly.threads} runs at a time in the service).
   */
  public TenantJobs.Job<Counts> start(String tenantId, String actor) {
    return runs.start(tenantId, actor, () -> run(tenantId, actor));
  }

  /** The tenant's running or last finished run with this id. */
  public Optional<TenantJobs.Job<Counts>> job(String tenantId, String id) {
    return runs.job(tenantId, id);
  }

  @PreDestroy
  void stop() {
    runs.close();
  }

  /** Runs the batch over the tenant's meters and keeps each meter's result; audited. */
  public Counts run(String tenantId, String actor) {
    List<String> ids = db.inTransaction(c -> meters.idsOfTenant(c, tenantId));
    int meterCount = 0;
    int forecast = 0;
    int refused = 0;
    int failed = 0;
    for (String id : ids) {
      Outcome o = one(tenantId, id);
      if (o == null) {
        continue; // removed since the list was read
      }
      boolean present;
      try {
        present = keep(tenantId, o.kept());
      } catch (RuntimeException e) {
        // the result could not be stored as it is: the meter keeps what went wrong instead
        o = new Outcome(refusal(id, o.kept().runAt(), failure(e)), true);
        present = keep(tenantId, o.kept());
      }
      if (!present) {
        continue;
      }
      meterCount++;
      if (o.kept().refused() == null) {
        forecast++;
      } else {
        refused++;
      }
      if (o.failed()) {
        failed++;
      }
    }
    Counts counts = new Counts(meterCount, forecast, refused, failed);
    db.inTransaction(
        c -> {
          results.recordRun(
              c,
              tenantId,
              actor,
              counts.meters(),
              counts.forecast(),
              counts.refused(),
              counts.failed());
          return null;
        });
    return counts;
  }

  /** Keeps the meter's result in place of its previous one; false when the meter is gone. */
  private boolean keep(String tenantId, NightlyResult kept) {
    return db.inTransaction(
        c -> {
          if (meters.byId(c, tenantId, kept.meterId()).isEmpty()) {
            return false;
          }
          results.replace(c, tenantId, kept);
          return true;
        });
  }

  /** A meter's kept result and whether the batch failed on it. */
  private record Outcome(NightlyResult kept, boolean failed) {}

  /**
   * One meter's result or its refusal, or null when the meter no longer exists. Whatever goes wrong
   * with this one meter (its stored data cannot be read, the models throw) is kept as its reason,
   * so the batch goes on with the next meter and the next tenant.
   */
  private Outcome one(String tenantId, String meterId) {
    Instant runAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    try {
      MeterAnalysis.NightlyInput in;
      try {
        in = db.inTransaction(c -> analysis.nightlyInput(c, tenantId, meterId));
      } catch (ApiProblem e) {
        if (e.status() == HttpStatus.NOT_FOUND) {
          return null;
        }
        return new Outcome(refusal(meterId, runAt, e.getMessage()), false);
      }
      if (!in.sufficiency().sufficient()) {
        return new Outcome(insufficient(in, runAt), false);
      }
      NightlyBatch.Result r =
          NightlyBatch.run(in.meter(), Suggestions.Options.defaults(), () -> 0L);
      return new Outcome(kept(r, in, runAt), false);
    } catch (RuntimeException e) {
      return new Outcome(refusal(meterId, runAt, failure(e)), true);
    }
  }

  /** The kept reason of a meter the batch failed on: what went wrong, and that it runs again. */
  static String failure(RuntimeException e) {
    String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (what.length() > LONGEST_FAILURE) {
      what = what.substring(0, LONGEST_FAILURE) + "...";
    }
    return "the batch failed on this meter (" + what + "); it is tried again in the next run";
  }

  static NightlyResult refusal(String meterId, Instant runAt, String reason) {
    return new NightlyResult(
        meterId, runAt, null, null, null, null, null, null, null, null, null, List.of(), List.of(),
        List.of(), reason, null, List.of());
  }

  /**
   * A meter whose latest year does not meet CalTRACK's data sufficiency: the refusal in both
   * languages and the warnings, no forecast and no suggestion.
   */
  static NightlyResult insufficient(MeterAnalysis.NightlyInput in, Instant runAt) {
    MeterAnalysis.Sufficiency s = in.sufficiency();
    return refused(in, runAt, s.refusalEn(), s.refusalZhCn());
  }

  /**
   * A meter refused after its input was read: the window, currency and grid factor with the reason
   * (in Chinese too where it is given), the warnings, no forecast and no suggestion.
   */
  private static NightlyResult refused(
      MeterAnalysis.NightlyInput in, Instant runAt, String reason, String reasonZhCn) {
    return new NightlyResult(
        in.meter().id(),
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
        reason,
        reasonZhCn,
        warnings(in.sufficiency()));
  }

  private static List<NightlyResult.KeptWarning> warnings(MeterAnalysis.Sufficiency s) {
    return s.warnings().stream()
        .map(w -> new NightlyResult.KeptWarning(w.code(), w.textEn(), w.textZhCn()))
        .toList();
  }

  /** The batch's result as kept, with the window, currency and grid factor it was made with. */
  static NightlyResult kept(NightlyBatch.Result r, MeterAnalysis.NightlyInput in, Instant runAt) {
    if (r.refused() != null) {
      return refused(in, runAt, r.refused(), null);
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
        null,
        null,
        warnings(in.sufficiency()));
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
