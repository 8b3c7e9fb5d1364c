package org.scopeplus.server.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.TreeSet;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.instrument.Kwh;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.InstrumentRequests;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instrument registry for Scope 2: the certificates and contracts with the MWh each has left,
 * and the allocations to facilities' months. An admin registers an instrument and allocates one
 * with the page's forms (CSRF token, role checked here as {@code POST /api/v1/instruments} checks
 * it), through the API's own checks ({@link InstrumentRequests}) and the registry's rules; a
 * refusal shows the API's sentence and stores nothing, an accepted change is audited.
 */
@ConsoleController
class InstrumentsPage {

  /** An instrument as the list shows it, with the kWh it has left. */
  record Listed(Instrument instrument, long remainingKwh) {}

  private final Database db;
  private final KeepingInstruments keeping = new KeepingInstruments();

  InstrumentsPage(Database db) {
    this.db = db;
  }

  @GetMapping("/instruments")
  String instruments(@AuthenticationPrincipal Caller caller, Model model) {
    InstrumentRegistry r = db.inTransaction(c -> keeping.registry(c, caller.tenantId()));
    model.addAttribute(
        "instruments",
        r.instruments().stream().map(i -> new Listed(i, r.remaining(i.id()))).toList());
    model.addAttribute("allocations", r.allocations());
    TreeSet<String> facilities = new TreeSet<>();
    for (Consumption c : r.consumption()) {
      facilities.add(c.facility());
    }
    model.addAttribute("facilities", List.copyOf(facilities));
    model.addAttribute("kinds", List.of(InstrumentKind.values()));
    model.addAttribute("admin", caller.administers());
    return "console/instruments";
  }

  @PostMapping("/instruments")
  String register(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String kind,
      @RequestParam(defaultValue = "") String serialBlock,
      @RequestParam(defaultValue = "") String serialFirst,
      @RequestParam(defaultValue = "") String serialLast,
      @RequestParam(defaultValue = "") String mwh,
      @RequestParam(defaultValue = "") String technology,
      @RequestParam(defaultValue = "") String generatedFrom,
      @RequestParam(defaultValue = "") String generatedTo,
      @RequestParam(defaultValue = "") String marketBoundary,
      @RequestParam(defaultValue = "") String registry,
      @RequestParam(defaultValue = "") String emissionRate,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    try {
      Instrument i =
          InstrumentRequests.instrument(
              new InstrumentRequests.InstrumentBody(
                  kind,
                  serialBlock,
                  whole("serialFirst", serialFirst),
                  whole("serialLast", serialLast),
                  number("mwh", mwh),
                  technology,
                  generatedFrom,
                  generatedTo,
                  marketBoundary,
                  registry,
                  emissionRate.isBlank()
                      ? null
                      : number("emissionRate", emissionRate).doubleValue()));
      Instrument kept =
          InstrumentRequests.done(
              db.inTransaction(
                  c -> keeping.register(c, caller.tenantId(), i, caller.username()),
                  o -> o instanceof InstrumentOutcome.Done));
      flash.addFlashAttribute("done", "mgmt.instr.registered");
      flash.addFlashAttribute("doneArg", kept.id());
    } catch (ApiProblem p) {
      flash.addFlashAttribute("refusal", "mgmt.instr.notRegistered");
      flash.addFlashAttribute("refusalDetail", p.getMessage());
    }
    return "redirect:/instruments";
  }

  @PostMapping("/instruments/allocations")
  String allocate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String instrumentId,
      @RequestParam(defaultValue = "") String facility,
      @RequestParam(defaultValue = "") String month,
      @RequestParam(defaultValue = "") String mwh,
      RedirectAttributes flash) {
    ConsoleAccess.admin(caller);
    try {
      Allocation a =
          InstrumentRequests.allocation(
              new InstrumentRequests.AllocationBody(
                  instrumentId, facility, month, number("mwh", mwh)));
      Allocation kept =
          InstrumentRequests.done(
              db.inTransaction(
                  c -> keeping.allocate(c, caller.tenantId(), a, caller.username()),
                  o -> o instanceof InstrumentOutcome.Done));
      flash.addFlashAttribute("done", "mgmt.instr.allocated");
      flash.addFlashAttribute(
          "doneArg", Kwh.mwh(kept.kwh()) + " MWh " + kept.facility() + " " + kept.month());
    } catch (ApiProblem p) {
      flash.addFlashAttribute("refusal", "mgmt.instr.notAllocated");
      flash.addFlashAttribute("refusalDetail", p.getMessage());
    }
    return "redirect:/instruments";
  }

  /** A number typed in a field, or null when the field is empty (the API's checks name it). */
  private static BigDecimal number(String field, String text) {
    if (text.isBlank()) {
      return null;
    }
    if (text.length() > 40) {
      throw ApiProblem.badRequest(field + " is a number of at most 40 characters");
    }
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest(field + " is a number, not " + text.strip());
    }
  }

  private static Long whole(String field, String text) {
    BigDecimal n = number(field, text);
    if (n == null) {
      return null;
    }
    try {
      return n.longValueExact();
    } catch (ArithmeticException e) {
      throw ApiProblem.badRequest(field + " is a whole serial number, not " + text.strip());
    }
  }
}
