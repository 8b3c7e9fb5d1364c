package org.scopeplus.server.exchange;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.FootprintRules;

/**
 * Reads the PACT v3 filter criteria, from a ListFootprints query or from the data of a
 * RequestCreatedEvent: {@code productId}, {@code companyId}, {@code geography}, {@code
 * classification} (several values each), {@code validOn}, {@code validAfter}, {@code validBefore}
 * and {@code status} (one value each). Names match in any case, as the specification's own example
 * writes {@code productid}. A value of the wrong form is a 400 naming the criterion.
 */
final class PactCriteria {

  static final List<String> LISTS =
      List.of("productId", "companyId", "geography", "classification");
  static final List<String> SINGLES = List.of("validOn", "validAfter", "validBefore", "status");
  private static final int MAX_VALUES = 100;

  private PactCriteria() {}

  /** The canonical name of a criterion, or null when it is none. */
  static String canonical(String name) {
    for (String n : LISTS) {
      if (n.equalsIgnoreCase(name)) {
        return n;
      }
    }
    for (String n : SINGLES) {
      if (n.equalsIgnoreCase(name)) {
        return n;
      }
    }
    return null;
  }

  /** The criteria of values already grouped under canonical names. */
  static FootprintCriteria of(Map<String, List<String>> values) {
    List<String> products = urns(values, "productId");
    List<String> companies = urns(values, "companyId");
    List<String> classifications = urns(values, "classification");
    List<String> geographies = values.getOrDefault("geography", List.of());
    for (String g : geographies) {
      if (g.isBlank() || g.length() > 100) {
        throw PactError.badRequest("geography: give a region, a country or a subdivision code");
      }
    }
    String status = single(values, "status");
    if (status != null
        && !status.equalsIgnoreCase("Active")
        && !status.equalsIgnoreCase("Deprecated")) {
      throw PactError.badRequest("status: must be Active or Deprecated, not " + status);
    }
    return new FootprintCriteria(
        products,
        companies,
        geographies,
        classifications,
        instant(values, "validOn"),
        instant(values, "validAfter"),
        instant(values, "validBefore"),
        status);
  }

  /** True when no criterion is given. */
  static boolean none(Map<String, List<String>> values) {
    return values.values().stream().allMatch(List::isEmpty);
  }

  /** Groups the data object of a RequestCreatedEvent; other properties (comment) are left. */
  static Map<String, List<String>> ofEventData(Map<?, ?> data) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : data.entrySet()) {
      String name = canonical(String.valueOf(e.getKey()));
      if (name == null || e.getValue() == null) {
        continue;
      }
      List<String> values = new ArrayList<>();
      if (LISTS.contains(name)) {
        if (!(e.getValue() instanceof List<?> l)) {
          throw PactError.badRequest("data." + name + ": must be a list of strings");
        }
        for (Object v : l) {
          if (!(v instanceof String s)) {
            throw PactError.badRequest("data." + name + ": must be a list of strings");
          }
          values.add(s);
        }
      } else {
        if (!(e.getValue() instanceof String s)) {
          throw PactError.badRequest("data." + name + ": must be a string");
        }
        values.add(s);
      }
      out.put(name, values);
    }
    return out;
  }

  private static List<String> urns(Map<String, List<String>> values, String name) {
    List<String> v = values.getOrDefault(name, List.of());
    if (v.size() > MAX_VALUES) {
      throw PactError.badRequest(name + ": at most " + MAX_VALUES + " values");
    }
    for (String s : v) {
      if (!FootprintRules.isUrn(s)) {
        throw PactError.badRequest(name + ": " + s + " is not a URN (urn:...)");
      }
    }
    return v;
  }

  private static String single(Map<String, List<String>> values, String name) {
    List<String> v = values.getOrDefault(name, List.of());
    if (v.size() > 1) {
      throw PactError.badRequest(name + ": give it once");
    }
    return v.isEmpty() ? null : v.get(0);
  }

  private static Instant instant(Map<String, List<String>> values, String name) {
    String s = single(values, name);
    if (s == null) {
      return null;
    }
    OffsetDateTime t = FootprintRules.dateTime(s);
    if (t == null) {
      throw PactError.badRequest(
          name + ": must be an ISO 8601 date-time like 2025-04-01T00:00:00Z, not " + s);
    }
    return t.toInstant();
  }

  /** The criteria of a request as an event's data object (the inverse of {@link #ofEventData}). */
  static Map<String, Object> toEventData(Map<String, List<String>> values) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      out.put(e.getKey(), LISTS.contains(e.getKey()) ? e.getValue() : e.getValue().get(0));
    }
    return out;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
