package org.scopeplus.server.energy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SME's Scope 1 and 2 inventory made from its stored meter readings ({@link
 * MakingEnergyInventory}), and its one-page low-carbon certificate as PDF.
 */
@Tag(name = "Energy", description = "Sites, meters, PV systems, tariffs and interval readings")
@RestController
@RequestMapping("/api/v1/energy")
class EnergyInventoryController {

  private final MakingEnergyInventory making;

  EnergyInventoryController(MakingEnergyInventory making) {
    this.making = making;
  }

  @Operation(
      summary = "Make the year's Scope 1 and 2 inventory from the tenant's meter readings",
      description =
          "Admin, or a data owner holding every site's org unit. 201 with the run, its hash, the"
              + " totals in grams CO2e (Scope 2 location- and market-based) and the activity"
              + " records made; 422 when no meter has readings in the year or a record cannot be"
              + " calculated (nothing stored); 409 when the year's energy period is locked.")
  @PostMapping("/inventory")
  @ResponseStatus(HttpStatus.CREATED)
  MakingEnergyInventory.InventoryMade make(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String year,
      @RequestParam String region) {
    return making.make(
        caller, MakingEnergyInventory.year(year), MakingEnergyInventory.region(region));
  }

  @Operation(
      summary = "The one-page low-carbon certificate of an energy inventory run, as PDF",
      description =
          "Any role of the tenant. The run's Scope 1 and Scope 2 (location- and market-based)"
              + " in t CO2e, the energy, the renewable share, the factors' sources, the run id and"
              + " hash with how to verify it; lang en or zh-CN. With meter, baseline and"
              + " reporting: the meter's measured savings (IPMVP Option C, hourly model, Guideline"
              + " 14 uncertainty at 90 %) with their CO2e at the inventory's location-based grid"
              + " factor and their cost at a CNY tariff. 404 for another tenant's run or meter, 400"
              + " for a run that is not an energy inventory or periods that cannot be read, 422"
              + " when the data cannot support the savings.")
  @GetMapping(value = "/certificate", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> certificate(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String run,
      @RequestParam(defaultValue = "en") String lang,
      @RequestParam(required = false) String meter,
      @RequestParam(required = false) String baseline,
      @RequestParam(required = false) String reporting) {
    ReportLanguage language =
        ReportLanguage.parse(lang).orElseThrow(() -> ApiProblem.badRequest("lang is en or zh-CN"));
    MakingEnergyInventory.Pdf pdf =
        making.certificate(
            caller,
            run,
            language,
            MakingEnergyInventory.SavingsAsked.of(meter, baseline, reporting));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(pdf.fileName()).build().toString())
        .body(pdf.bytes());
  }
}
