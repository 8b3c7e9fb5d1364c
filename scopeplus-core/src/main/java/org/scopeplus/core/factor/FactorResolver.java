package org.scopeplus.core.factor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the factor for an activity key, region and date from a list of libraries.
 *
 * <p>Order: the most specific region first (the region, then its parents up to GLOBAL); within a
 * region, libraries in the order given (a user's own library before the built-in one); within a
 * library, the factor whose validity covers the date. When none covers it, the nearest vintage is
 * taken (the latest that ended before the date, else the earliest that starts after it) and the
 * reason says so: grid factors are published one to three years after the year they describe.
 */
public final class FactorResolver {

  private final List<FactorLibrary> libraries;

  /** Per library: activity key, then region, then that region's factors in library order. */
  private final List<Map<String, Map<String, List<EmissionFactor>>>> indexes;

  private final RegionHierarchy regions;
  private final Map<CacheKey, Resolution> cache = new ConcurrentHashMap<>();

  public FactorResolver(List<FactorLibrary> libraries, RegionHierarchy regions) {
    this.libraries = List.copyOf(libraries);
    this.indexes = new ArrayList<>();
    for (FactorLibrary library : this.libraries) {
      Map<String, Map<String, List<EmissionFactor>>> byKey = new HashMap<>();
      library
          .byActivityKey()
          .forEach(
              (key, factors) -> {
                Map<String, List<EmissionFactor>> byRegion = new HashMap<>();
                for (EmissionFactor f : factors) {
                  byRegion.computeIfAbsent(f.region(), r -> new ArrayList<>()).add(f);
                }
                byKey.put(key, byRegion);
              });
      indexes.add(byKey);
    }
    this.regions = regions;
  }

  public List<FactorLibrary> libraries() {
    return libraries;
  }

  public RegionHierarchy regions() {
    return regions;
  }

  /** True when some library has a factor for the key, in any region. */
  public boolean knowsKey(String activityKey) {
    for (Map<String, Map<String, List<EmissionFactor>>> index : indexes) {
      if (index.containsKey(activityKey)) {
        return true;
      }
    }
    return false;
  }

  /** Finds a factor by id in any library. */
  public Optional<EmissionFactor> byId(String id) {
    for (FactorLibrary library : libraries) {
      for (EmissionFactor f : library.factors()) {
        if (f.id().equals(id)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** Resolves a factor; results are cached per (key, region, month). */
  public Resolution resolve(String activityKey, String region, LocalDate date) {
    return resolve(activityKey, region, date, 0);
  }

  /**
   * Resolves a factor, skipping the first {@code fromLevel} regions of the chain: used when the
   * factor of a more specific region cannot be applied to a record (e.g. a per-m3 national factor
   * and a quantity in kWh), so the next region's factor is tried.
   */
  public Resolution resolve(String activityKey, String region, LocalDate date, int fromLevel) {
    CacheKey key =
        new CacheKey(
            activityKey,
            RegionHierarchy.normalise(region),
            date.getYear() * 12 + date.getMonthValue() - 1,
            fromLevel);
    Resolution cached = cache.get(key);
    if (cached != null) {
      return cached;
    }
    // two threads missing the same key at once both resolve it, to the same factor
    Resolution r = resolveUncached(activityKey, region, date.withDayOfMonth(1), fromLevel);
    Resolution first = cache.putIfAbsent(key, r);
    return first != null ? first : r;
  }

  /** What a resolution depends on: key, normalised region, month (year x 12 + month - 1), level. */
  private record CacheKey(String activityKey, String region, int month, int fromLevel) {}

  /** The position of a factor's region in the chain of a record's region, or -1. */
  public int level(String recordRegion, String factorRegion) {
    return regions.chain(recordRegion).indexOf(RegionHierarchy.normalise(factorRegion));
  }

  private Resolution resolveUncached(
      String activityKey, String region, LocalDate date, int fromLevel) {
    List<String> chain = regions.chain(region);
    for (int level = fromLevel; level < chain.size(); level++) {
      String r = chain.get(level);
      for (int i = 0; i < libraries.size(); i++) {
        Map<String, List<EmissionFactor>> byRegion = indexes.get(i).get(activityKey);
        List<EmissionFactor> candidates = byRegion == null ? null : byRegion.get(r);
        if (candidates == null) {
          continue;
        }
        Resolution found = pick(candidates, libraries.get(i), r, date, level, chain);
        if (found != null) {
          return found;
        }
      }
    }
    return new Resolution.NotFound(
        () ->
            "no factor for '"
                + activityKey
                + "' in region "
                + String.join(" > ", chain)
                + " in any library ("
                + libraryLabels()
                + ")");
  }

  /** Picks among one region's factors of one library; null when there are none. */
  private static Resolution pick(
      List<EmissionFactor> candidates,
      FactorLibrary library,
      String region,
      LocalDate date,
      int level,
      List<String> chain) {
    EmissionFactor covering = null;
    EmissionFactor before = null;
    EmissionFactor after = null;
    for (EmissionFactor f : candidates) {
      if (f.isValidOn(date)) {
        if (covering == null || f.validFrom().isAfter(covering.validFrom())) {
          covering = f;
        }
      } else if (f.validTo().isBefore(date)) {
        if (before == null || f.validTo().isAfter(before.validTo())) {
          before = f;
        }
      } else if (after == null || f.validFrom().isBefore(after.validFrom())) {
        after = f;
      }
    }
    EmissionFactor chosen = covering != null ? covering : before != null ? before : after;
    if (chosen == null) {
      return null;
    }
    boolean covers = chosen == covering;
    boolean latestBefore = chosen == before;
    return new Resolution.Found(
        chosen,
        library,
        () -> reason(chosen, covers, latestBefore, library, region, date, level, chain));
  }

  /**
   * Why a factor was chosen, for the line's trace: written only when asked for, so lookups that
   * need only the factor neither build it nor compile it.
   */
  private static String reason(
      EmissionFactor chosen,
      boolean covers,
      boolean latestBefore,
      FactorLibrary library,
      String region,
      LocalDate date,
      int level,
      List<String> chain) {
    StringBuilder b = new StringBuilder(160);
    if (level == 0) {
      b.append("region ").append(region).append(" matched");
    } else {
      b.append("no factor for ")
          .append(String.join(", ", chain.subList(0, level)))
          .append("; region ")
          .append(region)
          .append(" used");
    }
    int month = date.getMonthValue();
    String yearMonth = date.getYear() + (month < 10 ? "-0" : "-") + month;
    if (covers) {
      b.append("; valid ").append(chosen.validFrom()).append(" to ").append(chosen.validTo());
      b.append(" covers ").append(yearMonth);
    } else {
      b.append("; no factor valid for ").append(yearMonth);
      b.append(latestBefore ? ", latest available" : " or earlier, earliest");
      b.append(" vintage (valid ").append(chosen.validFrom()).append(" to ");
      b.append(chosen.validTo()).append(") used");
    }
    return b.append("; ").append(library.label()).toString();
  }

  private String libraryLabels() {
    List<String> labels = new ArrayList<>();
    for (FactorLibrary l : libraries) {
      labels.add(l.label());
    }
    return String.join(", ", labels);
  }
}
