package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.CreditLedger;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.CreditOutcome;
import org.scopeplus.core.credit.Movement;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.credit.SerialRange;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.credit.KeepingCredits;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carbon credits: lots bought, serials retired against a reporting year or transferred (admin), the
 * lots with what each holds, every movement, and the neutrality claim of a year (every role).
 */
@Tag(
    name = "Carbon credits",
    description = "Carbon-credit lots, retirements, transfers and the neutrality claim")
@RestController
@RequestMapping("/api/v1/credits")
class CreditController {

  /**
   * A lot bought; {@code kind} avoidance-reduction, nature-based-removal, technological-removal.
   */
  record LotBody(
      String registry,
      String project,
      String methodology,
      Integer vintage,
      String serialBlock,
      Long serialFirst,
      Long serialLast,
      String kind,
      Integer durabilityYears,
      List<String> labels) {}

  /**
   * Serials to move: a quantity (the lowest serials held) or a range ({@code serialFirst} and
   * {@code serialLast}); a retirement's {@code reportingYear} and {@code purpose}, a transfer's
   * {@code toAccount}.
   */
  record MovementBody(
      Long quantity,
      Long serialFirst,
      Long serialLast,
      Integer reportingYear,
      String purpose,
      String toAccount) {}

  /** A lot with the tonnes it holds and has had retired. */
  record LotView(CreditLot lot, long quantity, long held, long retired) {}

  private final Database db;
  private final KeepingCredits credits = new KeepingCredits();

  private final org.springframework.context.MessageSource messages;

