package org.scopeplus.cli.disclosure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scopeplus.cli.management.InstrumentFolder;
import org.scopeplus.cli.management.ManagementFolder;
import org.scopeplus.cli.service.DatabaseOptions;
import org.scopeplus.cli.service.QuietLogs;
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.supplier.LabelTier;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoReport;
import org.scopeplus.io.disclosure.FileRunReport;
import org.scopeplus.io.disclosure.ReportIxbrlWriter;
import org.scopeplus.io.disclosure.ReportJsonWriter;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.io.disclosure.ReportPdfWriter;
import org.scopeplus.io.disclosure.ReportRefused;
import org.scopeplus.io.disclosure.ReportXlsxWriter;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RunReports;
import org.scopeplus.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scopeplus report}: the annual report of a year (ISO 14064-1 clause 9, the GHG Protocol
 * tables, ESRS E1-6, IFRS S2 29(a), the exchanges' guideline) as PDF, XLSX or JSON
 * (docs/report.md), of the demo, of activity files, or of a run stored by the service ({@code --run
 * ID}, with the service stopped: the same report its API answers). Exit code 0; 1 with the input's
 * problems or no such run; 2 for unusable options.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Write the annual greenhouse-gas report of a year as PDF, XLSX or JSON, or its ESRS E1-6"
            + " as inline XBRL.")
