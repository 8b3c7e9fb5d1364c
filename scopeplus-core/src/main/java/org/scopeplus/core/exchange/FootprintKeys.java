package org.scopeplus.core.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the ListFootprints filters of PACT v3 match in a footprint, lower case (every match is
 * case-insensitive): its product, company and classification URNs, its geography, its status and
 * its validity period. The validity period follows the specification's "Validity Period" section:
 * {@code validityPeriodStart} (or else {@code pcf.referencePeriodEnd}) up to {@code
 * validityPeriodEnd} (or else three years after {@code pcf.referencePeriodEnd}).
 *
 * @param id the footprint's id
 * @param status Active or Deprecated, as written
 * @param productIds its product ids
 * @param companyIds its company ids
 * @param classifications its product classifications
 * @param geography its region, country or country subdivision, or "" when global
 * @param validFrom the start of its validity period
 * @param validUntil the end of its validity period
 * @param created when it was created
 */
public record FootprintKeys(
    String id,
    String status,
    List<String> productIds,
    List<String> companyIds,
    List<String> classifications,
    String geography,
    Instant validFrom,
    Instant validUntil,
    Instant created) {

  public FootprintKeys {
    productIds = List.copyOf(productIds);
    companyIds = List.copyOf(companyIds);
    classifications = List.copyOf(classifications);
  }

  /** The keys of a footprint that passed {@link FootprintRules#check}. */
  public static FootprintKeys of(Map<?, ?> pf) {
    Map<?, ?> pcf = (Map<?, ?>) pf.get("pcf");
    OffsetDateTime refEnd = FootprintRules.dateTime((String) pcf.get("referencePeriodEnd"));
    OffsetDateTime start = time(pf.get("validityPeriodStart"));
    OffsetDateTime end = time(pf.get("validityPeriodEnd"));
    String geography = "";
    for (String g :
        List.of("geographyRegionOrSubregion", "geographyCountry", "geographyCountrySubdivision")) {
      if (pcf.get(g) instanceof String s) {
        geography = s.toLowerCase(Locale.ROOT);
      }
    }
    return new FootprintKeys(
        (String) pf.get("id"),
        (String) pf.get("status"),
        lower(pf.get("productIds")),
        lower(pf.get("companyIds")),
        lower(pf.get("productClassifications")),
        geography,
        (start == null ? refEnd : start).toInstant(),
        (end == null ? refEnd.plusYears(3) : end).toInstant(),
        FootprintRules.dateTime((String) pf.get("created")).toInstant());
  }

  private static OffsetDateTime time(Object v) {
    return v instanceof String s ? FootprintRules.dateTime(s) : null;
  }

  private static List<String> lower(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        out.add(((String) o).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** True when the footprint is Active and valid at this instant. */
  public boolean usableOn(Instant at) {
    return "Active".equals(status) && !at.isBefore(validFrom) && at.isBefore(validUntil);
  }
}
