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
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem")
class MethodologyGuidanceController {

  private final TenantLedgers ledgers;

  MethodologyGuidanceController(TenantLedgers ledgers) {
    this.ledgers = ledgers;
  }

  @Operation(summary = "List the Scope 3+ methodologies with their guidance")
  @GetMapping("/methodologies")
  MethodologyGuidance.CatalogView methodologies(
      @org.springframework.security.core.annotation.AuthenticationPrincipal
          org.scopeplus.server.security.Caller caller) {
    return ledgers.with(
        caller.tenantId(), store -> MethodologyGuidance.CatalogView.of(store.catalog()));
  }
}
