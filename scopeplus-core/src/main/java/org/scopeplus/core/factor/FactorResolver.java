package org.scopeplus.core.factor;

import java.time.LocalDate;
import java.util.ArrayList;
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
  private final List<Map<String, List<EmissionFactor>>> indexes;
  private final RegionHierarchy regions;
  private final Map<String, Resolution> cache = new ConcurrentHashMap<>();

  public FactorResolver(List<FactorLibrary> libraries, RegionHierarchy regions) {
    this.libraries = List.copyOf(libraries);
    this.indexes = new ArrayList<>();
    for (FactorLibrary library : this.libraries) {
      indexes.add(library.byActivityKey());
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
    for (Map<String, List<EmissionFactor>> index : indexes) {
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
    String cacheKey =
        activityKey
            + '|'
            + RegionHierarchy.normalise(region)
            + '|'
            + date.getYear()
            + '-'
            + date.getMonthValue()
            + '|'
            + fromLevel;
    Resolution cached = cache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    Resolution r = resolveUncached(activityKey, region, date.withDayOfMonth(1), fromLevel);
    cache.putIfAbsent(cacheKey, r);
    return r;
  }

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
        List<EmissionFactor> candidates = indexes.get(i).get(activityKey);
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
        "no factor for '"
            + activityKey
            + "' in region "
            + String.join(" > ", chain)
            + " in any library ("
            + libraryLabels()
            + ")");
  }

  private Resolution pick(
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
      if (!f.region().equals(region)) {
        continue;
      }
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
    String where =
        level == 0
            ? "region " + region + " matched"
            : "no factor for "
                + String.join(", ", chain.subList(0, level))
                + "; region "
                + region
                + " used";
    if (covering != null) {
      return new Resolution.Found(
          covering,
          library,
          where
              + "; valid "
              + covering.validFrom()
              + " to "
              + covering.validTo()
              + " covers "
              + date.getYear()
              + "-"
              + String.format("%02d", date.getMonthValue())
              + "; "
              + library.label());
    }
    if (before != null) {
      return new Resolution.Found(
          before,
          library,
          where
              + "; no factor valid for "
              + date.getYear()
              + "-"
              + String.format("%02d", date.getMonthValue())
              + ", latest available vintage (valid "
              + before.validFrom()
              + " to "
              + before.validTo()
              + ") used; "
              + library.label());
    }
    if (after != null) {
      return new Resolution.Found(
          after,
          library,
          where
              + "; no factor valid for "
              + date.getYear()
              + "-"
              + String.format("%02d", date.getMonthValue())
              + " or earlier, earliest vintage (valid "
              + after.validFrom()
              + " to "
              + after.validTo()
              + ") used; "
              + library.label());
    }
    return null;
  }

  private String libraryLabels() {
    List<String> labels = new ArrayList<>();
    for (FactorLibrary l : libraries) {
      labels.add(l.label());
    }
    return String.join(", ", labels);
  }
}
