package org.scopeplus.core.factor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned, immutable set of emission factors. A run records each library's name, version
 * and content hash, so the same inputs always resolve to the same factors.
 *
 * @param name e.g. {@code scopeplus-builtin} or a user library's name
 * @param version the version label, e.g. {@code 2026.1}
 * @param contentHash SHA-256 of the library's source bytes, hex
 * @param factors its factors; ids are unique
 */
public record FactorLibrary(
    String name, String version, String contentHash, List<EmissionFactor> factors) {

  public FactorLibrary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(contentHash, "contentHash");
    factors = List.copyOf(factors);
    Set<String> ids = new HashSet<>();
    for (EmissionFactor f : factors) {
      if (!ids.add(f.id())) {
        throw new IllegalArgumentException(name + ": factor id " + f.id() + " appears twice");
      }
    }
  }

  /** Factors indexed by activity key, built once per library. */
  Map<String, List<EmissionFactor>> byActivityKey() {
    Map<String, List<EmissionFactor>> index = new HashMap<>();
    for (EmissionFactor f : factors) {
      index.computeIfAbsent(f.activityKey(), k -> new ArrayList<>()).add(f);
    }
    index.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return index;
  }

  /** "name version", as shown in traces. */
  public String label() {
    return name + " " + version;
  }
}
