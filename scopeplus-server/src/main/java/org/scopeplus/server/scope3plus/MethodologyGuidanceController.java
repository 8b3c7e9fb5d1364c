package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Scope 3+ methodologies the service counts with and their guidance: what each counts (its
 * baseline), where (regions, business-as-usual regions, parameters used outside their region with
 * the reason), from which year (the vintages of its parameters), each parameter with its value,
 * unit, region, vintage, source and status, and what a user must configure and from where. Read
 * from the caller's tenant's catalog: the built-in one with the values the tenant configured
 * ({@code PUT /api/v1/ecosystem/configuration}); any signed-in caller of the tenant may read it.
 * The catalog's own texts are in English; a reader asking for Chinese ({@code Accept-Language:
 * zh-CN}, as the other explanations of the API) reads them in Simplified Chinese, identifiers,
 * units and the citations of values found as written.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem")
class MethodologyGuidanceController {

  private final TenantLedgers ledgers;

  MethodologyGuidanceController(TenantLedgers ledgers) {
    this.ledgers = ledgers;
  }

  @Operation(
      summary = "List the Scope 3+ methodologies with their guidance",
      description =
          "The catalog's methodologies, version changes and withdrawals. Baselines, what to"
              + " configure and from where, notes, transfers and reasons are in English, or in"
              + " Simplified Chinese for Accept-Language: zh-CN; keys, units and the citations"
              + " of values found are as written.")
  @GetMapping("/methodologies")
  MethodologyGuidance.CatalogView methodologies(
      @org.springframework.security.core.annotation.AuthenticationPrincipal
          org.scopeplus.server.security.Caller caller,
      java.util.Locale locale) {
    return ledgers.with(
        caller.tenantId(),
        store ->
            MethodologyGuidance.CatalogView.of(
                store.catalog(), MethodologyGuidance.wording(locale)));
  }
}
