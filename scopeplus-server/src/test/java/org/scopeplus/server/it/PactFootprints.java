package org.scopeplus.server.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.scopeplus.core.exchange.FootprintKeys;
import org.scopeplus.store.Database;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.StoredFootprint;
import tools.jackson.databind.json.JsonMapper;

/** Footprints written for the tests, filled the way the PACT v3 data model describes them. */
final class PactFootprints {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private PactFootprints() {}

  /** A minimal valid footprint (the required properties) of one product in one geography. */
  static Map<String, Object> footprint(
      String productId, String geographyKey, String geography, String refEnd, String status) {
    Map<String, Object> pf = new LinkedHashMap<>();
    pf.put("id", UUID.randomUUID().toString());
    pf.put("specVersion", "3.0.3");
    pf.put("created", "2025-01-15T00:00:00Z");
    pf.put("status", status);
    pf.put("companyName", "Test Supplier Ltd");
    pf.put("companyIds", List.of("urn:pact:testsupplier.example:company:1"));
    pf.put("productDescription", "A test product");
    pf.put("productIds", List.of(productId));
    pf.put("productClassifications", List.of("urn:pact:productclassification:un-cpc:4531"));
    pf.put("productNameCompany", "Test product " + productId);
    Map<String, Object> pcf = new LinkedHashMap<>();
    pcf.put("declaredUnitOfMeasurement", "kilogram");
    pcf.put("declaredUnitAmount", "1");
    pcf.put("productMassPerDeclaredUnit", "1");
    pcf.put(
        "referencePeriodStart",
        (Integer.parseInt(refEnd.substring(0, 4)) - 1) + refEnd.substring(4));
    pcf.put("referencePeriodEnd", refEnd);
    if (geographyKey != null) {
      pcf.put(geographyKey, geography);
    }
    pcf.put("pcfExcludingBiogenicUptake", "2.5");
    pcf.put("pcfIncludingBiogenicUptake", "2.4");
    pcf.put("fossilGhgEmissions", "2.3");
    pcf.put("fossilCarbonContent", "0");
    pcf.put("ipccCharacterizationFactors", List.of("AR6"));
    pcf.put("crossSectoralStandards", List.of("ISO14067", "PACT-3.0"));
    pcf.put("exemptedEmissionsPercent", "0.5");
    pcf.put("primaryDataShare", "40");
    pcf.put(
        "dqi", Map.of("technologicalDQR", "2.0", "geographicalDQR", "1.5", "temporalDQR", "3.0"));
    pf.put("pcf", pcf);
    return pf;
  }

  /** Stores a footprint as the tenant's own, as publishing would. */
  static String publish(Database db, String tenantId, Map<String, Object> pf) {
    db.inTransaction(
        c ->
            new FootprintStore()
                .add(
                    c,
                    tenantId,
                    FootprintKeys.of(pf),
                    StoredFootprint.OWN,
                    null,
                    JSON.writeValueAsString(pf),
                    "test"));
    return (String) pf.get("id");
  }
}
