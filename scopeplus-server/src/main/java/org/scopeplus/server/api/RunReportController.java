package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.scopeplus.server.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report of a stored run (docs/report.md) as PDF (English or Chinese), XLSX data pack or
 * JSON, through {@link RunReports}.
 */
@Tag(name = "Runs")
@RestController
class RunReportController {

  private final RunReports reports;

  RunReportController(RunReports reports) {
    this.reports = reports;
  }

  @Operation(summary = "Download a run's annual report as PDF, XLSX or JSON, in English or Chinese")
  @GetMapping("/api/v1/runs/{id}/report")
  ResponseEntity<byte[]> report(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(defaultValue = "pdf") String format,
      @RequestParam(defaultValue = "en") String lang,
      @RequestParam(required = false) String lei) {
    // parameters first: an unusable request is refused before any work
    reports.check(format, lang);
    reports.checkLei(lei);
    RunReports.Rendered r = reports.render(reports.compose(caller, id), format, lang, lei);
    return ResponseEntity.ok()
        .contentType(r.mediaType())
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName() + "\"")
        .body(r.bytes());
  }
}
