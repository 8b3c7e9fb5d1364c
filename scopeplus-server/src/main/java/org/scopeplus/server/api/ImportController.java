package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Map;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Activity imports: a CSV or XLSX file uploaded into a reporting period, stored whole or not at all
 * ({@link ReceivingUpload}).
 */
@Tag(
    name = "Imports",
    description =
        "Activity files (CSV, XLSX) imported into a reporting period, all or nothing, and their stored records")
@RestController
@RequestMapping("/api/v1")
class ImportController {

  /** A stored import. */
  record ImportView(
      String id,
      String periodId,
      String fileName,
      String sha256,
      long records,
      String status,
      String replaces,
      String createdBy,
      Instant createdAt,
      boolean duplicate) {
    static ImportView of(ActivityImport i, boolean duplicate) {
      return new ImportView(
          i.id(),
          i.periodId(),
          i.fileName(),
          i.sha256(),
          i.records(),
          i.status(),
          i.replacesId(),
          i.createdBy(),
          i.createdAt(),
          duplicate);
    }
  }

  private final Database db;
  private final ImportStore imports = new ImportStore();
  private final ReceivingUpload receiving;

  ImportController(Database db, ReceivingUpload receiving) {
    this.db = db;
    this.receiving = receiving;
  }

  @Operation(summary = "Upload a CSV or XLSX activity file into a period, all or nothing")
  @PostMapping("/periods/{periodId}/imports")
  ResponseEntity<?> upload(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String periodId,
      @RequestPart("file") MultipartFile file,
      @RequestParam(required = false) String replaces) {
    Access.writer(caller);
    ReceivingUpload.Outcome outcome = receiving.upload(caller, periodId, file, replaces, 0);
    if (outcome instanceof ReceivingUpload.Outcome.Imported imported) {
      return answer(imported.outcome(), imported.fileName());
    }
    return busy(receiving.permits());
  }

  /** The 429 problem for an import beyond the caps of {@link ImportPermits}. */
  static ResponseEntity<ProblemDetail> busy(ImportPermits permits) {
    ProblemDetail d =
        ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, permits.busyDetail());
    d.setTitle("Too Many Imports");
    return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
        .header(HttpHeaders.RETRY_AFTER, Long.toString(permits.retryAfterSeconds()))
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(d);
  }

  private static ResponseEntity<ImportView> answer(ImportOutcome outcome, String name) {
    if (outcome instanceof ImportOutcome.Stored s) {
      return ResponseEntity.status(HttpStatus.CREATED).body(ImportView.of(s.stored(), false));
    }
    if (outcome instanceof ImportOutcome.AlreadyStored a) {
      return ResponseEntity.ok(ImportView.of(a.existing(), true));
    }
    if (outcome instanceof ImportOutcome.NotFound nf) {
      throw ApiProblem.notFound(nf.what());
    }
    if (outcome instanceof ImportOutcome.OutsideUnits o) {
      throw ApiProblem.withProblems(
          HttpStatus.FORBIDDEN,
          "Outside Your Org Units",
          name + " writes into org units you may not write in; nothing was stored",
          o.problems(),
          o.problemCount());
    }
    ImportOutcome.Rejected r = (ImportOutcome.Rejected) outcome;
    throw ApiProblem.withProblems(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "Import Rejected",
        name + " has " + r.problemCount() + " problem(s); nothing was stored",
        r.problems(),
        r.problemCount());
  }

  /** The uploaded name without any folder, or a neutral name when there is none. */
  static String fileName(String original) {
    String n = original == null ? "" : original.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return "upload.csv";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }

  @Operation(summary = "List stored imports, optionally of one period")
  @GetMapping("/imports")
  PageBody<ImportView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String periodId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return PageBody.of(
        db.inTransaction(c -> imports.list(c, caller.tenantId(), periodId, Paging.of(page, size))),
        i -> ImportView.of(i, false));
  }

  @Operation(summary = "Read one stored import")
  @GetMapping("/imports/{id}")
  ImportView one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return ImportView.of(find(caller, id), false);
  }

  @Operation(summary = "Read an import's stored records (evidence)")
  @GetMapping("/imports/{id}/records")
  PageBody<Map<String, String>> records(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    ActivityImport imp = find(caller, id);
    Access.traces(caller);
    return PageBody.of(
        db.inTransaction(c -> imports.records(c, imp, Paging.of(page, size))), m -> m);
  }

  private ActivityImport find(Caller caller, String id) {
    return TenantReads.one(db, caller, "import", id, imports::byId);
  }
}
