package org.scopeplus.cli.management;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.scopeplus.cli.options.TableOrJson;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.spend.PricedCurrency;
import org.scopeplus.core.supplier.EngagementYear;
import org.scopeplus.core.supplier.LabelTier;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.core.supplier.SupplierYear;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoManagement;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code scopeplus suppliers engagement --data DIR} (or {@code --demo}): the purchases of a
 * folder's activity file calculated as {@code scopeplus inventory} does, matched to the supplier
 * register, with the SBTi supplier engagement metric and the supplier-data share by year.
 */
@Command(
    name = "engagement",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the SBTi supplier engagement figures of one's own files, by year.",
      "The share of Scope 3 emissions and of spend covered by suppliers with validated",
      "science-based targets and by supplier-specific data; each supplier's maturity and label tier."
    })
public final class SuppliersEngagementCommand implements Callable<Integer> {

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = {
        "A folder with suppliers.csv, activity.csv and optionally org.csv, supplier-tiers.csv",
        "and footprints.json (see docs/management.md)."
      })
  Path data;

  @Option(
      names = "--demo",
      description =
          "The demo company's purchases and supplier register instead of a folder of one's own.")
  boolean demo;

  @Option(names = "--year", description = "Only this year (default: every year with purchases).")
  Integer year;

  @Option(
      names = "--format",
      description = "table or json (default: ${DEFAULT-VALUE}).",
      defaultValue = "table")
  TableOrJson format;

  @Override
  public Integer call() throws IOException {
    if (demo == (data != null)) {
      System.err.println("Give either --data DIR or --demo: one of them.");
      return 2;
    }
    Path demoDir = demo ? Files.createTempDirectory("scopeplus-demo-suppliers") : null;
    try {
      return measure(demoDir);
    } finally {
      if (demoDir != null) {
        try (var files = Files.walk(demoDir)) {
          for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    }
  }

  private int measure(Path demoDir) throws IOException {
    SupplierEngagement engagement;
    try {
      Path activity;
      Path org;
      Path footprints;
      if (demoDir != null) {
        var files = DemoDataset.extract(demoDir);
        engagement = new SupplierEngagement(DemoManagement.suppliers(), LabelTier.DEFAULTS);
        activity = files.activity();
        org = files.org();
        footprints = demoDir.resolve(ManagementFolder.FOOTPRINTS);
      } else {
        engagement =
            new SupplierEngagement(ManagementFolder.suppliers(data), ManagementFolder.tiers(data));
        activity = data.resolve(ManagementFolder.ACTIVITY);
        if (!Files.isRegularFile(activity)) {
          throw new ManagementFolder.Refused(
              ManagementFolder.ACTIVITY, 0, "file", "missing in " + data);
        }
        org = data.resolve(ManagementFolder.ORG);
        footprints = data.resolve(ManagementFolder.FOOTPRINTS);
      }
      ParallelInventoryJob job =
          new ParallelInventoryJob(
              BuiltInReferenceData.load(), Math.max(1, Runtime.getRuntime().availableProcessors()));
      InventoryOutcome o =
          job.run(
              new InventoryRequest(
                  List.of(activity),
                  List.of(),
                  Files.isRegularFile(org) ? org : null,
                  null,
                  GwpSet.DEFAULT,
                  ConsolidationApproach.OPERATIONAL_CONTROL,
                  year == null ? 0 : year,
                  false,
                  Files.isRegularFile(footprints) ? footprints : null),
              done -> {},
              engagement);
      if (!o.ok()) {
        StringBuilder b = new StringBuilder("The purchases cannot be calculated:");
        for (Problem p : o.problems()) {
          b.append(System.lineSeparator()).append(p);
        }
        throw new IllegalArgumentException(b.toString());
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    SortedMap<Integer, EngagementYear> years = engagement.years();
    if (years.isEmpty()) {
      System.err.println("no Scope 3 emissions are recorded" + (year == null ? "" : " in " + year));
      return 2;
    }
    if (format == TableOrJson.json) {
      System.out.println(JsonMapper.builder().build().writeValueAsString(json(years)));
      return 0;
    }
    table(years);
    return 0;
  }

  /** The figures as the JSON document {@code scopeplus.supplier-engagement/1}. */
  static Map<String, Object> json(SortedMap<Integer, EngagementYear> years) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (EngagementYear y : years.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", y.year());
      m.put("scope3Grams", y.scope3Grams());
      m.put("purchaseGrams", y.purchaseGrams());
      m.put("validatedTargetGrams", y.validatedGrams());
      m.put("validatedTargetShareOfScope3", finite(y.validatedShareOfScope3()));
      m.put("validatedTargetShareOfPurchases", finite(y.validatedShareOfPurchases()));
      m.put("supplierSpecificGrams", y.supplierSpecificGrams());
      m.put("supplierSpecificShareOfScope3", finite(y.supplierSpecificShareOfScope3()));
      m.put("supplierSpecificShareOfPurchases", finite(y.supplierSpecificShareOfPurchases()));
      m.put("unregisteredSupplierGrams", y.unregisteredGrams());
      m.put("noSupplierGrams", y.unnamedGrams());
      m.put("unregisteredSuppliers", y.unregistered());
      List<Map<String, Object>> spend = new ArrayList<>();
      y.spend()
          .forEach(
              (c, s) -> {
                Map<String, Object> sm = new LinkedHashMap<>();
                PricedCurrency p = PricedCurrency.parse(c).orElse(new PricedCurrency(c, 0));
                sm.put("currency", p.currency());
                sm.put("priceYear", p.priceYearKnown() ? p.priceYear() : null);
                sm.put("label", p.label());
                sm.put("total", s.total());
                sm.put("validatedTarget", s.validated());
                sm.put("validatedTargetShare", finite(s.validatedShare()));
                sm.put("supplierSpecific", s.supplierSpecific());
                sm.put("supplierSpecificShare", finite(s.supplierSpecificShare()));
                spend.add(sm);
              });
      m.put("spend", spend);
      m.put("spendNote", y.spendNotAdded().orElse(null));
      List<Map<String, Object>> suppliers = new ArrayList<>();
      for (SupplierYear s : y.suppliers()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("supplierId", s.supplier().id());
        sm.put("name", s.supplier().name());
        sm.put("targetStatus", s.status().label());
        sm.put("targetYear", s.supplier().targetYear() == 0 ? null : s.supplier().targetYear());
        sm.put("ambition", s.supplier().ambition().isEmpty() ? null : s.supplier().ambition());
        sm.put("dataMaturity", s.maturity().label());
        sm.put("tier", s.tier().isEmpty() ? null : s.tier());
        sm.put("grams", s.grams());
        sm.put("spend", s.spend());
        suppliers.add(sm);
      }
      m.put("suppliers", suppliers);
      out.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("schema", "scopeplus.supplier-engagement/1");
    doc.put("unit", "g CO2e");
    doc.put("years", out);
    return doc;
  }

  private static Double finite(double d) {
    return Double.isFinite(d) ? d : null;
  }

  private static void table(SortedMap<Integer, EngagementYear> years) {
    System.out.println(
        "Supplier engagement (SBTi: share of Scope 3 emissions and of spend from suppliers with"
            + " validated science-based targets)");
    System.out.printf(
        "%-6s %14s %14s %10s %10s %10s%n",
        "year", "Scope 3 t", "purchases t", "SBT/S3", "SBT/purch", "supplier");
    for (EngagementYear y : years.values()) {
      System.out.printf(
          "%-6d %14s %14s %10s %10s %10s%n",
          y.year(),
          tonnes(y.scope3Grams()),
          tonnes(y.purchaseGrams()),
          percent(y.validatedShareOfScope3()),
          percent(y.validatedShareOfPurchases()),
          percent(y.supplierSpecificShareOfScope3()));
      y.spend()
          .forEach(
              (c, s) ->
                  System.out.printf(
                      Locale.ROOT,
                      "       spend %s %.2f, %s with validated targets%n",
                      PricedCurrency.parse(c).map(PricedCurrency::label).orElse(c),
                      s.total(),
                      percent(s.validatedShare())));
      y.spendNotAdded().ifPresent(n -> System.out.println("       " + n));
      for (SupplierYear s : y.suppliers()) {
        System.out.printf(
            "       %-12s %-28s %-10s %-18s %-8s %14s t%n",
            s.supplier().id(),
            s.supplier().name(),
            s.status().label(),
            s.maturity().label(),
            s.tier().isEmpty() ? "-" : s.tier(),
            tonnes(s.grams()));
      }
      if (!y.unregistered().isEmpty()) {
        System.out.println(
            "       not in the register: "
                + String.join(", ", y.unregistered())
                + " ("
                + tonnes(y.unregisteredGrams())
                + " t)");
      }
    }
  }

  private static String tonnes(long grams) {
    return java.math.BigDecimal.valueOf(grams, 6).toPlainString();
  }

  private static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "-";
  }
}
