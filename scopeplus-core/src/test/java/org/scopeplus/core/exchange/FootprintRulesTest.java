package org.scopeplus.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The footprint rules, property by property, as the PACT Technical Specifications v3.0.3 state them
 * (openapi.yaml components/schemas ProductFootprint, CarbonFootprint, DataQualityIndicators,
 * Verification and the decimal types; index.md "Undefined Properties" and "Validity Period").
 */
class FootprintRulesTest {

  static Map<String, Object> valid() {
    Map<String, Object> pf = new LinkedHashMap<>();
    pf.put("id", "079e425a-464f-528d-341d-4a944a1dfd70");
    pf.put("specVersion", "3.0.3");
    pf.put("created", "2025-01-15T00:00:00Z");
    pf.put("status", "Active");
    pf.put("companyName", "Supplier Ltd");
    pf.put("companyIds", new ArrayList<>(List.of("urn:pact:supplier.example:company:1")));
    pf.put("productDescription", "");
    pf.put("productIds", new ArrayList<>(List.of("urn:gtin:4712345060507")));
    pf.put("productNameCompany", "Bioethanol");
    Map<String, Object> pcf = new LinkedHashMap<>();
    pcf.put("declaredUnitOfMeasurement", "liter");
    pcf.put("declaredUnitAmount", "1");
    pcf.put("productMassPerDeclaredUnit", "0.79");
    pcf.put("referencePeriodStart", "2024-01-01T00:00:00Z");
    pcf.put("referencePeriodEnd", "2025-01-01T00:00:00Z");
    pcf.put("geographyCountry", "DE");
    pcf.put("pcfExcludingBiogenicUptake", "1.63");
    pcf.put("pcfIncludingBiogenicUptake", "-0.28");
    pcf.put("fossilGhgEmissions", "0.9");
    pcf.put("fossilCarbonContent", "0");
    pcf.put("biogenicCO2Uptake", "-1.91");
    pcf.put("ipccCharacterizationFactors", new ArrayList<>(List.of("AR6")));
    pcf.put("crossSectoralStandards", new ArrayList<>(List.of("ISO14067")));
    pcf.put("exemptedEmissionsPercent", "0");
    pcf.put(
        "dqi",
        new LinkedHashMap<>(
            Map.of("technologicalDQR", "1", "geographicalDQR", "5.0", "temporalDQR", "2.5")));
    pcf.put(
        "verification",
        new LinkedHashMap<>(
            Map.of("coverage", "product level", "completedAt", "2025-04-08T14:47:32Z")));
    pf.put("pcf", pcf);
    return pf;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> pcf(Map<String, Object> pf) {
    return (Map<String, Object>) pf.get("pcf");
  }

  private static List<String> with(String key, Object value) {
    Map<String, Object> pf = valid();
    pf.put(key, value);
    return FootprintRules.check(pf);
  }

  private static List<String> withPcf(String key, Object value) {
    Map<String, Object> pf = valid();
    pcf(pf).put(key, value);
    return FootprintRules.check(pf);
  }

  @Test
  void aCompleteFootprintPasses() {
    assertThat(FootprintRules.check(valid())).isEmpty();
  }

  @Test
  void everyRequiredPropertyIsRequiredAndNullIsUndefined() {
    for (String key :
        List.of(
            "id",
            "specVersion",
            "created",
            "status",
            "companyName",
            "companyIds",
            "productDescription",
            "productIds",
            "productNameCompany",
            "pcf")) {
      Map<String, Object> pf = valid();
      pf.remove(key);
      assertThat(FootprintRules.check(pf))
          .as(key)
          .anyMatch(p -> p.startsWith(key + ": is required"));
      assertThat(with(key, null))
          .as(key + " null")
          .anyMatch(p -> p.startsWith(key + ": is required"));
    }
    for (String key :
        List.of(
            "declaredUnitOfMeasurement",
            "declaredUnitAmount",
            "productMassPerDeclaredUnit",
            "referencePeriodStart",
            "referencePeriodEnd",
            "pcfExcludingBiogenicUptake",
            "pcfIncludingBiogenicUptake",
            "fossilGhgEmissions",
            "fossilCarbonContent",
            "ipccCharacterizationFactors",
            "crossSectoralStandards",
            "exemptedEmissionsPercent")) {
      Map<String, Object> pf = valid();
      pcf(pf).remove(key);
      assertThat(FootprintRules.check(pf)).as(key).contains("pcf." + key + ": is required");
    }
  }

  @Test
  void idsAreUuidsAndIdentifiersAreUrns() {
    assertThat(with("id", "not-a-uuid")).anyMatch(p -> p.startsWith("id: must be a UUID"));
    assertThat(with("productIds", List.of("gtin:4712345060507")))
        .anyMatch(p -> p.contains("is not a URN"));
    assertThat(with("companyIds", List.of())).anyMatch(p -> p.contains("at least one value"));
    assertThat(with("productIds", List.of("urn:a", "urn:a")))
        .anyMatch(p -> p.contains("listed twice"));
    assertThat(with("productClassifications", List.of("un-cpc:1234")))
        .anyMatch(p -> p.contains("is not a URN"));
    assertThat(with("precedingPfIds", List.of("079e425a-464f-528d-341d-4a944a1dfd70")))
        .contains("precedingPfIds: must not name the footprint itself");
    assertThat(with("precedingPfIds", List.of("f4b1225a-bd44-4c8e-861d-079e4e1dfd69"))).isEmpty();
    assertThat(with("specVersion", "3.0")).contains("specVersion: must be a version like 3.0.0");
    assertThat(with("specVersion", "3.0.0-20250430")).isEmpty();
    assertThat(with("companyName", "")).contains("companyName: must not be empty");
  }

  @Test
  void decimalsAreStringsWithTheirSigns() {
    assertThat(withPcf("pcfExcludingBiogenicUptake", 1.63))
        .anyMatch(p -> p.contains("written as a string"));
    assertThat(withPcf("pcfExcludingBiogenicUptake", "1.2345e+6"))
        .anyMatch(p -> p.contains("no exponent"));
    assertThat(withPcf("pcfExcludingBiogenicUptake", "-0.5")).isEmpty();
    assertThat(withPcf("declaredUnitAmount", "0"))
        .contains("pcf.declaredUnitAmount: must be greater than zero");
    assertThat(withPcf("declaredUnitAmount", "0.001")).isEmpty();
    assertThat(withPcf("fossilGhgEmissions", "-1"))
        .anyMatch(p -> p.startsWith("pcf.fossilGhgEmissions: must be zero or more"));
    assertThat(withPcf("biogenicCO2Uptake", "1.91"))
        .contains("pcf.biogenicCO2Uptake: must be zero or less");
    assertThat(withPcf("biogenicCO2Uptake", "0")).isEmpty();
    assertThat(withPcf("landAreaOccupation", ".5"))
        .anyMatch(p -> p.startsWith("pcf.landAreaOccupation"));
  }

  @Test
  void enumerationsAndDateTimes() {
    assertThat(with("status", "Current"))
        .anyMatch(p -> p.startsWith("status: must be one of Active, Deprecated"));
    assertThat(withPcf("declaredUnitOfMeasurement", "kg"))
        .anyMatch(p -> p.startsWith("pcf.declaredUnitOfMeasurement"));
    assertThat(withPcf("ccuCalculationApproach", "Credit")).isEmpty();
    assertThat(withPcf("ccuCalculationApproach", "Offset")).isNotEmpty();
    assertThat(withPcf("ipccCharacterizationFactors", List.of("AR6", "SAR")))
        .anyMatch(p -> p.contains("SAR is not like AR6"));
    assertThat(with("created", "2025-01-15"))
        .anyMatch(p -> p.startsWith("created: must be an ISO 8601 date-time"));
    assertThat(withPcf("referencePeriodEnd", "2023-06-01T00:00:00Z"))
        .contains("pcf.referencePeriodEnd: must be after pcf.referencePeriodStart");
    assertThat(withPcf("packagingEmissionsIncluded", "yes"))
        .contains("pcf.packagingEmissionsIncluded: must be true or false");
  }

  @Test
  void atMostOneGeographyWithItsCodeForm() {
    assertThat(withPcf("geographyRegionOrSubregion", "Europe"))
        .anyMatch(p -> p.contains("at most one of"));
    assertThat(withPcf("geographyCountry", "Germany")).anyMatch(p -> p.contains("alpha-2"));
    Map<String, Object> pf = valid();
    pcf(pf).remove("geographyCountry");
    assertThat(FootprintRules.check(pf)).as("global").isEmpty();
    pcf(pf).put("geographyCountrySubdivision", "DE-BW");
    assertThat(FootprintRules.check(pf)).isEmpty();
    pcf(pf).put("geographyCountrySubdivision", "DE_BW");
    assertThat(FootprintRules.check(pf)).anyMatch(p -> p.contains("ISO 3166-2"));
    pcf(pf).remove("geographyCountrySubdivision");
    pcf(pf).put("geographyRegionOrSubregion", "Mars");
    assertThat(FootprintRules.check(pf))
        .anyMatch(p -> p.startsWith("pcf.geographyRegionOrSubregion: must be one of"));
  }

  @Test
  void dataQualityRatingsAreFromOneToFive() {
    Map<String, Object> pf = valid();
    @SuppressWarnings("unchecked")
    Map<String, Object> dqi = (Map<String, Object>) pcf(pf).get("dqi");
    dqi.put("temporalDQR", "5.1");
    assertThat(FootprintRules.check(pf)).contains("pcf.dqi.temporalDQR: must be between 1 and 5");
    dqi.put("temporalDQR", "0.9");
    assertThat(FootprintRules.check(pf)).contains("pcf.dqi.temporalDQR: must be between 1 and 5");
    dqi.remove("temporalDQR");
    assertThat(FootprintRules.check(pf)).contains("pcf.dqi.temporalDQR: is required");
    assertThat(withPcf("verification", Map.of("coverage", "everything")))
        .anyMatch(p -> p.startsWith("pcf.verification.coverage"));
  }

  @Test
  void theValidityPeriodLiesWithinThreeYearsFromTheReferencePeriodsEnd() {
    assertThat(with("validityPeriodStart", "2024-12-31T00:00:00Z"))
        .contains("validityPeriodStart: must not be before pcf.referencePeriodEnd");
    assertThat(with("validityPeriodEnd", "2028-01-02T00:00:00Z"))
        .contains("validityPeriodEnd: must not be more than 3 years after pcf.referencePeriodEnd");
    assertThat(with("validityPeriodEnd", "2028-01-01T00:00:00Z")).isEmpty();
    Map<String, Object> pf = valid();
    pf.put("validityPeriodStart", "2026-01-01T00:00:00Z");
    pf.put("validityPeriodEnd", "2025-06-01T00:00:00Z");
    assertThat(FootprintRules.check(pf))
        .contains("validityPeriodEnd: must be after validityPeriodStart");
  }

  @Test
  void notAnObjectIsRefused() {
    assertThat(FootprintRules.check(List.of()))
        .containsExactly("the footprint must be a JSON object");
    assertThat(with("pcf", "x")).contains("pcf: must be an object");
  }
}
