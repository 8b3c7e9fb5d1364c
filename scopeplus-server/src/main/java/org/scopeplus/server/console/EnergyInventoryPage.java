package org.scopeplus.server.console;

import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.energy.MakingEnergyInventory;
import org.scopeplus.server.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The energy page's inventory form: makes the year's Scope 1 and 2 inventory from the tenant's
 * meters (as {@code POST /api/v1/energy/inventory} does) and offers its certificate for download,
 * in English or Chinese.
 */
@ConsoleController
class EnergyInventoryPage {

  private final MakingEnergyInventory making;

  EnergyInventoryPage(MakingEnergyInventory making) {
    this.making = making;
  }

  @PostMapping("/energy/inventory")
  String make(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String region,
      RedirectAttributes flash) {
    if (!caller.writes()) {
      throw PageRefused.forbidden("refused.writer");
    }
    try {
      MakingEnergyInventory.InventoryMade m =
          making.make(
              caller, MakingEnergyInventory.year(year), MakingEnergyInventory.region(region));
      flash.addFlashAttribute("inventory", m);
    } catch (ApiProblem p) {
      flash.addFlashAttribute("inventoryRefused", p.getMessage());
      flash.addFlashAttribute("inventoryRefusedSaid", p.sentence());
    }
    return "redirect:/energy";
  }

  @GetMapping("/energy/certificate")
  ResponseEntity<byte[]> certificate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(defaultValue = "") String run,
      @RequestParam(defaultValue = "en") String lang) {
    ReportLanguage language =
        ReportLanguage.parse(lang)
            .orElseThrow(() -> new PageRefused(HttpStatus.BAD_REQUEST, "refused.badRequest"));
    MakingEnergyInventory.Pdf pdf;
    try {
      pdf = making.certificate(caller, run, language);
    } catch (ApiProblem p) {
      throw new PageRefused(
          p.status() == HttpStatus.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST,
          p.status() == HttpStatus.NOT_FOUND ? "refused.notFound" : "refused.badRequest");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
        .body(pdf.bytes());
  }
}
