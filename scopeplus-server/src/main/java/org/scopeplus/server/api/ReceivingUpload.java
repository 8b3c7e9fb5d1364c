package org.scopeplus.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded activity file imported into a period, all or nothing: the upload lands on disk in the
 * {@link UploadFolder}, at most as many imports run at once as {@link ImportPermits} allows, and
 * the caller writes only in their org units. The one way in for the API's upload and the console's
 * imports page.
 */
@Component
public class ReceivingUpload {

  /** What an upload gave. */
  public sealed interface Outcome {
    /** Too many imports running; try again after this many seconds. Nothing was read. */
    record Busy(long retryAfterSeconds) implements Outcome {}

    /**
     * The import's outcome, with the file's first rows as read (header first) when asked for, so a
     * page can show the problems beside them.
     */
    record Imported(ImportOutcome outcome, String fileName, List<List<String>> firstRows)
        implements Outcome {}
  }

  private final Database db;
  private final ImportingActivities importing;
  private final ImportPermits permits;
  private final UploadFolder uploads;
  private final LockedPeriods lockedPeriods = new LockedPeriods();

  ReceivingUpload(
      Database db, ReferenceData reference, ImportPermits permits, UploadFolder uploads) {
    this.db = db;
    this.importing = new ImportingActivities(reference);
    this.permits = permits;
    this.uploads = uploads;
  }

  /** The permits, for a 429's Retry-After. */
  ImportPermits permits() {
    return permits;
  }

  /**
   * Imports {@code file} into the period for the caller (who must write: checked by the caller of
   * this method), keeping up to {@code rowsKept} of its first rows for display when the import is
   * refused.
   */
  public Outcome upload(
      Caller caller, String periodId, MultipartFile file, String replaces, int rowsKept) {
    // a locked period refuses an import from the API and from the console alike (409)
    lockedPeriods.refuseIfLocked(db, caller, periodId);
    String name = ImportController.fileName(file.getOriginalFilename());
    Optional<ImportPermits.Permit> permit = permits.tryAcquire(caller.tenantId());
    if (permit.isEmpty()) {
      return new Outcome.Busy(permits.retryAfterSeconds());
    }
    Path path = null;
    try {
      path = uploads.newFile();
      file.transferTo(path);
      Path kept = path;
      ImportOutcome outcome =
          db.inTransaction(
              c ->
                  importing.importFile(
                      c,
                      caller.tenantId(),
                      periodId,
                      kept,
                      name,
                      caller::mayWriteIn,
                      replaces,
                      caller.username()),
              o -> o instanceof ImportOutcome.Stored);
      List<List<String>> rows =
          rowsKept > 0
                  && (outcome instanceof ImportOutcome.Rejected
                      || outcome instanceof ImportOutcome.OutsideUnits)
              ? firstRows(kept, name, rowsKept)
              : List.of();
      return new Outcome.Imported(outcome, name, rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    } finally {
      try {
        uploads.delete(path);
      } finally {
        permit.get().close();
      }
    }
  }

  /** The header and up to {@code n} rows of the file, or none when it cannot be read as a table. */
  private static List<List<String>> firstRows(Path path, String name, int n) {
    List<List<String>> out = new ArrayList<>();
    try (TableReader reader = TableReader.open(path, name)) {
      out.add(List.copyOf(reader.header()));
      try {
        reader.forEachRow(
            row -> {
              if (out.size() > n) {
                throw new StopReading();
              }
              List<String> cells = new ArrayList<>(row.cells().length + 1);
              cells.add(Long.toString(row.number()));
              for (String cell : row.cells()) {
                cells.add(cell == null ? "" : cell);
              }
              out.add(cells);
            });
      } catch (StopReading enough) {
        // the rows shown are read
      }
    } catch (IOException | RuntimeException unreadable) {
      // the problems name the file's trouble; no rows to show beside them
      return out.isEmpty() ? List.of() : out;
    }
    return out;
  }

  /** Ends the reading once the rows shown are read. */
  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }
}