public final class ReportCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "FILES",
      description = "Activity data files (.csv or .xlsx).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--demo", description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(
      names = "--run",
      paramLabel = "ID",
      description =
          "A run stored by the service, read from its database (--data DIR or --db-url); stop the"
              + " service first when it uses the embedded database.")
  String run;

  @Mixin DatabaseOptions database;

  @Option(
      names = "--year",
      description = "The reporting year (with --run: the run's period's year, checked if given).")
  Integer year;

  @Option(
      names = "--format",
      required = true,
      description = "pdf, xlsx, json, or ixbrl (ESRS E1-6 as inline XBRL).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "en or zh-CN (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--factors",
      paramLabel = "FILE",
      description = "Your own factor library (repeatable).")
  List<Path> factors = new ArrayList<>();

  @Option(names = "--org", paramLabel = "FILE", description = "Org structure.")
  Path org;

  @Option(names = "--metrics", paramLabel = "FILE", description = "Business metrics (net revenue).")
  Path metrics;

  @Option(
      names = "--instruments",
      paramLabel = "DIR",
      description = {
        "A folder with instruments.csv and optionally allocations.csv (see docs/management.md):",
        "market-based Scope 2 applies the certificates and contracts the registry allocates to",
        "the electricity of FILES, as 'scopeplus inventory --instruments' does."
      })
  Path instruments;

  @Option(
      names = "--gwp",
      defaultValue = "AR5",
      description = "AR4, AR5 or AR6 (default: ${DEFAULT-VALUE}).")
  GwpSet gwp;

  @Option(
      names = "--consolidation",
      defaultValue = "operational_control",
      description = "operational_control, financial_control or equity_share.")
  String consolidation;

  @Option(
      names = "--organisation",
      defaultValue = "",
      description = "The reporting organisation's name.")
  String organisation;

  @Option(
      names = "--responsible",
      defaultValue = "",
      description = "The person responsible for the report.")
  String responsible;

  @Option(
      names = "--ets-facility",
      paramLabel = "FACILITY",
      description = "A facility a regulated emissions trading scheme covers (repeatable).")
  List<String> etsFacilities = new ArrayList<>();

  @Option(
      names = "--lei",
      paramLabel = "LEI",
      description =
          "The filer's Legal Entity Identifier (ISO 17442), identifying the entity in the inline"
              + " XBRL (default: the organisation's name).")
  String lei;

  @Option(
      names = "--suppliers",
      paramLabel = "FILE",
      description =
          "A supplier register in the format of suppliers.csv (docs/management.md): the report"
              + " then has the supplier engagement figures of the activity files or the demo.")
  Path suppliers;

  @Option(
      names = "--supplier-tiers",
      paramLabel = "FILE",
      description =
          "Label tiers in the format of supplier-tiers.csv (default: gold, silver, bronze).")
  Path supplierTiers;

  @Override
  public Integer call() throws IOException {
    Optional<ReportLanguage> language = ReportLanguage.parse(lang);
    if (language.isEmpty()) {
      System.err.println("--lang is en or zh-CN, not '" + lang + "'.");
      return 2;
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("pdf", "xlsx", "json", "ixbrl").contains(f)) {
      System.err.println("--format is pdf, xlsx, json or ixbrl, not '" + format + "'.");
      return 2;
    }
    try {
      new ReportIxbrlWriter(lei);
    } catch (ReportRefused e) {
      System.err.println("--lei: " + e.getMessage() + ".");
      return 2;
    }
    if (year != null && !AcceptedDates.containsYear(year)) {
      System.err.println(AcceptedDates.refusal("--year", year));
      return 2;
    }
    if ((demo ? 1 : 0) + (files.isEmpty() ? 0 : 1) + (run == null ? 0 : 1) != 1) {
      System.err.println("Give either --demo, activity FILES or --run ID: one of them.");
      return 2;
    }
    if (run != null && (suppliers != null || supplierTiers != null)) {
      System.err.println(
          "--suppliers and --supplier-tiers are for activity files and the demo; a stored run"
              + " carries the figures measured when it was calculated.");
      return 2;
    }
    if (supplierTiers != null && suppliers == null) {
      System.err.println("--supplier-tiers needs --suppliers.");
      return 2;
    }
    if (instruments != null && files.isEmpty()) {
      System.err.println(
          "--instruments goes with activity FILES; the demo and stored runs carry their own"
              + " registry.");
      return 2;
    }
    if (year == null && run == null) {
      System.err.println("--year is needed with --demo and with activity files.");
      return 2;
    }
    AnnualReport report;
    if (run != null) {
      Composition stored = stored(run);
      if (stored.report() == null) {
        return stored.exit();
      }
      report = stored.report();
      if (year != null && year != report.subject().year()) {
        System.err.printf(
            "Run %s is of %d, not of --year %d.%n", run, report.subject().year(), year);
        return 2;
      }
    } else {
      Composition composed = composed();
      if (composed.report() == null) {
        return composed.exit();
      }
      report = composed.report();
    }
    return write(report, f, language.get());
  }

  /** A composed report, or none and the exit code saying why (after the reason was printed). */
  private record Composition(AnnualReport report, int exit) {
    static Composition of(AnnualReport report) {
      return new Composition(report, 0);
    }

    static Composition none(int exit) {
      return new Composition(null, exit);
    }
  }

  /** The report of the stored run {@code id}, or empty after saying why there is none. */
  private Composition stored(String id) {
    QuietLogs.apply();
    Database opened;
    try {
      opened = database.openExisting();
    } catch (DatabaseOptions.NoDatabase e) {
      System.err.println("scopeplus report: " + e.getMessage());
      return Composition.none(2);
    }
    try (Database db = opened) {
      return Composition.of(RunReports.of(db, BuiltInReferenceData.load()).composeStored(id));
    } catch (ApiProblem e) {
      System.err.println("scopeplus report: " + e.getMessage() + ".");
      return Composition.none(1);
    }
  }

  private Composition composed() throws IOException {
    SupplierEngagement engagement = null;
    if (suppliers != null) {
      try {
        engagement =
            new SupplierEngagement(
                ManagementFolder.supplierRegister(suppliers),
                supplierTiers == null
                    ? LabelTier.DEFAULTS
                    : ManagementFolder.supplierTiers(supplierTiers));
      } catch (IllegalArgumentException e) {
        System.err.println("--suppliers: " + e.getMessage());
        return Composition.none(1);
      }
    }
    FileRunReport.Composed composed;
    if (demo) {
      if (year < DemoCompany.FIRST_YEAR || year > DemoCompany.LAST_YEAR) {
        System.err.printf(
            "The demo covers %d to %d; there is no %d.%n",
            DemoCompany.FIRST_YEAR, DemoCompany.LAST_YEAR, year);
        return Composition.none(2);
      }
      composed = DemoReport.of(year, engagement);
    } else {
      ConsolidationApproach approach;
      try {
        approach = ConsolidationApproach.parse(consolidation);
      } catch (IllegalArgumentException e) {
        System.err.println("--consolidation: " + e.getMessage());
        return Composition.none(2);
      }
      InventoryRequest request =
          new InventoryRequest(files, factors, org, metrics, gwp, approach, year, false);
      if (instruments != null) {
        try {
          request = request.withClaims(InstrumentFolder.registry(instruments, files).claims());
        } catch (IllegalArgumentException e) {
          System.err.println("No report was produced: the instrument registry refuses its input.");
          System.err.println(e.getMessage());
          return Composition.none(1);
        }
      }
      composed =
          FileRunReport.compose(
              BuiltInReferenceData.load(),
              request,
              organisation.isBlank() ? "Reporting organisation" : organisation,
              responsible,
              new HashSet<>(etsFacilities),
              (c, inv) -> c,
              engagement);
    }
    if (!composed.ok()) {
      var o = composed.outcome();
      System.err.printf(
          "No report was produced: %d problem%s in the input.%n",
          o.problemCount(), o.problemCount() == 1 ? "" : "s");
      for (Problem p : o.problems()) {
        System.err.println(p);
      }
      return Composition.none(1);
    }
    return Composition.of(composed.report());
  }

  private int write(AnnualReport report, String f, ReportLanguage language) throws IOException {
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".report", ".part");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        switch (f) {
          case "pdf" -> new ReportPdfWriter().write(report, language, os);
          case "xlsx" -> new ReportXlsxWriter().write(report, language, os);
          case "ixbrl" -> new ReportIxbrlWriter(lei).write(report, os);
          default -> new ReportJsonWriter().write(report, os);
        }
      }
      Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } catch (ReportRefused e) {
      System.err.println(e.getMessage());
      return 2;
    } finally {
      Files.deleteIfExists(tmp);
    }
    System.err.printf(
        "Wrote the %d report of %s (%s, %s) to %s.%n",
        report.subject().year(), report.subject().organisation(), f, language.tag(), out);
    return 0;
  }
}
