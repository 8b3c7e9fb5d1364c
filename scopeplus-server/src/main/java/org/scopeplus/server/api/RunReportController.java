package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.disclosure.ReportJsonWriter;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.io.disclosure.ReportPdfWriter;
import org.scopeplus.io.disclosure.ReportRefused;
import org.scopeplus.io.disclosure.ReportXlsxWriter;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.disclosure.StoredRunReport;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.user.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of a stored run (docs/report.md) as PDF (English or Chinese), XLSX data pack or
 * JSON: every figure from the run's trace lines, with the base year, the uncertainty (IPCC Approach
 * 1) and the verifier's opinion on this run. The report covers the whole organisation, so a data
 * owner, whose role is limited to org units, is refused it.
 */
@Tag(name = "Runs")
@RestController
class RunReportController {

  /** The most trace lines a report is composed from in one request. */
  static final long MAX_LINES = 5_000_000;

  private final Database db;
  private final ReferenceData reference;
  private final RunUncertaintyController uncertainty;
  private final RunStore runs = new RunStore();
  private final StoredRunReport reports = new StoredRunReport();

  RunReportController(Database db, ReferenceData reference, RunUncertaintyController uncertainty) {
    this.db = db;
    this.reference = reference;
    this.uncertainty = uncertainty;
  }

  @Operation(summary = "Download a run's annual report as PDF, XLSX or JSON, in English or Chinese")
  @GetMapping("/api/v1/runs/{id}/report")
  ResponseEntity<byte[]> report(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(defaultValue = "en") String lang) {
    if (caller.role() == Role.DATA_OWNER) {
      throw ApiProblem.forbidden(
          "the annual report covers the whole organisation; a data owner reads the org units they"
              + " own through the run's results");
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("pdf") && !f.equals("xlsx") && !f.equals("json")) {
      throw ApiProblem.badRequest("format is pdf, xlsx or json");
    }
    ReportLanguage language =
        ReportLanguage.parse(lang).orElseThrow(() -> ApiProblem.badRequest("lang is en or zh-CN"));
    AnnualReport report =
        db.inTransaction(
            c -> {
              CalculationRun run =
                  runs.byId(c, caller.tenantId(), id)
                      .orElseThrow(() -> ApiProblem.notFound("run " + id));
              if (run.lines() > MAX_LINES) {
                throw ApiProblem.refused(
                    "Report Refused",
                    "run "
                        + id
                        + " has "
                        + run.lines()
                        + " trace lines; a report is composed"
                        + " here from at most "
                        + MAX_LINES
                        + "; use the command line");
              }
              java.util.List<org.scopeplus.core.uncertainty.Interval> intervals =
                  uncertainty.approach1(c, caller.tenantId(), run);
              return reports.compose(
                  c,
                  run,
                  type -> reference.catalog().type(type).map(t -> t.method()).orElse(""),
                  gas ->
                      reference
                          .gwps()
                          .gas(gas)
                          .map(Gas::group)
                          .map(g -> !g.inTotals())
                          .orElse(false),
                  ctx -> ctx.withUncertainty(intervals, "1"));
            });
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    MediaType type;
    try {
      switch (f) {
        case "pdf" -> {
          new ReportPdfWriter().write(report, language, out);
          type = MediaType.APPLICATION_PDF;
        }
        case "xlsx" -> {
          new ReportXlsxWriter().write(report, language, out);
          type =
              MediaType.parseMediaType(
                  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
        default -> {
          new ReportJsonWriter().write(report, out);
          type = MediaType.APPLICATION_JSON;
        }
      }
    } catch (ReportRefused e) {
      throw ApiProblem.refused("Report Refused", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in memory", e);
    }
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"scopeplus-report-" + id + "-" + language.tag() + "." + f + "\"")
        .body(out.toByteArray());
  }
}