  CreditController(Database db, org.springframework.context.MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @Operation(summary = "List the credit lots with held and retired tonnes")
  @GetMapping("/lots")
  List<LotView> lots(@AuthenticationPrincipal Caller caller) {
    CreditLedger l = db.inTransaction(c -> credits.ledger(c, caller.tenantId()));
    return l.lots().stream().map(x -> view(l, x)).toList();
  }

  @Operation(summary = "Read one credit lot")
  @GetMapping("/lots/{id}")
  LotView lot(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    RequestText.within("id", id, 36);
    CreditLedger l = db.inTransaction(c -> credits.ledger(c, caller.tenantId()));
    return view(l, l.lot(id).orElseThrow(() -> ApiProblem.notFound("credit lot " + id)));
  }

  @Operation(summary = "Record a lot bought (admin); overlapping serials are refused")
  @PostMapping("/lots")
  @ResponseStatus(HttpStatus.CREATED)
  LotView buy(@AuthenticationPrincipal Caller caller, @RequestBody LotBody b) {
    Access.admin(caller);
    if (b == null || b.vintage() == null || b.serialFirst() == null || b.serialLast() == null) {
      throw ApiProblem.badRequest(
          "give registry, project, vintage, serialBlock, serialFirst and serialLast");
    }
    RequestText.within("registry", b.registry(), 200);
    RequestText.within("project", b.project(), 500);
    RequestText.within("methodology", b.methodology(), 200);
    RequestText.within("serialBlock", b.serialBlock(), 200);
    List<String> labels = b.labels() == null ? List.of() : b.labels();
    for (String label : labels) {
      RequestText.within("labels", label, 100);
    }
    CreditKind kind =
        CreditKind.parse(b.kind())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "kind is avoidance-reduction, nature-based-removal or"
                            + " technological-removal"));
    CreditLot asked =
        new CreditLot(
            "",
            b.registry(),
            b.project(),
            b.methodology() == null ? "" : b.methodology(),
            b.vintage(),
            new SerialRange(b.serialBlock(), b.serialFirst(), b.serialLast()),
            kind,
            b.durabilityYears() == null ? 0 : b.durabilityYears(),
            labels);
    CreditOutcome<CreditLot> o =
        db.inTransaction(
            c -> credits.purchase(c, caller.tenantId(), asked, caller.username()),
            x -> x instanceof CreditOutcome.Done);
    CreditLot lot = done(o);
    return new LotView(lot, lot.quantity(), lot.quantity(), 0);
  }

  @Operation(summary = "Retire serials of a lot against a reporting year (admin)")
  @PostMapping("/lots/{id}/retirements")
  @ResponseStatus(HttpStatus.CREATED)
  Movement retire(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody MovementBody b) {
    Access.admin(caller);
    RequestText.within("id", id, 36);
    if (b == null || b.reportingYear() == null) {
      throw ApiProblem.badRequest("give the reportingYear and purpose of the retirement");
    }
    RequestText.within("purpose", b.purpose(), 1000);
    SerialRange range = range(caller, id, b);
    long quantity = b.quantity() == null ? 0 : b.quantity();
    return done(
        db.inTransaction(
            c ->
                credits.retire(
                    c,
                    caller.tenantId(),
                    id,
                    quantity,
                    range,
                    b.reportingYear(),
                    b.purpose(),
                    caller.username()),
            x -> x instanceof CreditOutcome.Done));
  }

  @Operation(summary = "Transfer serials of a lot to another account (admin)")
  @PostMapping("/lots/{id}/transfers")
  @ResponseStatus(HttpStatus.CREATED)
  Movement transfer(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestBody MovementBody b) {
    Access.admin(caller);
    RequestText.within("id", id, 36);
    if (b == null) {
      throw ApiProblem.badRequest("give the quantity or serials and the toAccount");
    }
    RequestText.within("toAccount", b.toAccount(), 1000);
    SerialRange range = range(caller, id, b);
    long quantity = b.quantity() == null ? 0 : b.quantity();
    return done(
        db.inTransaction(
            c ->
                credits.transfer(
                    c, caller.tenantId(), id, quantity, range, b.toAccount(), caller.username()),
            x -> x instanceof CreditOutcome.Done));
  }

  @Operation(summary = "List every retirement and transfer")
  @GetMapping("/movements")
  List<Movement> movements(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> credits.ledger(c, caller.tenantId())).movements();
  }

  @Operation(
      summary =
          "The neutrality claim of a year: gross emissions, reductions, removals, offsets,"
              + " residual, with the ISO 14068-1 and SBTi net-zero verdicts")
  @GetMapping("/claims")
  NeutralityClaim claim(
      @AuthenticationPrincipal Caller caller,
      @RequestParam int year,
      @RequestParam(defaultValue = "1+2") String scopes,
      @RequestParam(defaultValue = "market") String scope2,
      java.util.Locale locale) {
    RequestText.within("scopes", scopes, 20);
    RequestText.within("scope2", scope2, 20);
    Coverage coverage =
        Coverage.parse(scopes, scope2)
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "scopes is e.g. 1+2 or 1+2+3, scope2 market or location"));
    if (year < 1990 || year > 2100) {
      throw ApiProblem.badRequest("year must lie between 1990 and 2100");
    }
    // the steps and reasons in the reader's language
    return db.inTransaction(c -> credits.claim(c, caller.tenantId(), coverage, year))
        .map(claim -> claim.in(BundleWording.of(messages, locale)))
        .orElseThrow(
            () ->
                ApiProblem.notFound(
                    "base year set, or no calculation run of a period starting in " + year));
  }

  /** The explicit range of a movement body, in the lot's block; null when a quantity is given. */
  private SerialRange range(Caller caller, String lotId, MovementBody b) {
    if (b.serialFirst() == null && b.serialLast() == null) {
      return null;
    }
    if (b.serialFirst() == null || b.serialLast() == null || b.quantity() != null) {
      throw ApiProblem.badRequest("give either a quantity or both serialFirst and serialLast");
    }
    CreditLedger l = db.inTransaction(c -> credits.ledger(c, caller.tenantId()));
    CreditLot lot = l.lot(lotId).orElseThrow(() -> ApiProblem.notFound("credit lot " + lotId));
    return new SerialRange(lot.serials().block(), b.serialFirst(), b.serialLast());
  }

  private static LotView view(CreditLedger l, CreditLot lot) {
    return new LotView(lot, lot.quantity(), l.held(lot.id()), l.retired(lot.id()));
  }

  private static <T> T done(CreditOutcome<T> o) {
    if (o instanceof CreditOutcome.Done<T> d) {
      return d.value();
    }
    if (o instanceof CreditOutcome.NotFound<T> nf) {
      throw ApiProblem.notFound(nf.what());
    }
    throw ApiProblem.refused(
        "Refused By The Credit Ledger", ((CreditOutcome.Refused<T>) o).reason());
  }
}
