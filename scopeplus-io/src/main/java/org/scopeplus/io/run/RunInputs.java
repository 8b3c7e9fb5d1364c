package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.factor.FactorLibraryReader;
import org.scopeplus.io.org.MetricsReader;
import org.scopeplus.io.org.OrgStructureReader;

/**
 * Everything a run needs besides the activity files: the reference data with the user's factor
 * libraries in front, the org structure and the intensity denominators, read from the request's
 * files, with the problems found in them.
 *
 * @param data reference data, user libraries first
 * @param org the org structure (wholly owned when none was given)
 * @param denominators the intensity denominators of the request's year (all years when none)
 * @param problems problems in the factor, org and metrics files
 */
public record RunInputs(
    ReferenceData data,
    OrgStructure org,
    List<IntensityDenominator> denominators,
    ProblemTally problems) {

  /** Reads the request's factor libraries, org structure and metrics. */
  public static RunInputs read(ReferenceData reference, InventoryRequest request)
      throws IOException {
    ProblemTally problems = new ProblemTally();
    FactorLibraryReader factorReader = new FactorLibraryReader(reference.gwps());
    List<FactorLibrary> user = new ArrayList<>();
    for (Path p : request.factorFiles()) {
      ReadResult<FactorLibrary> r = factorReader.read(p);
      if (r.ok()) {
        user.add(r.value());
      } else {
        problems.addAll(r.problems(), r.problemCount());
      }
    }
    OrgStructure org = OrgStructure.whollyOwned();
    if (request.orgFile() != null) {
      ReadResult<OrgStructure> r = new OrgStructureReader().read(request.orgFile());
      if (r.ok()) {
        org = r.value();
      } else {
        problems.addAll(r.problems(), r.problemCount());
      }
    }
    List<IntensityDenominator> denominators = new ArrayList<>();
    if (request.metricsFile() != null) {
      ReadResult<List<IntensityDenominator>> r = new MetricsReader().read(request.metricsFile());
      if (r.ok()) {
        for (IntensityDenominator d : r.value()) {
          if (request.year() == 0 || d.year() == request.year()) {
            denominators.add(d);
          }
        }
      } else {
        problems.addAll(r.problems(), r.problemCount());
      }
    }
    return new RunInputs(
        reference.withUserLibraries(user), org, List.copyOf(denominators), problems);
  }

  /** An engine over these inputs with the request's GWP set and consolidation. */
  public CalculationEngine engine(InventoryRequest request) {
    return data.engine(new CalculationOptions(request.gwpSet(), request.consolidation(), org));
  }

  /** The manifest of a run over these inputs and the given activity files. */
  public RunManifest manifest(InventoryRequest request, List<InputDigest> inputs) {
    List<LibraryDigest> libraries = new ArrayList<>();
    for (FactorLibrary l : data.libraries()) {
      libraries.add(new LibraryDigest(l.name(), l.version(), l.contentHash()));
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("year", request.year() == 0 ? "all" : Integer.toString(request.year()));
    options.put(
        "org_structure",
        request.orgFile() == null
            ? "none (wholly owned)"
            : request.orgFile().getFileName().toString());
    return new RunManifest(
        CalculationEngine.VERSION,
        request.gwpSet(),
        request.consolidation(),
        inputs,
        libraries,
        options);
  }
}
