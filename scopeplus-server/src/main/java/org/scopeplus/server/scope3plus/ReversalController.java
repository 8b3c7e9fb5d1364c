package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.scopeplus.core.scope3plus.CountedEvent;
import org.scopeplus.core.scope3plus.Reversal;
import org.scopeplus.io.scope3plus.StateStore;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reverses a wrongly counted Scope 3+ event (admin only, audited): the ledger is append-only, so
 * the event stays in the log and a reversal takes away exactly what it added to every total,
 * aggregate cell, account and points balance. An unknown id is a 404 problem, an event reversed
 * already a 409.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem/reversals")
class ReversalController {

  /** Longest reason, in characters. */
  static final int MAX_REASON = 500;

  /**
   * A reversal to make.
   *
   * @param eventId the id of the counted event
   * @param reason why it was wrongly counted, kept in the audit trail and the ledger's manifest
   */
  record ReversalBody(String eventId, String reason) {}

  /** A reversal made: what the event had added, now taken away. */
  record ReversalView(
      String eventId,
      String programme,
      String action,
      String region,
      String date,
      long grams,
      java.math.BigDecimal points,
      String reason) {}

  private final LedgerChanges changes;
  private final ActorPseudonyms pseudonyms;

  ReversalController(LedgerChanges changes, ActorPseudonyms pseudonyms) {
    this.changes = changes;
    this.pseudonyms = pseudonyms;
  }

  @Operation(summary = "Reverse a wrongly counted Scope 3+ event (admin, audited), once")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  ReversalView reverse(@AuthenticationPrincipal Caller caller, @RequestBody ReversalBody body) {
    LedgerChanges.adminOnly(caller, "reverse a counted event");
    String id = body == null || body.eventId() == null ? "" : body.eventId().strip();
    if (id.isEmpty() || id.getBytes(StandardCharsets.UTF_8).length > 255) {
      throw ApiProblem.badRequest("eventId must name a counted event (1 to 255 bytes)");
    }
    if (body.reason() == null || body.reason().isBlank() || body.reason().length() > MAX_REASON) {
      throw ApiProblem.badRequest(
          "reason must say why the event was wrongly counted (1 to " + MAX_REASON + " characters)");
    }
    String reason = body.reason().strip();
    return changes.make(
        caller,
        store -> {
          refuse(id, store.ledger().reversalRefusal(id));
          CountedEvent e = store.countedEvent(id);
          if (e == null) {
            refuse(id, Reversal.Why.UNKNOWN_EVENT);
          }
          ReversalView view = view(store, e, reason);
          return new LedgerChanges.Planned<>(
              new LedgerChanges.Entry(
                  "ecosystem_event.reversed",
                  "ecosystem_event",
                  id,
                  canonical(
                      view, e.actor().isEmpty() ? "" : pseudonyms.of(caller.tenantId(), e.actor())),
                  "",
                  reason),
              () -> {
                Reversal r = store.reverse(id, reason);
                if (r instanceof Reversal.Refused refused) {
                  refuse(id, refused.why());
                }
                return view;
              });
        });
  }

  private static void refuse(String id, Reversal.Why why) {
    if (why == Reversal.Why.UNKNOWN_EVENT) {
      throw ApiProblem.notFound("counted event " + id);
    }
    if (why == Reversal.Why.ALREADY_REVERSED) {
      throw ApiProblem.conflict("event " + id + " was reversed already; an event is reversed once");
    }
  }

  private static ReversalView view(StateStore store, CountedEvent e, String reason) {
    return new ReversalView(
        e.eventId(),
        store.ledger().programmes().get(e.programme()),
        store.catalog().methodologies().get(e.methodology()).action(),
        store.ledger().regions().get(e.region()),
        LocalDate.ofEpochDay(e.epochDay()).toString(),
        e.grams(),
        org.scopeplus.core.scope3plus.Points.decimal(e.points()),
        reason);
  }

  /**
   * What the reversed event had added, as the audit entry's state before: programme, action,
   * region, date, grams, points and the actor's pseudonym ("" when none or erased).
   */
  static String canonical(ReversalView v, String actorPseudonym) {
    return String.join(
        "|",
        v.programme(),
        v.action(),
        v.region(),
        v.date(),
        Long.toString(v.grams()),
        v.points().toPlainString(),
        actorPseudonym);
  }
}
