package org.scopeplus.io.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.BiFunction;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.disclosure.ComposingReport;
import org.scopeplus.core.disclosure.ReportContext;
import org.scopeplus.core.disclosure.ReportSubject;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.quality.DataQualityScoring;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.core.uncertainty.AssessingUncertainty;
import org.scopeplus.core.uncertainty.UncertaintyOverrides;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;

/**
 * The annual report of activity files: calculates the year's inventory exactly as {@code scopeplus
 * inventory} does, composes the report from its lines, and adds the uncertainty (IPCC Approach 1,
 * default uncertainties) of the same lines.
 */
public final class FileRunReport {

  /**
   * What composing gave: the report with the inventory it was composed beside, or the problems.
   *
   * @param report the report, null when the input was refused
   * @param outcome the inventory job's outcome (its problems when refused)
   */
  public record Composed(AnnualReport report, InventoryOutcome outcome) {
    public boolean ok() {
      return report != null;
    }
  }

  private FileRunReport() {}

  /**
   * Calculates {@code request} and composes its report.
   *
   * @param context adds what lies beside the run (trend, ledgers) to the context with the
   *     uncertainty and revenue, given the run's inventory
   */
  public static Composed compose(
      ReferenceData reference,
      InventoryRequest request,
      String organisation,
      String responsiblePerson,
      Set<String> etsFacilities,
      BiFunction<ReportContext, Inventory, ReportContext> context)
      throws IOException {
    return compose(
        reference, request, organisation, responsiblePerson, etsFacilities, context, null);
  }

  /**
   * Calculates {@code request} and composes its report, measuring its lines against a supplier
   * register when one is given: the report then carries the supplier engagement figures.
   *
   * @param engagement the register to measure against, or null for none
   */
  public static Composed compose(
      ReferenceData reference,
      InventoryRequest request,
      String organisation,
      String responsiblePerson,
      Set<String> etsFacilities,
      BiFunction<ReportContext, Inventory, ReportContext> context,
      SupplierEngagement engagement)
      throws IOException {
    ParallelInventoryJob job =
        new ParallelInventoryJob(
            reference, Math.max(1, Runtime.getRuntime().availableProcessors()));
    ReportSubject draft =
        new ReportSubject(
            organisation,
            responsiblePerson,
            request.year(),
            request.consolidation().label(),
            request.gwpSet().name(),
            "",
            "",
            "",
            etsFacilities);
    ComposingReport composing = new ComposingReport(draft);
    AssessingUncertainty assessing =
        new AssessingUncertainty(
            UncertaintyOverrides.NONE, new DataQualityScoring(reference.regions()));
    InventoryOutcome outcome =
        job.run(
            request,
            done -> {},
            line -> {
              composing.accept(line);
              assessing.accept(line);
              if (engagement != null) {
                engagement.accept(line);
              }
            });
    if (!outcome.ok()) {
      return new Composed(null, outcome);
    }
    Inventory inv = outcome.inventory();
    ReportSubject subject =
        new ReportSubject(
            organisation,
            responsiblePerson,
            request.year(),
            request.consolidation().label(),
            request.gwpSet().name(),
            "",
            manifestHash(inv.manifest()),
            inv.manifest().engineVersion(),
            etsFacilities);
    ReportContext c = ReportContext.NONE.withUncertainty(assessing.approach1(), "1");
    for (var d : inv.intensityDenominators()) {
      if (d.metric().equals("revenue") && d.year() == request.year()) {
        c = c.withRevenue(d);
      }
    }
    if (engagement != null) {
      c = c.withSupplierEngagement(engagement.years());
    }
    return new Composed(composing.compose(subject, context.apply(c, inv)), outcome);
  }

  /**
   * The SHA-256 of what a run from files was a function of: its inputs' and factor libraries'
   * hashes, the GWP set, the consolidation approach, the options and the engine version.
   */
  public static String manifestHash(RunManifest m) {
    StringBuilder b = new StringBuilder();
    b.append("engine=").append(m.engineVersion()).append('\n');
    b.append("gwp=").append(m.gwpSet().name()).append('\n');
    b.append("consolidation=").append(m.consolidation().label()).append('\n');
    for (InputDigest i : m.inputs()) {
      b.append("input=").append(i.sha256()).append(' ').append(i.records()).append('\n');
    }
    for (LibraryDigest l : m.libraries()) {
      b.append("library=").append(l.sha256()).append('\n');
    }
    new java.util.TreeMap<>(m.options())
        .forEach((k, v) -> b.append("option.").append(k).append('=').append(v).append('\n'));
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
