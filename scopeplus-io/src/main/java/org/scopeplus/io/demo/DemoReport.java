package org.scopeplus.io.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.NeutralityClaim;
import org.scopeplus.core.disclosure.LedgerEntry;
import org.scopeplus.core.disclosure.ReportContext;
import org.scopeplus.core.disclosure.ReportedTarget;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.targets.ProgressOutcome;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetProgress;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.disclosure.FileRunReport;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;

/**
 * The demo company's annual report of a year: its inventory from the demo's files, the base year
 * 2020, the trend of every year from 2020, the pathway of its first target (Scopes 1 and 2
 * market-based to net zero by 2030), and its ledgers (targets, renewable electricity, credits
 * retired, the neutrality claim, the Scope 3+ reductions) each in its own section.
 */
public final class DemoReport {

  /** The demo's person responsible for the report (fictional, like the company). */
  public static final String RESPONSIBLE = "Carbon Office, Kestrel Group";

  private DemoReport() {}

  /** The report of {@code year} (2020 to 2025). */
  public static FileRunReport.Composed of(int year) throws IOException {
    return of(year, null);
  }

  /**
   * The report of {@code year} (2020 to 2025), its lines measured against a supplier register when
   * one is given.
   *
   * @param engagement the register to measure against, or null for none
   */
  public static FileRunReport.Composed of(
      int year, org.scopeplus.core.supplier.SupplierEngagement engagement) throws IOException {
    if (year < DemoCompany.FIRST_YEAR || year > DemoCompany.LAST_YEAR) {
      throw new IllegalArgumentException(
          "The demo covers "
              + DemoCompany.FIRST_YEAR
              + " to "
              + DemoCompany.LAST_YEAR
              + "; there is no "
              + year
              + ".");
    }
    ReferenceData reference = BuiltInReferenceData.load();
    Path dir = Files.createTempDirectory("scopeplus-demo-report");
    try {
      DemoDataset.DemoFiles f = DemoDataset.extract(dir);
      // one registry, the one scopeplus demo applies, gives every year's market-based Scope 2 and
      // the renewable share
      var registry = DemoInstruments.registry(f.activity());
      var claims = registry.claims();
      SortedMap<Integer, Totals> trend = new TreeMap<>();
      ParallelInventoryJob job =
          new ParallelInventoryJob(
              reference, Math.max(1, Runtime.getRuntime().availableProcessors()));
      for (int y = DemoCompany.FIRST_YEAR; y < year; y++) {
        InventoryOutcome o = job.run(request(f, y).withClaims(claims), done -> {});
        if (!o.ok()) {
          throw new IllegalStateException(
              "the demo's " + y + " inventory is refused: " + o.problems());
        }
        trend.put(y, o.inventory().totals());
      }
      var renewable = registry.renewableShare();
      return FileRunReport.compose(
          reference,
          request(f, year).withClaims(claims),
          DemoCompany.NAME,
          RESPONSIBLE,
          Set.of(),
          (c, inv) -> context(c, year, inv.totals(), trend, renewable.of(DemoCompany.ROOT)),
          engagement);
    } finally {
      deleteRecursively(dir);
    }
  }

  /**
   * The context of the demo's report once the reporting year's totals are known: base year, trend,
   * pathway and ledgers.
   */
  public static ReportContext context(
      ReportContext c,
      int year,
      Totals current,
      SortedMap<Integer, Totals> earlier,
      SortedMap<Integer, Double> renewable) {
    SortedMap<Integer, Totals> trend = new TreeMap<>(earlier);
    trend.put(year, current);
    Totals base = trend.get(DemoCompany.FIRST_YEAR);
    Target t1 = DemoManagement.targets().get(0);
    long base12 = Math.addExact(base.scope1(), base.scope2Market());
    SortedMap<Integer, Double> actuals = new TreeMap<>();
    for (Map.Entry<Integer, Totals> e : trend.entrySet()) {
      actuals.put(e.getKey(), t1.emissionValue(e.getValue(), 1));
    }
    TargetProgress progress =
        ((ProgressOutcome.Measured) TargetProgress.of(t1, actuals, null, year)).progress();
    List<LedgerEntry> management = new ArrayList<>();
    long actual12 = Math.addExact(current.scope1(), current.scope2Market());
    Double share = renewable.get(year);
    if (share != null) {
      management.add(
          new LedgerEntry(
              "renewables",
              DemoCompany.NAME + " " + year,
              share * 100,
              "%",
              "renewable-share",
              List.of(DemoCompany.NAME, Integer.toString(year))));
    }
    Map<CreditKind, Long> retired = DemoManagement.credits().retiredFor(year);
    for (CreditKind k : CreditKind.values()) {
      management.add(
          new LedgerEntry(
              "credits",
              k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
              retired.getOrDefault(k, 0L),
              "t CO2e",
              "credits-" + k.name().toLowerCase(java.util.Locale.ROOT),
              List.of()));
    }
    Double avoided = DemoManagement.scope3PlusReductions().get(year);
    NeutralityClaim claim =
        NeutralityClaim.of(
            "1+2",
            year,
            actual12,
            DemoCompany.FIRST_YEAR,
            base12,
            retired,
            avoided == null ? -1 : Math.round(avoided * 1e6));
    management.add(
        new LedgerEntry(
            "claim",
            "Scopes 1+2 residual after credits",
            claim.residualGrams() / 1e6,
            "t CO2e",
            "claim-residual",
            List.of()));
    management.add(
        new LedgerEntry(
            "claim",
            "ISO 14068-1 carbon neutral (1 yes, 0 no)",
            claim.carbonNeutral() ? 1 : 0,
            "",
            "claim-neutral",
            List.of()));
    List<LedgerEntry> scope3Plus = new ArrayList<>();
    if (avoided != null) {
      scope3Plus.add(
          new LedgerEntry(
              "scope3plus",
              "Reductions enabled by the platform " + year,
              avoided,
              "t CO2e",
              "scope3plus-enabled",
              List.of(Integer.toString(year))));
    }
    // the target's pathway and its figures of the year, as a stored run's report shows them
    return ReportedTarget.shown(
        c.withBaseYear(DemoCompany.FIRST_YEAR, base, List.of())
            .withTrend(trend, new TreeMap<>(), "", ReportContext.SCOPE_1_2_MARKET)
            .withLedgers(management, scope3Plus),
        progress,
        year);
  }

  private static InventoryRequest request(DemoDataset.DemoFiles f, int year) {
    return new InventoryRequest(
        List.of(f.activity()),
        List.of(),
        f.org(),
        f.metrics(),
        GwpSet.DEFAULT,
        ConsolidationApproach.OPERATIONAL_CONTROL,
        year,
        false);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
