package org.scopeplus.server.scope3plus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scopeplus.server.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's Scope 3+ methodology configuration over the API: read it (any role) with who set
 * each value, and replace it whole (admin, audited) with the CSV the CLI takes.
 */
@Tag(name = "Scope 3+")
@RestController
@RequestMapping("/api/v1/ecosystem/configuration")
class ConfigurationController {

  private final EcosystemConfiguration configuration;

  ConfigurationController(EcosystemConfiguration configuration) {
    this.configuration = configuration;
  }

  @Operation(summary = "Read the configured methodology values and the values still needed")
  @GetMapping
  EcosystemConfiguration.View read(@AuthenticationPrincipal Caller caller) {
    return configuration.view(caller);
  }

  @Operation(summary = "Replace the configured methodology values (admin), for events counted next")
  @PutMapping(consumes = {"text/csv", "text/plain"})
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      description = "CSV with the columns key, value, unit, source: one configured value per row",
      required = true)
  EcosystemConfiguration.View replace(
      @AuthenticationPrincipal Caller caller, @RequestBody(required = false) String body) {
    return configuration.replace(caller, body);
  }
}
