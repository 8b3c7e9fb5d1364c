package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.SupplierFootprints;
import org.scopeplus.core.exchange.SupplierProductFootprints;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.spend.ExchangeRates;
import org.scopeplus.core.spend.PriceIndices;
import org.scopeplus.core.spend.SpendTables;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.exchange.FootprintDocuments;
import org.scopeplus.io.factor.ActivityTypeLibraryReader;
import org.scopeplus.io.factor.FactorLibraryReader;
import org.scopeplus.io.factor.SpendTablesReader;
import org.scopeplus.io.org.MetricsReader;
import org.scopeplus.io.org.OrgStructureReader;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;

/**
 * Everything a run needs besides the activity files: the reference data with the user's factor
 * libraries in front, the org structure and the intensity denominators, read from the request's
 * files, with the problems found in them.
 *
 * @param data reference data, user libraries first
 * @param org the org structure (wholly owned when none was given)
 * @param denominators the intensity denominators of the request's year (all years when none)
 * @param problems problems in the factor, org and metrics files
 * @param declaredTypes the digests of the user files declaring activity types and of the suppliers'
 *     footprints file, for the manifest
 * @param footprints the suppliers' footprints records naming a product take as their factor
 */
public record RunInputs(
    ReferenceData data,
    OrgStructure org,
    List<IntensityDenominator> denominators,
    ProblemTally problems,
    List<LibraryDigest> declaredTypes,
    SupplierFootprints footprints) {

  /** Reads the request's factor libraries, org structure and metrics. */
  public static RunInputs read(ReferenceData reference, InventoryRequest request)
      throws IOException {
    ProblemTally problems = new ProblemTally();
    FactorLibraryReader factorReader = new FactorLibraryReader(reference.gwps());
    List<FactorLibrary> user = new ArrayList<>();
    List<Path> typeFiles = new ArrayList<>();
    ExchangeRates rates = reference.spend().rates();
    PriceIndices indices = reference.spend().indices();
    SpendTablesReader spendReader = new SpendTablesReader();
    for (Path p : request.factorFiles()) {
      if (declaresTypes(p)) {
        typeFiles.add(p);
        continue;
      }
      String spendTable = spendTable(p);
      if (spendTable != null) {
        // a user's exchange-rate or price-index table replaces the built-in one
        String name = p.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
        String label = name + " " + sha256(p).substring(0, 12);
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
          if (spendTable.equals("rates")) {
            ReadResult<ExchangeRates> r =
                spendReader.readRates(p.getFileName().toString(), in, label);
            if (r.ok()) {
              rates = r.value();
            } else {
              problems.addAll(r.problems(), r.problemCount());
            }
          } else {
            ReadResult<PriceIndices> r =
                spendReader.readIndices(p.getFileName().toString(), in, label);
            if (r.ok()) {
              indices = r.value();
            } else {
              problems.addAll(r.problems(), r.problemCount());
            }
          }
        }
        continue;
      }
      ReadResult<FactorLibrary> r = factorReader.read(p);
      if (r.ok()) {
        user.add(r.value());
      } else {
        problems.addAll(r.problems(), r.problemCount());
      }
    }
    ReferenceData withLibraries =
        reference.withUserLibraries(user).withSpendTables(new SpendTables(rates, indices));
    List<LibraryDigest> typeDigests = new ArrayList<>();
    if (!typeFiles.isEmpty()) {
      // the types a user library declares, checked against every factor library of the run
      java.util.Set<String> factorKeys = new java.util.HashSet<>();
      for (FactorLibrary l : withLibraries.libraries()) {
        for (EmissionFactor f : l.factors()) {
          factorKeys.add(f.activityKey());
        }
      }
      ActivityCatalog catalog = withLibraries.catalog();
      for (Path p : typeFiles) {
        ReadResult<List<ActivityType>> r =
            new ActivityTypeLibraryReader(catalog, factorKeys::contains).read(p);
        if (r.ok()) {
          String name = p.getFileName().toString().replaceFirst("\\.(csv|xlsx)$", "");
          catalog = catalog.withDeclaredTypes(r.value(), "user library " + name);
          String hash = sha256(p);
          typeDigests.add(
              new LibraryDigest(name + " (activity types)", hash.substring(0, 12), hash));
        } else {
          problems.addAll(r.problems(), r.problemCount());
        }
      }
      withLibraries = withLibraries.withCatalog(catalog);
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
    SupplierFootprints footprints = SupplierFootprints.NONE;
    if (request.footprintsFile() != null) {
      ReadResult<List<Map<?, ?>>> r = FootprintDocuments.read(request.footprintsFile());
      if (r.ok()) {
        footprints = SupplierProductFootprints.of(r.value());
        String hash = sha256(request.footprintsFile());
        typeDigests.add(
            new LibraryDigest(
                request.footprintsFile().getFileName().toString()
                    + " (suppliers' PACT footprints, "
                    + r.value().size()
                    + ")",
                hash.substring(0, 12),
                hash));
      } else {
        problems.addAll(r.problems(), r.problemCount());
      }
    }
    return new RunInputs(
        withLibraries,
        org,
        List.copyOf(denominators),
        problems,
        List.copyOf(typeDigests),
        footprints);
  }

  /**
   * "rates" for an exchange-rate table, "indices" for a price-index table ({@link
   * SpendTablesReader}), by the file's header; null for anything else.
   */
  private static String spendTable(Path p) throws IOException {
    if (!p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
      return null;
    }
    try (TableReader t = TableReader.open(p)) {
      List<String> h = t.header();
      if (h.containsAll(List.of("currency", "year", "rate", "quote"))) {
        return "rates";
      }
      if (h.containsAll(List.of("currency", "year", "index", "series"))) {
        return "indices";
      }
      return null;
    } catch (TableProblem e) {
      return null;
    }
  }

  private static boolean declaresTypes(Path p) throws IOException {
    try (TableReader t = TableReader.open(p)) {
      return ActivityTypeLibraryReader.declaresTypes(t.header());
    } catch (TableProblem e) {
      // not readable as a table: the factor reader reports why
      return false;
    }
  }

  private static String sha256(Path p) throws IOException {
    return sha256(java.nio.file.Files.readAllBytes(p));
  }

  private static String sha256(String text) {
    return sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String sha256(byte[] bytes) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** An engine over these inputs with the request's GWP set and consolidation. */
  public CalculationEngine engine(InventoryRequest request) {
    return data.engine(
        new CalculationOptions(request.gwpSet(), request.consolidation(), org, request.claims()),
        footprints);
  }

  /** The manifest of a run over these inputs and the given activity files. */
  public RunManifest manifest(InventoryRequest request, List<InputDigest> inputs) {
    List<LibraryDigest> libraries = new ArrayList<>();
    for (FactorLibrary l : data.libraries()) {
      libraries.add(new LibraryDigest(l.name(), l.version(), l.contentHash()));
    }
    libraries.addAll(declaredTypes);
    SpendTables spend = data.spend();
    if (spend != SpendTables.NONE) {
      libraries.add(
          new LibraryDigest("exchange rates", spend.rates().name(), spend.rates().digest()));
      libraries.add(
          new LibraryDigest("price indices", spend.indices().name(), spend.indices().digest()));
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("year", request.year() == 0 ? "all" : Integer.toString(request.year()));
    options.put(
        "org_structure",
        request.orgFile() == null
            ? "none (wholly owned)"
            : request.orgFile().getFileName().toString());
    if (request.claims().fromRegistry()) {
      // the run names the allocations it applied by their digest, as a service run does
      options.put("instrumentClaimsSha256", sha256(request.claims().canonical()));
    }
    return new RunManifest(
        CalculationEngine.VERSION,
        request.gwpSet(),
        request.consolidation(),
        inputs,
        libraries,
        options);
  }
}
