package org.scopeplus.server.exchange;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintKeys;
import org.scopeplus.core.exchange.FootprintRules;
import org.scopeplus.store.Database;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.PactClient;
import org.scopeplus.store.exchange.PactEvent;
import org.scopeplus.store.exchange.PactEventStore;
import org.scopeplus.store.exchange.Partner;
import org.scopeplus.store.exchange.PartnerStore;
import org.scopeplus.store.exchange.StoredFootprint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The asynchronous side of PACT: answers footprint requests (RequestFulfilledEvent with the
 * matching footprints the client may see, or RequestRejectedEvent with NotFound), delivers every
 * outgoing event with retries and exponential back-off (the specification: retry with back-off,
 * give up after 72 hours; each attempt is recorded), fetches footprints a partner says it
 * published, and stores suppliers' footprints after the footprint rules.
 */
@Component
public class Exchanging {

  private static final Logger LOG = LoggerFactory.getLogger(Exchanging.class);
  static final Duration GIVE_UP_AFTER = Duration.ofHours(72);
  private static final Duration MAX_DELAY = Duration.ofHours(6);
  static final String CREATED = "org.wbcsd.pact.ProductFootprint.RequestCreatedEvent.3";
  static final String FULFILLED = "org.wbcsd.pact.ProductFootprint.RequestFulfilledEvent.3";
  static final String REJECTED = "org.wbcsd.pact.ProductFootprint.RequestRejectedEvent.3";
  static final String PUBLISHED = "org.wbcsd.pact.ProductFootprint.PublishedEvent.3";

