package org.scopeplus.server.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.factor.LibraryOutcome;
import org.scopeplus.store.factor.StoredFactorLibrary;
import org.springframework.http.HttpStatus;
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

/** Factor libraries: the built-in ones, and each tenant's own versions uploaded as CSV. */
@Tag(
    name = "Factor libraries",
    description =
        "The built-in emission factor libraries and the tenant's own, versioned and immutable")
@RestController
@RequestMapping("/api/v1/factor-libraries")
class FactorLibraryController {

  /** Largest library file accepted. */
  static final long MAX_BYTES = 50L * 1024 * 1024;

  /** A tenant's library version. */
  record LibraryView(
      String id,
      String name,
      String version,
      String fileName,
      String sha256,
      int factors,
      String createdBy,
      Instant createdAt) {
    static LibraryView of(StoredFactorLibrary l) {
      return new LibraryView(
          l.id(),
          l.name(),
          l.version(),
          l.fileName(),
          l.sha256(),
          l.factors(),
          l.createdBy(),
          l.createdAt());
    }
  }

  /** A built-in library. */
  record BuiltInView(String name, String version, String sha256, int factors) {}

  private final Database db;
  private final ReferenceData reference;
  private final FactorLibraryStore libraries;

  private final ImportPermits permits;

  FactorLibraryController(Database db, ReferenceData reference, ImportPermits permits) {
    this.db = db;
    this.permits = permits;
    this.reference = reference;
    this.libraries = new FactorLibraryStore(reference.gwps());
  }

  @Operation(summary = "List the built-in factor libraries and their hashes")
  @GetMapping("/built-in")
  java.util.List<BuiltInView> builtIn() {
    return reference.libraries().stream()
        .map(l -> new BuiltInView(l.name(), l.version(), l.contentHash(), l.factors().size()))
        .toList();
  }

  @Operation(summary = "List the tenant's own factor libraries")
  @GetMapping
  PageBody<LibraryView> list(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    return TenantReads.page(db, caller, page, size, libraries::list, LibraryView::of);
  }

  @Operation(summary = "Read one of the tenant's factor libraries")
  @GetMapping("/{id}")
  LibraryView one(@AuthenticationPrincipal Caller caller, @PathVariable String id) {
    return LibraryView.of(TenantReads.one(db, caller, "factor library", id, libraries::byId));
  }

  @Operation(summary = "Upload a new factor library version (CSV)")
  @PostMapping
  ResponseEntity<?> add(
      @AuthenticationPrincipal Caller caller,
      @RequestPart("file") MultipartFile file,
      @RequestParam String name,
      @RequestParam String version) {
    Access.admin(caller);
    Optional<ImportPermits.Permit> permit = permits.tryAcquire(caller.tenantId());
    if (permit.isEmpty()) {
      return ImportController.busy(permits);
    }
    try {
      return ResponseEntity.status(HttpStatus.CREATED).body(stored(caller, file, name, version));
    } finally {
      permit.get().close();
    }
  }

  private LibraryView stored(Caller caller, MultipartFile file, String name, String version) {
    if (name.isBlank() || version.isBlank() || name.length() > 200 || version.length() > 100) {
      throw ApiProblem.badRequest("a library needs a name (1-200 characters) and a version");
    }
    if (name.strip().equals(BuiltInReferenceData.LIBRARY_NAME)
        || name.strip().equals(BuiltInReferenceData.OEFDB_NAME)
        || name.strip().equals(BuiltInReferenceData.EPA_HUB_NAME)) {
      throw ApiProblem.badRequest("the name " + name + " belongs to a built-in library");
    }
    if (file.getSize() > MAX_BYTES) {
      throw ApiProblem.badRequest("a factor library file may have at most " + MAX_BYTES + " bytes");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String fileName = ImportController.fileName(file.getOriginalFilename());
    LibraryOutcome outcome =
        db.inTransaction(
            c ->
                libraries.add(
                    c,
                    caller.tenantId(),
                    name.strip(),
                    version.strip(),
                    fileName,
                    content,
                    caller.username()),
            o -> o instanceof LibraryOutcome.Stored);
    if (outcome instanceof LibraryOutcome.Stored s) {
      return LibraryView.of(s.library());
    }
    if (outcome instanceof LibraryOutcome.VersionExists v) {
      throw new ApiProblem(
          HttpStatus.CONFLICT,
          "Version Exists",
          "library " + name + " version " + version + " exists already; versions never change",
          Map.of("existing", v.existing().id()));
    }
    LibraryOutcome.Rejected r = (LibraryOutcome.Rejected) outcome;
    throw ApiProblem.withProblems(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "Factor Library Rejected",
        fileName + " has problems; nothing was stored",
        r.problems(),
        r.problemCount());
  }
}
