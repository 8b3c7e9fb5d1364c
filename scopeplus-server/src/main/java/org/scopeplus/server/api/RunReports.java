package org.scopeplus.server.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.scopeplus.core.disclosure.AnnualReport;
import org.scopeplus.core.gas.Gas;
import org.scopeplus.core.uncertainty.Interval;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.disclosure.ReportIxbrlWriter;
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
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The annual reports of stored runs, for the API and the console alike: composed from a run's trace
 * lines with the base year, the Approach 1 uncertainty and the verifier's opinion, and rendered as
 * PDF, XLSX or JSON. The report covers the whole organisation, so a data owner, whose role is
 * limited to org units, is refused it.
 */
@Component
public class RunReports {

  /** The most trace lines a report is composed from in one request. */
  static final long MAX_LINES = 5_000_000;

  /**
   * A rendered report.
   *
   * @param bytes the file
   * @param mediaType its media type
   * @param fileName a file name for it
   */
  public record Rendered(byte[] bytes, MediaType mediaType, String fileName) {}

  private final Database db;
  private final ReferenceData reference;
  private final RunUncertaintyController uncertainty;
  private final RunStore runs = new RunStore();
  private final StoredRunReport reports = new StoredRunReport();

  RunReports(Database db, ReferenceData reference, RunUncertaintyController uncertainty) {
    this.db = db;
    this.reference = reference;
    this.uncertainty = uncertainty;
  }

  /**
   * The reports of the stored runs in {@code db} without the service, for the command line ({@code
   * scopeplus report --run ID --data DIR}): the same composition the API answers.
   */
  public static RunReports of(Database db, ReferenceData reference) {
    return new RunReports(db, reference, new RunUncertaintyController(db, reference));
  }

  /**
   * The report of run {@code runId} of whichever tenant it belongs to, for one who holds the whole
   * database (the command line, with the service stopped); composed exactly as {@link
   * #compose(Caller, String)} composes it, but without its line limit.
   *
   * @throws ApiProblem when there is no such run, or its factors are no longer stored
   */
  public AnnualReport composeStored(String runId) {
    return db.inTransaction(
        c -> {
          String tenant =
              runs.tenantOf(c, runId).orElseThrow(() -> ApiProblem.notFound("run " + runId));
          CalculationRun run = runs.byId(c, tenant, runId).orElseThrow();
          return compose(c, tenant, run);
        });
  }

  /** The report of the caller's tenant's run {@code runId}. */
  public AnnualReport compose(Caller caller, String runId) {
    if (caller.role() == Role.DATA_OWNER) {
      throw ApiProblem.forbidden(
          "the annual report covers the whole organisation; a data owner reads the org units they"
              + " own through the run's results");
    }
    return db.inTransaction(
        c -> {
          CalculationRun run =
              runs.byId(c, caller.tenantId(), runId)
                  .orElseThrow(() -> ApiProblem.notFound("run " + runId));
          if (run.lines() > MAX_LINES) {
            throw ApiProblem.refused(
                "Report Refused",
                "run "
                    + runId
                    + " has "
                    + run.lines()
                    + " trace lines; a report is composed"
                    + " here from at most "
                    + MAX_LINES
                    + "; use the command line");
          }
          return compose(c, caller.tenantId(), run);
        });
  }

  private AnnualReport compose(java.sql.Connection c, String tenantId, CalculationRun run)
      throws java.sql.SQLException {
    List<Interval> intervals = uncertainty.approach1(c, tenantId, run);
    return reports.compose(
        c,
        run,
        type -> reference.catalog().type(type).map(t -> t.method()).orElse(""),
        gas -> reference.gwps().gas(gas).map(Gas::group).map(g -> !g.inTotals()).orElse(false),
        ctx -> ctx.withUncertainty(intervals, "1"));
  }

  /**
   * The format, lower case, when it and the language can be rendered.
   *
   * @throws ApiProblem 400 naming what is accepted
   */
  public String check(String format, String lang) {
    String f = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
    if (!f.equals("pdf") && !f.equals("xlsx") && !f.equals("json") && !f.equals("ixbrl")) {
      throw ApiProblem.badRequest("format is pdf, xlsx, json or ixbrl");
    }
    if (ReportLanguage.parse(lang).isEmpty()) {
      throw ApiProblem.badRequest("lang is en or zh-CN");
    }
    return f;
  }

  /**
   * {@code report} as {@code format} (pdf, xlsx, json, or ixbrl: ESRS E1-6 as inline XBRL, in
   * English) in {@code lang} (en, zh-CN).
   *
   * @throws ApiProblem 400 for another format or language, 422 when the PDF cannot be made here
   */
  public Rendered render(AnnualReport report, String format, String lang) {
    return render(report, format, lang, null);
  }

  /**
   * The filer's LEI, when given, is an ISO 17442 identifier.
   *
   * @throws ApiProblem 400 with the sentence that says why not
   */
  public void checkLei(String lei) {
    try {
      new ReportIxbrlWriter(lei);
    } catch (ReportRefused e) {
      throw ApiProblem.badRequest("lei: " + e.getMessage());
    }
  }

  /**
   * {@code report} as {@link #render(AnnualReport, String, String)} renders it, the inline XBRL
   * identifying the entity by {@code lei} (ISO 17442) when one is given.
   */
  public Rendered render(AnnualReport report, String format, String lang, String lei) {
    String f = check(format, lang);
    ReportLanguage language = ReportLanguage.parse(lang).orElseThrow();
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
        case "ixbrl" -> {
          new ReportIxbrlWriter(lei).write(report, out);
          type = MediaType.parseMediaType("application/xhtml+xml");
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
    String name =
        "scopeplus-report-"
            + report.subject().year()
            + "-"
            + report.subject().runId()
            + "-"
            + language.tag()
            + "."
            + (f.equals("ixbrl") ? "xhtml" : f);
    return new Rendered(out.toByteArray(), type, name);
  }
}
