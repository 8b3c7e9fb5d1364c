package org.scopeplus.core.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The filters of PACT v3 ListFootprints (and of a RequestCreatedEvent): several values of one
 * criterion match when any matches (OR), different criteria must all match (AND), every text match
 * is case-insensitive. {@code validOn} matches a validity period that contains it (start and end
 * included), {@code validAfter} one that starts after it, {@code validBefore} one that ends before
 * it. A geography matches the footprint's region, country or subdivision, and a country also
 * matches the subdivisions within it ({@code DE} matches {@code DE-BW}).
 *
 * @param productIds product ids, any of which matches, or empty for all
 * @param companyIds company ids, or empty
 * @param geographies geographies, or empty
 * @param classifications classification URNs, or empty
 * @param validOn the instant the footprint must be valid on, or null
 * @param validAfter the instant its validity must start after, or null
 * @param validBefore the instant its validity must end before, or null
 * @param status Active or Deprecated in any case, or null for both
 */
public record FootprintCriteria(
    List<String> productIds,
    List<String> companyIds,
    List<String> geographies,
    List<String> classifications,
    Instant validOn,
    Instant validAfter,
    Instant validBefore,
    String status) {

  public FootprintCriteria {
    productIds = lower(productIds);
    companyIds = lower(companyIds);
    geographies = lower(geographies);
    classifications = lower(classifications);
    status = status == null ? null : status.toLowerCase(Locale.ROOT);
  }

  /** No filter: every footprint matches. */
  public static final FootprintCriteria ALL =
      new FootprintCriteria(List.of(), List.of(), List.of(), List.of(), null, null, null, null);

  private static List<String> lower(List<String> values) {
    return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
  }

  /** True when the footprint meets every criterion. */
  public boolean matches(FootprintKeys k) {
    return any(productIds, k.productIds())
        && any(companyIds, k.companyIds())
        && any(classifications, k.classifications())
        && geography(k.geography())
        && (validOn == null
            || (!validOn.isBefore(k.validFrom()) && !validOn.isAfter(k.validUntil())))
        && (validAfter == null || k.validFrom().isAfter(validAfter))
        && (validBefore == null || k.validUntil().isBefore(validBefore))
        && (status == null || status.equalsIgnoreCase(k.status()));
  }

  private static boolean any(List<String> wanted, List<String> has) {
    if (wanted.isEmpty()) {
      return true;
    }
    for (String w : wanted) {
      if (has.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private boolean geography(String has) {
    if (geographies.isEmpty()) {
      return true;
    }
    for (String g : geographies) {
      if (!has.isEmpty() && (has.equals(g) || has.startsWith(g + "-"))) {
        return true;
      }
    }
    return false;
  }
}
