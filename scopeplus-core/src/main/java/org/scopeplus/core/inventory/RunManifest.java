package org.scopeplus.core.inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;

/**
 * What a calculation run was a function of: the inputs and factor libraries (by content hash), the
 * GWP set, the options and the engine version. Running again on the same manifest gives the same
 * result, byte for byte.
 */
public record RunManifest(
    String engineVersion,
    GwpSet gwpSet,
    ConsolidationApproach consolidation,
    List<InputDigest> inputs,
    List<LibraryDigest> libraries,
    Map<String, String> options) {
  public RunManifest {
    Objects.requireNonNull(engineVersion, "engineVersion");
    Objects.requireNonNull(gwpSet, "gwpSet");
    Objects.requireNonNull(consolidation, "consolidation");
    inputs = List.copyOf(inputs);
    libraries = List.copyOf(libraries);
    options = Map.copyOf(options);
  }
}
