package org.scopeplus.core.scope3plus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The set of methodologies a ledger counts with, one per action type, under a catalog version.
 *
 * @param version the catalog version, recorded with every ledger state
 * @param methodologies the methodologies, in file order
 */
public record MethodologyCatalog(String version, List<Methodology> methodologies) {
  public MethodologyCatalog {
    Objects.requireNonNull(version, "version");
    methodologies = List.copyOf(methodologies);
    Map<String, Methodology> seen = new LinkedHashMap<>();
    for (Methodology m : methodologies) {
      if (seen.put(m.action(), m) != null) {
        throw new IllegalArgumentException("action " + m.action() + " has two methodologies");
      }
    }
    if (methodologies.size() > 1023) {
      throw new IllegalArgumentException("a catalog holds at most 1023 methodologies");
    }
  }

  /** The methodology for an action type, or null. */
  public Methodology byAction(String action) {
    for (Methodology m : methodologies) {
      if (m.action().equals(action)) {
        return m;
      }
    }
    return null;
  }

  /** Index of an action in {@link #methodologies()}, or -1. */
  public int indexOf(String action) {
    for (int i = 0; i < methodologies.size(); i++) {
      if (methodologies.get(i).action().equals(action)) {
        return i;
      }
    }
    return -1;
  }

  /** Action types whose methodology still needs a configured value. */
  public List<String> unusable() {
    List<String> out = new ArrayList<>();
    for (Methodology m : methodologies) {
      if (!m.usable()) {
        out.add(m.action());
      }
    }
    return out;
  }
}
