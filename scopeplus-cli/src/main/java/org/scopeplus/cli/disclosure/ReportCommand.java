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
import org.scopeplus.core.activity.AcceptedDates;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoReport;
import org.scopeplus.io.disclosure.FileRunReport;
import org.scopeplus.io.disclosure.ReportJsonWriter;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.io.disclosure.ReportPdfWriter;
import org.scopeplus.io.disclosure.ReportRefused;
import org.scopeplus.io.disclosure.ReportXlsxWriter;
import org.scopeplus.io.run.InventoryRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scopeplus report}: the annual report of a year (ISO 14064-1 clause 9, the GHG Protocol
 * tables, ESRS E1-6, IFRS S2 29(a), the exchanges' guideline) as PDF, XLSX or JSON
 * (docs/report.md). Exit code 0; 1 with the input's problems; 2 for unusable options.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write the annual greenhouse-gas report of a year as PDF, XLSX or JSON.")
public final class ReportCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "FILES",
      description = "Activity data files (.csv or .xlsx).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--demo", description = "The demo company, " + DemoCompany.NAME + ".")
  boolean demo;

  @Option(names = "--year", required = true, description = "The reporting year.")
  int year;

  @Option(names = "--format", required = true, description = "pdf, xlsx or json.")
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

  @Override
  public Integer call() throws IOException {
    Optional<ReportLanguage> language = ReportLanguage.parse(lang);
    if (language.isEmpty()) {
      System.err.println("--lang is en or zh-CN, not '" + lang + "'.");
      return 2;
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!List.of("pdf", "xlsx", "json").contains(f)) {
      System.err.println("--format is pdf, xlsx or json, not '" + format + "'.");
      return 2;
    }
    if (!AcceptedDates.containsYear(year)) {
      System.err.println(AcceptedDates.refusal("--year", year));
      return 2;
    }
    if (demo == !files.isEmpty()) {
      System.err.println("Give either --demo or activity FILES, one of them.");
      return 2;
    }
    FileRunReport.Composed composed;
    if (demo) {
      if (year < DemoCompany.FIRST_YEAR || year > DemoCompany.LAST_YEAR) {
        System.err.printf(
            "The demo covers %d to %d; there is no %d.%n",
            DemoCompany.FIRST_YEAR, DemoCompany.LAST_YEAR, year);
        return 2;
      }
      composed = DemoReport.of(year);
    } else {
      ConsolidationApproach approach;
      try {
        approach = ConsolidationApproach.parse(consolidation);
      } catch (IllegalArgumentException e) {
        System.err.println("--consolidation: " + e.getMessage());
        return 2;
      }
      InventoryRequest request =
          new InventoryRequest(files, factors, org, metrics, gwp, approach, year, false);
      composed =
          FileRunReport.compose(
              BuiltInReferenceData.load(),
              request,
              organisation.isBlank() ? "Reporting organisation" : organisation,
              responsible,
              new HashSet<>(etsFacilities),
              (c, inv) -> c);
    }
    if (!composed.ok()) {
      var o = composed.outcome();
      System.err.printf(
          "No report was produced: %d problem%s in the input.%n",
          o.problemCount(), o.problemCount() == 1 ? "" : "s");
      for (Problem p : o.problems()) {
        System.err.println(p);
      }
      return 1;
    }
    AnnualReport report = composed.report();
    Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".report", ".part");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        switch (f) {
          case "pdf" -> new ReportPdfWriter().write(report, language.get(), os);
          case "xlsx" -> new ReportXlsxWriter().write(report, language.get(), os);
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
        year, report.subject().organisation(), f, language.get().tag(), out);
    return 0;
  }
}