  private final Database db;
  private final PactHttps https;
  private final String hostName;
  private final Duration retryBase;
  private final FootprintStore footprints = new FootprintStore();
  private final PactEventStore events = new PactEventStore();
  private final PartnerStore partners = new PartnerStore();
  private final PartnerCalls calls = new PartnerCalls();
  private final ScheduledExecutorService worker =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "pact-exchange");
            t.setDaemon(true);
            return t;
          });

  Exchanging(
      Database db,
      PactHttps https,
      @Value("${scopeplus.pact.host-name:localhost}") String hostName,
      @Value("${scopeplus.pact.retry-base:PT30S}") Duration retryBase,
      @Value("${scopeplus.pact.poll:PT1S}") Duration poll) {
    this.db = db;
    this.https = https;
    this.hostName = hostName;
    this.retryBase = retryBase;
    worker.scheduleWithFixedDelay(
        this::deliverDue, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  /** The {@code source} of the events this host system sends. */
  String source() {
    return "//" + hostName + ":" + https.port() + "/3/events";
  }

  /** A new CloudEvent of this type with this data. */
  Map<String, Object> event(String type, Map<String, Object> data) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("type", type);
    e.put("specversion", "1.0");
    e.put("id", UUID.randomUUID().toString());
    e.put("source", source());
    e.put("time", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    e.put("data", data);
    return e;
  }

  /** Answers a request later, on the worker: the caller has already answered 200. */
  void answerLater(PactClient client, PactEvent request, FootprintCriteria criteria) {
    worker.execute(() -> guarded(() -> answer(client, request, criteria)));
  }

  private void answer(PactClient client, PactEvent request, FootprintCriteria criteria) {
    List<Object> pfs = new ArrayList<>();
    db.inTransaction(
        c -> {
          for (StoredFootprint f :
              footprints.list(c, client.tenantId(), StoredFootprint.OWN, criteria)) {
            if (Visibility.sees(client, f)) {
              pfs.add(PactJson.parseOrNull(f.document()));
            }
          }
          Map<String, Object> data = new LinkedHashMap<>();
          data.put("requestEventId", request.requestEventId());
          Map<String, Object> answer;
          if (pfs.isEmpty()) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", "NotFound");
            error.put("message", "no footprint meets the request's criteria");
            data.put("error", error);
            answer = event(REJECTED, data);
          } else {
            data.put("pfs", pfs);
            answer = event(FULFILLED, data);
          }
          events.addOut(
              c,
              client.tenantId(),
              (String) answer.get("type"),
              client.partnerId(),
              request.requestEventId(),
              PactJson.write(answer));
          events.answered(c, request);
          return null;
        });
    deliverDue();
  }

  /**
   * Fetches the footprints a partner published: each is kept as a pending fetch and fetched on the
   * worker, a failed fetch retried with the outbox's back-off ({@link #nextAttempt}) and every
   * attempt recorded.
   */
  void fetchLater(String tenantId, String partnerId, List<String> ids) {
    db.inTransaction(
        c -> {
          for (String id : ids) {
            events.addFetch(c, tenantId, PUBLISHED, partnerId, id);
          }
          return null;
        });
    deliverSoon();
  }

  private void fetch(PactEvent e) {
    String error = null;
    boolean last = false;
    Partner p = db.inTransaction(c -> partners.byId(c, e.tenantId(), e.partnerId())).orElse(null);
    if (p == null) {
      error = "the partner is no longer registered";
      last = true;
    } else {
      try {
        Stored stored =
            store(e.tenantId(), e.partnerId(), List.of(calls.get(p, e.body())), "pact-published");
        if (!stored.refused().isEmpty()) {
          // the footprint breaks the rules: fetching it again gives the same footprint
          error = "refused: " + String.join("; ", stored.refused());
          last = true;
        }
      } catch (PartnerCalls.CallFailed f) {
        error = f.getMessage();
      }
    }
    Instant next = error == null || last ? null : nextAttempt(e);
    if (error != null) {
      LOG.info(
          "published footprint {} not fetched from {} (attempt {}): {}",
          e.body(),
          p,
          e.attempts() + 1,
          error);
    }
    boolean done = error == null;
    String why = error;
    db.inTransaction(
        c -> {
          events.attempted(c, e, done, next, why);
          return null;
        });
  }

  /**
   * When a failed event or fetch is tried again: after {@code retry-base x 2^attempts}, at most 6
   * hours apart; null once that falls more than 72 hours after it was made (it is abandoned).
   */
  Instant nextAttempt(PactEvent e) {
    long factor = 1L << Math.min(e.attempts(), 20);
    Duration delay = retryBase.multipliedBy(factor);
    if (delay.compareTo(MAX_DELAY) > 0) {
      delay = MAX_DELAY;
    }
    Instant next = Instant.now().plus(delay);
    return next.isAfter(e.createdAt().plus(GIVE_UP_AFTER)) ? null : next;
  }

  /** The outcome of storing suppliers' footprints. */
  record Stored(int stored, int alreadyHeld, List<String> refused) {}

  /**
   * Stores suppliers' footprints, all or nothing: when one breaks the rules, none is stored and
   * each refused one is listed with its problems.
   */
  Stored store(String tenantId, String partnerId, List<?> pfs, String actor) {
    int[] counts = new int[2];
    List<String> refused = new ArrayList<>();
    for (int i = 0; i < pfs.size(); i++) {
      Object pf = pfs.get(i);
      List<String> problems = FootprintRules.check(pf);
      if (!problems.isEmpty()) {
        Object id = pf instanceof Map<?, ?> m ? m.get("id") : null;
        refused.add(
            "footprint " + (id == null ? "#" + (i + 1) : id) + ": " + String.join("; ", problems));
      }
    }
    if (!refused.isEmpty()) {
      return new Stored(0, 0, refused);
    }
    db.inTransaction(
        c -> {
          for (Object pf : pfs) {
            FootprintKeys keys = FootprintKeys.of((Map<?, ?>) pf);
            if (footprints.add(
                c,
                tenantId,
                keys,
                StoredFootprint.SUPPLIER,
                partnerId,
                PactJson.write(pf),
                actor)) {
              counts[0]++;
            } else {
              counts[1]++;
            }
          }
          return null;
        });
    return new Stored(counts[0], counts[1], refused);
  }

  /** Pulls a partner's footprints that meet the query and stores them. */
  Stored pull(Partner p, String query, String actor) throws PartnerCalls.CallFailed {
    return store(p.tenantId(), p.id(), calls.list(p, query), actor);
  }

  /** Delivers the due events soon, on the worker (the only thread that delivers). */
  void deliverSoon() {
    worker.execute(this::deliverDue);
  }

  /**
   * Delivers the events that are due and fetches the published footprints that are due, each
   * attempt recorded; runs on the worker only.
   */
  private void deliverDue() {
    guarded(
        () -> {
          for (PactEvent e : db.inTransaction(c -> events.due(c, Instant.now(), 50))) {
            deliver(e);
          }
          for (PactEvent e : db.inTransaction(c -> events.dueFetches(c, Instant.now(), 50))) {
            fetch(e);
          }
        });
  }

  private void deliver(PactEvent e) {
    String error = null;
    Partner p = db.inTransaction(c -> partners.byId(c, e.tenantId(), e.partnerId())).orElse(null);
    if (p == null) {
      error = "the partner is no longer registered";
    } else {
      try {
        calls.post(p, e.body());
      } catch (PartnerCalls.CallFailed f) {
        error = f.getMessage();
      }
    }
    Instant next = null;
    if (error != null) {
      next = nextAttempt(e);
      LOG.info(
          "PACT event {} to {} not delivered (attempt {}): {}",
          e.type(),
          p,
          e.attempts() + 1,
          error);
    }
    boolean delivered = error == null;
    Instant due = next;
    String why = error;
    db.inTransaction(
        c -> {
          events.attempted(c, e, delivered, due, why);
          return null;
        });
  }

  private static void guarded(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      LOG.error("PACT exchange work failed", e);
    }
  }
}
