package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.UtcCalendar;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.PageBody;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carbon credits sold out of platform activity, deducted from the tenant's Scope 3+ claim: whole
 * tonnes, from a programme and month, once per registry serial range or trade reference (the same
 * reference again is a 409 problem). Any role reads them; only an admin deducts, and each deduction
 * is audited with its reason.
 */
@Tag(
    name = "Scope 3+",
    description =
        "Scope 3+ avoided emissions: events, totals, accounts, points, deductions, reversals")
@RestController
@RequestMapping("/api/v1/ecosystem/deductions")
class DeductionController {

  /** Most tonnes one deduction may hold (1 Gt). */
  static final long MAX_TONNES = 1_000_000_000L;

  /** Longest reference and reason, in characters. */
  static final int MAX_TEXT = 500;

  /** Grams in a tonne. */
  private static final long GRAMS_PER_TONNE = 1_000_000L;

  /**
   * A deduction to make.
   *
   * @param programme the programme whose activity generated the credits sold
   * @param month the month it applies to, {@code yyyy-MM}
   * @param tonnes whole tonnes CO2e sold
   * @param reference the registry serial range or trade reference
   * @param reason why the credits leave the claim, kept in the audit trail
   */
  record DeductionBody(
      String programme, String month, Long tonnes, String reference, String reason) {}

  /** A deduction made. */
  record DeductionView(String programme, String month, long tonnes, long grams, String reference) {
    static DeductionView of(CreditDeduction d) {
      return new DeductionView(
          d.programme(),
          UtcCalendar.monthText(d.monthIndex()),
          d.grams() / GRAMS_PER_TONNE,
          d.grams(),
          d.reference());
    }
  }

  private final TenantLedgers ledgers;
  private final LedgerChanges changes;

  DeductionController(TenantLedgers ledgers, LedgerChanges changes) {
    this.ledgers = ledgers;
    this.changes = changes;
  }

  @Operation(summary = "List the credits sold out of platform activity and deducted, in order")
  @GetMapping
  PageBody<DeductionView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? 50 : size;
    if (p < 0 || s < 1 || s > PageRequest.MAX_SIZE) {
      throw ApiProblem.badRequest(
          "page must be 0 or more and size between 1 and " + PageRequest.MAX_SIZE);
    }
    List<CreditDeduction> all =
        ledgers.with(caller.tenantId(), store -> store.ledger().deductions());
    long from = Math.min((long) p * s, all.size());
    List<DeductionView> items =
        all.subList((int) from, (int) Math.min(from + s, all.size())).stream()
            .map(DeductionView::of)
            .toList();
    return new PageBody<>(items, p, s, all.size());
  }

  @Operation(
      summary = "Deduct credits sold out of a programme's activity (admin), once per reference")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  DeductionView deduct(@AuthenticationPrincipal Caller caller, @RequestBody DeductionBody body) {
    LedgerChanges.adminOnly(caller, "deduct credits");
    CreditDeduction d = valid(body);
    String reason = body.reason().strip();
    return changes.make(
        caller,
        store -> {
          if (store.ledger().deducted(d.reference())) {
            throw alreadyDeducted(d);
          }
          String beyond = store.ledger().deductionBeyondCounted(d);
          if (beyond != null) {
            throw ApiProblem.refused("Deduction Refused", beyond + "; nothing was deducted");
          }
          if (!store.ledger().deductionFits(d.grams())) {
            throw ApiProblem.conflict(
                "deducting "
                    + d.grams()
                    + " g would take the ledger's sums beyond exact whole numbers;"
                    + " nothing was deducted");
          }
          return new LedgerChanges.Planned<>(
              new LedgerChanges.Entry(
                  "ecosystem_deduction.added",
                  "ecosystem_deduction",
                  d.reference(),
                  "",
                  canonical(d),
                  reason),
              () -> {
                if (!store.deduct(d)) {
                  throw alreadyDeducted(d);
                }
                return DeductionView.of(d);
              });
        });
  }

  private static ApiProblem alreadyDeducted(CreditDeduction d) {
    return ApiProblem.conflict(
        "reference " + d.reference() + " was already deducted; a credit leaves once");
  }

  /** A deduction as text: programme, month, grams and reference. */
  static String canonical(CreditDeduction d) {
    return d.programme()
        + "|"
        + UtcCalendar.monthText(d.monthIndex())
        + "|"
        + d.grams()
        + "|"
        + d.reference();
  }

  private static CreditDeduction valid(DeductionBody b) {
    if (b == null) {
      throw ApiProblem.badRequest("give programme, month, tonnes, reference and reason");
    }
    String programme = b.programme() == null ? "" : b.programme().strip();
    if (programme.isEmpty()
        || programme.getBytes(StandardCharsets.UTF_8).length
            > PointsRatesController.MAX_PROGRAMME_BYTES) {
      throw ApiProblem.badRequest(
          "programme must name the programme whose activity generated the credits (1 to "
              + PointsRatesController.MAX_PROGRAMME_BYTES
              + " bytes)");
    }
    int month = EcosystemController.monthIndex(b.month());
    if (b.tonnes() == null || b.tonnes() < 1 || b.tonnes() > MAX_TONNES) {
      throw ApiProblem.badRequest(
          "tonnes must be a whole number of tonnes CO2e sold, from 1 to " + MAX_TONNES);
    }
    String reference = b.reference() == null ? "" : b.reference().strip();
    if (reference.isEmpty() || reference.length() > MAX_TEXT) {
      throw ApiProblem.badRequest(
          "reference must name the registry serial range or trade reference (1 to "
              + MAX_TEXT
              + " characters)");
    }
    if (b.reason() == null || b.reason().isBlank() || b.reason().length() > MAX_TEXT) {
      throw ApiProblem.badRequest(
          "reason must say why the credits leave the claim (1 to " + MAX_TEXT + " characters)");
    }
    return new CreditDeduction(programme, month, b.tonnes() * GRAMS_PER_TONNE, reference);
  }
}
