package org.scopeplus.core.exchange;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The checks a PACT v3 {@code ProductFootprint} must pass before it is served, stored or used,
 * written field by field from the specification's schema and text (PACT Technical Specifications
 * v3.0.3, "Data Model" and "Product Footprint Lifecycle"): required properties, UUIDs, URNs,
 * decimal strings and their signs, date-times, enumerations, unique non-empty lists, the geography
 * rule (at most one of region, country and subdivision), data-quality ratings from 1 to 5 and the
 * validity period (from the reference period's end, for at most three years). A property set to
 * {@code null} is undefined, as the specification says. Each problem names the property by its
 * path.
 */
public final class FootprintRules {

  /** The status values of a footprint. */
  public static final List<String> STATUSES = List.of("Active", "Deprecated");

  /** The declared units of a footprint. */
  public static final List<String> DECLARED_UNITS =
      List.of(
          "liter",
          "kilogram",
          "cubic meter",
          "kilowatt hour",
          "megajoule",
          "ton kilometer",
          "square meter",
          "piece",
          "hour",
          "megabit second");

  /** The UN M49 regions and sub-regions a footprint's geography may name. */
  public static final List<String> REGIONS =
      List.of(
          "Africa",
          "Americas",
          "Asia",
          "Europe",
          "Oceania",
          "Australia and New Zealand",
          "Central Asia",
          "Eastern Asia",
          "Eastern Europe",
          "Latin America and the Caribbean",
          "Melanesia",
          "Micronesia",
          "Northern Africa",
          "Northern America",
          "Northern Europe",
          "Polynesia",
          "South-eastern Asia",
          "Southern Asia",
          "Southern Europe",
          "Sub-Saharan Africa",
          "Western Asia",
          "Western Europe");

  private static final List<String> COVERAGES =
      List.of("PCF calculation model", "PCF program", "product level");
  private static final List<String> OPERATORS = List.of("PEF", "EPD International", "Other");
  private static final List<String> CCU_APPROACHES = List.of("Cut-off", "Credit");

  private static final Pattern SPEC_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(-\\d{8})?");
  private static final Pattern URN = Pattern.compile("[uU][rR][nN]:.+");
  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern SUBDIVISION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
  private static final Pattern IPCC = Pattern.compile("AR\\d+");

  private static final String[] POSITIVE_OR_ZERO = {
    "fossilGhgEmissions",
    "fossilCarbonContent",
    "biogenicCarbonContent",
    "recycledCarbonContent",
    "landUseChangeGhgEmissions",
    "landCarbonLeakage",
    "landManagementFossilGhgEmissions",
    "landManagementBiogenicCO2Emissions",
    "biogenicNonCO2Emissions",
    "landAreaOccupation",
    "aircraftGhgEmissions",
    "packagingGhgEmissions",
    "packagingBiogenicCarbonContent",
    "outboundLogisticsGhgEmissions",
    "ccuCarbonContent"
  };
  private static final String[] NEGATIVE_OR_ZERO = {
    "landManagementBiogenicCO2Removals",
    "biogenicCO2Uptake",
    "ccsTechnologicalCO2Capture",
    "technologicalCO2Removals"
  };
  private static final String[] STRINGS = {
    "boundaryProcessesDescription",
    "exemptedEmissionsDescription",
    "allocationRulesDescription",
    "technologicalCO2CaptureOrigin",
    "ccuCreditCertification"
  };

  private FootprintRules() {}

  /** The problems of a footprint, each naming its property; empty when it passes. */
  public static List<String> check(Object footprint) {
    List<String> problems = new ArrayList<>();
    if (!(footprint instanceof Map<?, ?> pf)) {
      problems.add("the footprint must be a JSON object");
      return problems;
    }
    Checker c = new Checker(problems);
    c.uuid(pf, "", "id", true);
    String spec = c.string(pf, "", "specVersion", true);
    if (spec != null && !SPEC_VERSION.matcher(spec).matches()) {
      problems.add("specVersion: must be a version like 3.0.0");
    }
    List<?> preceding = c.list(pf, "", "precedingPfIds", false);
    if (preceding != null) {
      for (int i = 0; i < preceding.size(); i++) {
        if (!(preceding.get(i) instanceof String s) || !isUuid(s)) {
          problems.add("precedingPfIds[" + i + "]: must be a UUID");
        }
      }
      Object id = pf.get("id");
      if (id != null && preceding.contains(id)) {
        problems.add("precedingPfIds: must not name the footprint itself");
      }
    }
    c.dateTime(pf, "", "created", true);
    c.oneOf(pf, "", "status", STATUSES, true);
    OffsetDateTime validStart = c.dateTime(pf, "", "validityPeriodStart", false);
    OffsetDateTime validEnd = c.dateTime(pf, "", "validityPeriodEnd", false);
    c.nonEmpty(pf, "", "companyName", true);
    c.urns(pf, "", "companyIds", true);
    c.string(pf, "", "productDescription", true);
    c.urns(pf, "", "productIds", true);
    c.urns(pf, "", "productClassifications", false);
    c.nonEmpty(pf, "", "productNameCompany", true);
    c.string(pf, "", "comment", false);
    List<?> extensions = c.list(pf, "", "extensions", false);
    if (extensions != null) {
      for (int i = 0; i < extensions.size(); i++) {
        String at = "extensions[" + i + "].";
        if (extensions.get(i) instanceof Map<?, ?> e) {
          c.string(e, at, "specVersion", true);
          c.string(e, at, "dataSchema", true);
          if (e.get("data") == null) {
            problems.add(at + "data: is required");
          }
        } else {
          problems.add(at.substring(0, at.length() - 1) + ": must be an object");
        }
      }
    }
    Object pcfValue = pf.get("pcf");
    if (pcfValue == null) {
      problems.add("pcf: is required");
    } else if (!(pcfValue instanceof Map<?, ?> pcf)) {
      problems.add("pcf: must be an object");
    } else {
      OffsetDateTime refEnd = checkPcf(c, pcf);
      if (refEnd != null) {
        if (validStart != null && validStart.isBefore(refEnd)) {
          problems.add("validityPeriodStart: must not be before pcf.referencePeriodEnd");
        }
        if (validEnd != null && validEnd.isAfter(refEnd.plusYears(3))) {
          problems.add(
              "validityPeriodEnd: must not be more than 3 years after pcf.referencePeriodEnd");
        }
      }
    }
    if (validStart != null && validEnd != null && !validEnd.isAfter(validStart)) {
      problems.add("validityPeriodEnd: must be after validityPeriodStart");
    }
    return problems;
  }

  private static OffsetDateTime checkPcf(Checker c, Map<?, ?> pcf) {
    String p = "pcf.";
    c.oneOf(pcf, p, "declaredUnitOfMeasurement", DECLARED_UNITS, true);
    c.decimal(pcf, p, "declaredUnitAmount", PactDecimal.POSITIVE, true);
    c.decimal(pcf, p, "productMassPerDeclaredUnit", PactDecimal.ANY, true);
    OffsetDateTime start = c.dateTime(pcf, p, "referencePeriodStart", true);
    OffsetDateTime end = c.dateTime(pcf, p, "referencePeriodEnd", true);
    if (start != null && end != null && !end.isAfter(start)) {
      c.problems.add("pcf.referencePeriodEnd: must be after pcf.referencePeriodStart");
    }
    int geographies = 0;
    if (c.oneOf(pcf, p, "geographyRegionOrSubregion", REGIONS, false) != null) {
      geographies++;
    }
    String country = c.string(pcf, p, "geographyCountry", false);
    if (country != null) {
      geographies++;
      if (!COUNTRY.matcher(country).matches()) {
        c.problems.add("pcf.geographyCountry: must be an ISO 3166-1 alpha-2 code like DE");
      }
    }
    String subdivision = c.string(pcf, p, "geographyCountrySubdivision", false);
    if (subdivision != null) {
      geographies++;
      if (!SUBDIVISION.matcher(subdivision).matches()) {
        c.problems.add("pcf.geographyCountrySubdivision: must be an ISO 3166-2 code like DE-BW");
      }
    }
    if (geographies > 1) {
      c.problems.add(
          "pcf: at most one of geographyRegionOrSubregion, geographyCountry and"
              + " geographyCountrySubdivision may be given");
    }
    c.decimal(pcf, p, "pcfExcludingBiogenicUptake", PactDecimal.ANY, true);
    c.decimal(pcf, p, "pcfIncludingBiogenicUptake", PactDecimal.ANY, true);
    for (String name : POSITIVE_OR_ZERO) {
      boolean required = name.equals("fossilGhgEmissions") || name.equals("fossilCarbonContent");
      c.decimal(pcf, p, name, PactDecimal.POSITIVE_OR_ZERO, required);
    }
    for (String name : NEGATIVE_OR_ZERO) {
      c.decimal(pcf, p, name, PactDecimal.NEGATIVE_OR_ZERO, false);
    }
    for (String name : STRINGS) {
      c.string(pcf, p, name, false);
    }
    c.bool(pcf, p, "packagingEmissionsIncluded");
    c.bool(pcf, p, "ccsTechnologicalCO2CaptureIncluded");
    c.oneOf(pcf, p, "ccuCalculationApproach", CCU_APPROACHES, false);
    List<?> ipcc = c.uniqueStrings(pcf, p, "ipccCharacterizationFactors", true);
    if (ipcc != null) {
      for (Object v : ipcc) {
        if (v instanceof String s && !IPCC.matcher(s).matches()) {
          c.problems.add("pcf.ipccCharacterizationFactors: " + s + " is not like AR6");
        }
      }
    }
    c.uniqueStrings(pcf, p, "crossSectoralStandards", true);
    List<?> rules = c.list(pcf, p, "productOrSectorSpecificRules", false);
    if (rules != null) {
      for (int i = 0; i < rules.size(); i++) {
        String at = p + "productOrSectorSpecificRules[" + i + "].";
        if (rules.get(i) instanceof Map<?, ?> r) {
          c.oneOf(r, at, "operator", OPERATORS, true);
          c.uniqueStrings(r, at, "ruleNames", true);
          c.string(r, at, "otherOperatorName", false);
        } else {
          c.problems.add(at + " must be an object");
        }
      }
    }
    c.decimal(pcf, p, "exemptedEmissionsPercent", PactDecimal.ANY, true);
    List<?> sources = c.list(pcf, p, "secondaryEmissionFactorSources", false);
    if (sources != null) {
      for (int i = 0; i < sources.size(); i++) {
        String at = p + "secondaryEmissionFactorSources[" + i + "].";
        if (sources.get(i) instanceof Map<?, ?> s) {
          c.nonEmpty(s, at, "name", true);
          c.nonEmpty(s, at, "version", true);
        } else {
          c.problems.add(at + " must be an object");
        }
      }
    }
    c.decimal(pcf, p, "primaryDataShare", PactDecimal.ANY, false);
    Object dqi = pcf.get("dqi");
    if (dqi != null) {
      if (dqi instanceof Map<?, ?> d) {
        for (String name : List.of("technologicalDQR", "geographicalDQR", "temporalDQR")) {
          BigDecimal v = c.decimal(d, p + "dqi.", name, PactDecimal.ANY, true);
          if (v != null
              && (v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(5)) > 0)) {
            c.problems.add(p + "dqi." + name + ": must be between 1 and 5");
          }
        }
      } else {
        c.problems.add("pcf.dqi: must be an object");
      }
    }
    Object verification = pcf.get("verification");
    if (verification != null) {
      if (verification instanceof Map<?, ?> v) {
        String at = p + "verification.";
        c.oneOf(v, at, "coverage", COVERAGES, false);
        c.string(v, at, "providerName", false);
        c.dateTime(v, at, "completedAt", false);
        c.string(v, at, "standardName", false);
        c.string(v, at, "comments", false);
      } else {
        c.problems.add("pcf.verification: must be an object");
      }
    }
    return end;
  }

  /** True for the canonical text of a UUID (RFC 4122), as the footprint ids are written. */
  public static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    try {
      return UUID.fromString(s).toString().equalsIgnoreCase(s);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** True for a URN (RFC 8141 in the loose form the PACT schema checks: {@code urn:...}). */
  public static boolean isUrn(String s) {
    return URN.matcher(s).matches();
  }

  /** The date-time, or null when the text is not an ISO 8601 date-time with an offset. */
  public static OffsetDateTime dateTime(String s) {
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private record Checker(List<String> problems) {

    Object present(Map<?, ?> m, String at, String name, boolean required) {
      Object v = m.get(name);
      if (v == null && required) {
        problems.add(at + name + ": is required");
      }
      return v;
    }

    String string(Map<?, ?> m, String at, String name, boolean required) {
      Object v = present(m, at, name, required);
      if (v == null) {
        return null;
      }
      if (v instanceof String s) {
        return s;
      }
      problems.add(at + name + ": must be a string");
      return null;
    }

    void nonEmpty(Map<?, ?> m, String at, String name, boolean required) {
      String s = string(m, at, name, required);
      if (s != null && s.isEmpty()) {
        problems.add(at + name + ": must not be empty");
      }
    }

    void uuid(Map<?, ?> m, String at, String name, boolean required) {
      String s = string(m, at, name, required);
      if (s != null && !isUuid(s)) {
        problems.add(at + name + ": must be a UUID like 079e425a-464f-528d-341d-4a944a1dfd70");
      }
    }

    OffsetDateTime dateTime(Map<?, ?> m, String at, String name, boolean required) {
      String s = string(m, at, name, required);
      if (s == null) {
        return null;
      }
      OffsetDateTime t = FootprintRules.dateTime(s);
      if (t == null) {
        problems.add(at + name + ": must be an ISO 8601 date-time like 2025-04-30T00:00:00Z");
      }
      return t;
    }

    String oneOf(Map<?, ?> m, String at, String name, List<String> values, boolean required) {
      String s = string(m, at, name, required);
      if (s != null && !values.contains(s)) {
        problems.add(at + name + ": must be one of " + String.join(", ", values));
        return null;
      }
      return s;
    }

    BigDecimal decimal(Map<?, ?> m, String at, String name, PactDecimal kind, boolean required) {
      Object v = present(m, at, name, required);
      if (v == null) {
        return null;
      }
      if (!(v instanceof String s)) {
        problems.add(at + name + ": must be a decimal written as a string, like \"1.25\"");
        return null;
      }
      String refusal = kind.refusal(s);
      if (refusal != null) {
        problems.add(at + name + ": " + refusal);
        return null;
      }
      return PactDecimal.value(s);
    }

    void bool(Map<?, ?> m, String at, String name) {
      Object v = m.get(name);
      if (v != null && !(v instanceof Boolean)) {
        problems.add(at + name + ": must be true or false");
      }
    }

    List<?> list(Map<?, ?> m, String at, String name, boolean required) {
      Object v = present(m, at, name, required);
      if (v == null) {
        return null;
      }
      if (!(v instanceof List<?> l)) {
        problems.add(at + name + ": must be a list");
        return null;
      }
      if (l.isEmpty()) {
        problems.add(at + name + ": must have at least one value (leave it out instead)");
        return null;
      }
      return l;
    }

    List<?> uniqueStrings(Map<?, ?> m, String at, String name, boolean required) {
      List<?> l = list(m, at, name, required);
      if (l == null) {
        return null;
      }
      Set<Object> seen = new HashSet<>();
      for (Object v : l) {
        if (!(v instanceof String)) {
          problems.add(at + name + ": must hold strings only");
          return null;
        }
        if (!seen.add(v)) {
          problems.add(at + name + ": " + v + " is listed twice");
        }
      }
      return l;
    }

    void urns(Map<?, ?> m, String at, String name, boolean required) {
      List<?> l = uniqueStrings(m, at, name, required);
      if (l == null) {
        return;
      }
      for (Object v : l) {
        if (!isUrn((String) v)) {
          problems.add(at + name + ": " + v + " is not a URN (urn:...)");
        }
      }
    }
  }
}
