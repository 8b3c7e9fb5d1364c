package org.scopeplus.store.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.text.PlainText;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;
import org.scopeplus.store.BulkRows;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;

/**
 * Streams an activity file (CSV or XLSX) into a reporting period inside the caller's transaction:
 * rows are validated one by one and written in batches, never held whole in memory. All or nothing:
 * one problem and the caller's transaction must roll back; the outcome lists every problem (file,
 * row, column, sentence). The same bytes uploaded twice into a period are stored once.
 *
 * <p>On PostgreSQL a file is first written optimistically, as if it were clean: its rows in long
 * COPY statements without savepoints, so the backend stores rows while the next ones are read. The
 * first problem of any kind (a row the checks refuse, a repeated record id, any SQL failure) rolls
 * that attempt back to a savepoint taken before the records, and the file is imported again in
 * batches under savepoints, the careful way that finds and names every problem. The statements the
 * attempt completed before its problem are kept (a savepoint after each): their rows were valid and
 * stored without breaking a key, so the careful way reads on from the first row after them, with
 * the batches it would have had from the file's start, and names the same problems without checking
 * and writing those rows again.
 *
 * <p>Imports into one period are serialised by a lock on the period row; a record id is unique in a
 * period, across files.
 */
public final class ImportingActivities {

  /**
   * Rows written per batch on H2, each batch under a savepoint that a repeated record id rolls back
   * to. H2 runs in the same process, so a larger batch saves no round trip and only holds more
   * heap.
   */
  static final int BATCH = 1000;

  /**
   * Rows written per COPY statement on PostgreSQL when the file is imported the careful way, each
   * statement under a savepoint too.
   */
  static final int COPY_BATCH = 5000;

  /**
   * Rows written per COPY statement on PostgreSQL when a file is first written as if it were clean,
   * without savepoints: ten statements for a million rows. One statement for the whole file spent
   * no less of the backend's CPU on a million rows (BENCHMARKS.md), and a statement's end bounds
   * the rows the per-statement import check reads at once.
   */
  static final int CLEAN_COPY_BATCH = 100_000;

  private final ReferenceData reference;
  private final PeriodStore periods = new PeriodStore();
  private final ImportStore imports = new ImportStore();
  private final AuditTrail audit = new AuditTrail();
  private final boolean optimistic;
  private final int cleanBatch;
  private final int carefulBatch;
  private final AtomicLong storedAsClean = new AtomicLong();
  private final AtomicLong importedAgain = new AtomicLong();
  private final AtomicLong resumed = new AtomicLong();
  private final AtomicLong readAgain = new AtomicLong();

  public ImportingActivities(ReferenceData reference) {
    this(reference, true);
  }

  /**
   * @param optimistic whether a file is first written as if it were clean (PostgreSQL); otherwise
   *     every file is imported the careful way at once
   */
  ImportingActivities(ReferenceData reference, boolean optimistic) {
    this(reference, optimistic, CLEAN_COPY_BATCH, COPY_BATCH);
  }

  /**
   * @param cleanBatch rows a COPY statement of the optimistic attempt (PostgreSQL)
   * @param carefulBatch rows a COPY statement under a savepoint of the careful way (PostgreSQL); a
   *     divisor of {@code cleanBatch}
   */
  ImportingActivities(
      ReferenceData reference, boolean optimistic, int cleanBatch, int carefulBatch) {
    if (cleanBatch <= 0 || carefulBatch <= 0 || cleanBatch % carefulBatch != 0) {
      throw new IllegalArgumentException(
          "statements of " + cleanBatch + " rows are not whole batches of " + carefulBatch);
    }
    this.reference = reference;
    this.optimistic = optimistic;
    this.cleanBatch = cleanBatch;
    this.carefulBatch = carefulBatch;
  }

  /** Imports stored by the first, optimistic attempt (in one or a few long COPY statements). */
  long storedAsClean() {
    return storedAsClean.get();
  }

  /** Imports whose optimistic attempt met a problem and which were imported again carefully. */
  long importedAgain() {
    return importedAgain.get();
  }

  /**
   * Imports imported again from the first row after the statements their optimistic attempt had
   * stored, rather than from the file's first row.
   */
  long resumedAfterStored() {
    return resumed.get();
  }

  /**
   * The rows stored by optimistic attempts that the careful way was given again (only from formats
   * without lines: a CSV file's are passed over unsplit).
   */
  long rowsReadAgain() {
    return readAgain.get();
  }

  /**
   * Imports a file under its own name (see {@link #importFile(Connection, String, String, Path,
   * String, Predicate, String, String)}).
   */
  public ImportOutcome importFile(
      Connection c,
      String tenantId,
      String periodId,
      Path file,
      Predicate<String> writable,
      String replacesId,
      String actor)
      throws SQLException {
    return importFile(
        c, tenantId, periodId, file, file.getFileName().toString(), writable, replacesId, actor);
  }

  /**
   * Imports a file.
   *
   * @param file the file on disk, e.g. an upload kept in a temporary file
   * @param fileName the name its user gave it, stored and used in problems (CSV unless it ends in
   *     {@code .xlsx})
   * @param writable which org-unit paths the uploader may write in
   * @param replacesId an active import of the period this file corrects, or null
   */
  public ImportOutcome importFile(
      Connection c,
      String tenantId,
      String periodId,
      Path file,
      String fileName,
      Predicate<String> writable,
      String replacesId,
      String actor)
      throws SQLException {
    Optional<ReportingPeriod> locked = periods.lock(c, tenantId, periodId);
    if (locked.isEmpty()) {
      return new ImportOutcome.NotFound("reporting period " + periodId);
    }
    ReportingPeriod period = locked.get();
    ActivityImport replaced = null;
    if (replacesId != null) {
      replaced = imports.byId(c, tenantId, replacesId).orElse(null);
      if (replaced == null
          || !replaced.periodId().equals(periodId)
          || !replaced.status().equals(ActivityImport.ACTIVE)) {
        return new ImportOutcome.NotFound("active import " + replacesId + " in this period");
      }
      List<Problem> outside = new ArrayList<>();
      for (String unit : imports.orgUnits(c, replaced)) {
        if (!writable.test(unit)) {
          outside.add(
              new Problem(
                  replaced.fileName(),
                  0,
                  ActivityColumns.ORG_UNIT,
                  "the import to replace holds records of org unit "
                      + unit
                      + ", outside the org units you may write in",
                  Sentence.of("problem.replacedOutsideUnits", unit)));
        }
      }
      if (!outside.isEmpty()) {
        return new ImportOutcome.OutsideUnits(outside, outside.size());
      }
    }
    String sha;
    try {
      sha = sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file " + file, e);
    }
    Optional<ActivityImport> existing = imports.bySha(c, tenantId, periodId, sha);
    if (existing.isPresent()) {
      return new ImportOutcome.AlreadyStored(existing.get());
    }
    if (replaced != null) {
      imports.supersede(c, replaced, actor);
    }
    String importId = UUID.randomUUID().toString();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO activity_import (id, tenant_id, period_id, file_name, sha256,"
                + " record_count, status, replaces_id, created_by, created_at) VALUES (?, ?, ?, ?,"
                + " ?, 0, ?, ?, ?, ?)")) {
      ps.setString(1, importId);
      ps.setString(2, tenantId);
      ps.setString(3, periodId);
      ps.setString(4, fileName);
      ps.setString(5, sha);
      ps.setString(6, ActivityImport.ACTIVE);
      ps.setString(7, replacesId);
      ps.setString(8, actor);
      ps.setTimestamp(9, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
    Savepoint records;
    Resume resume;
    try (Rows rows = new Rows(c, importId, period, fileName, writable, optimistic, Resume.NONE)) {
      if (!rows.clean) {
        return store(c, tenantId, file, rows, period, importId, replacesId, actor);
      }
      records = c.setSavepoint();
      try {
        ImportOutcome stored = store(c, tenantId, file, rows, period, importId, replacesId, actor);
        c.releaseSavepoint(records);
        storedAsClean.incrementAndGet();
        return stored;
      } catch (NotClean e) {
        // closing the rows ends the COPY under way, so the connection can roll back
        resume = rows.resume();
      }
    }
    importedAgain.incrementAndGet();
    if (resume.savepoint() != null) {
      // the statements stored before the problem stay; the statement under way is undone
      c.rollback(resume.savepoint());
      c.releaseSavepoint(resume.savepoint());
      try (Rows rows = new Rows(c, importId, period, fileName, writable, false, resume)) {
        ImportOutcome refused = store(c, tenantId, file, rows, period, importId, replacesId, actor);
        c.releaseSavepoint(records);
        resumed.incrementAndGet();
        return refused;
      } catch (NotClean e) {
        // no problem after the rows kept (the attempt's statement failed for another reason):
        // imported again from the first row, so the stored rows' hash covers every row
      }
    }
    c.rollback(records);
    c.releaseSavepoint(records);
    try (Rows rows = new Rows(c, importId, period, fileName, writable, false, Resume.NONE)) {
      return store(c, tenantId, file, rows, period, importId, replacesId, actor);
    }
  }

  /**
   * Where the careful way begins after an optimistic attempt met a problem: after the row {@code
   * through}, the last of the statements the attempt completed, which begins at line {@code line}
   * of the file ({@link TableReader#rowLine}), stored {@code stored} rows and ends at {@code
   * savepoint} (null when none was completed).
   */
  private record Resume(long through, long line, long stored, Savepoint savepoint) {
    static final Resume NONE = new Resume(0, 0, 0, null);
  }

  /**
   * Writes the file's rows and, when all are stored, ends the import. Rows written as if the file
   * were clean throw {@link NotClean} at the first problem of any kind, before anything is ended.
   */
  private ImportOutcome store(
      Connection c,
      String tenantId,
      Path file,
      Rows rows,
      ReportingPeriod period,
      String importId,
      String replacesId,
      String actor)
      throws SQLException {
    ImportOutcome unread = read(file, rows);
    if (rows.clean && (unread != null || !rows.problems.isEmpty())) {
      throw new NotClean(null);
    }
    if (unread != null) {
      return unread;
    }
    rows.flush();
    if (rows.clean && (!rows.outside.isEmpty() || rows.stored == 0)) {
      throw new NotClean(null);
    }
    String fileName = rows.file;
    if (!rows.outside.isEmpty()) {
      return new ImportOutcome.OutsideUnits(rows.outside.listed(), rows.outside.count());
    }
    if (!rows.problems.isEmpty()) {
      return new ImportOutcome.Rejected(rows.problems.listed(), rows.problems.count());
    }
    if (rows.resume.stored() > 0) {
      // read on after rows kept from an attempt, without a problem: their hash is not whole
      throw new NotClean(null);
    }
    if (rows.stored == 0) {
      return new ImportOutcome.Rejected(
          List.of(
              new Problem(
                  fileName, 0, "", "the file has no records", Sentence.of("problem.noRecords"))),
          1);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE activity_import SET record_count = ?, rows_sha256 = ? WHERE id = ?")) {
      ps.setLong(1, rows.stored);
      ps.setString(2, rows.digest.hex());
      ps.setString(3, importId);
      ps.executeUpdate();
    }
    ActivityImport stored = imports.byId(c, tenantId, importId).orElseThrow();
    audit.append(
        c,
        tenantId,
        actor,
        "import.stored",
        "activity_import",
        importId,
        AuditTrail.NO_STATE,
        stored.state(),
        fileName
            + ": "
            + rows.stored
            + " records into period "
            + period.name()
            + (replacesId == null ? "" : ", replacing import " + replacesId));
    return new ImportOutcome.Stored(stored);
  }

  /**
   * Gives the file's rows to {@code rows}; answers why the file was refused when it cannot be read
   * or its header is wrong, or null.
   */
  private static ImportOutcome read(Path file, Rows rows) throws SQLException {
    String fileName = rows.file;
    // after rows the optimistic attempt stored, the reader passes over them unsplit (CSV)
    try (TableReader table =
        rows.resume.through() > 0
            ? TableReader.openAfter(file, fileName, rows.resume.through(), rows.resume.line())
            : TableReader.open(file, fileName)) {
      HeaderIndex h =
          HeaderIndex.of(
              fileName, table.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
      if (!h.problems().isEmpty()) {
        return new ImportOutcome.Rejected(h.problems(), h.problemCount());
      }
      int[] positions = h.positions(StoredColumns.NAMES);
      Consumer<TableRow> accept =
          row -> {
            rows.line = table.rowLine();
            rows.accept(h, positions, row);
          };
      table.forEachRow(accept);
    } catch (TableProblem e) {
      rows.problems.add(e.problem());
    } catch (UncheckedSqlException e) {
      throw e.getCause();
    } catch (IOException | IllegalArgumentException e) {
      return new ImportOutcome.Rejected(
          List.of(
              new Problem(
                  fileName,
                  0,
                  "",
                  "the file cannot be read as "
                      + (fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                          ? "an XLSX workbook"
                          : "CSV")
                      + ": "
                      + e.getMessage())),
          1);
    }
    return null;
  }

  static String sha256(Path file) throws IOException {
    MessageDigest md = org.scopeplus.store.Sha256.digest();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        md.update(buffer, 0, n);
      }
    }
    return java.util.HexFormat.of().formatHex(md.digest());
  }

  /**
   * Validates rows and writes the valid ones in batches, even after a problem: the transaction is
   * rolled back then, and writing on lets the database's unique record id find every duplicate.
   * Rows written as if the file were clean ({@link #clean}) go in long statements without
   * savepoints instead, and the first problem of any kind throws {@link NotClean}.
   */
  private final class Rows implements AutoCloseable {
    final Connection c;
    final String importId;
    final ReportingPeriod period;
    final String file;
    final Predicate<String> writable;
    final ActivityRowParser parser;
    final ProblemTally problems = new ProblemTally();
    final ProblemTally outside = new ProblemTally();

    /** The stored cells of the row being checked. */
    final String[] cells = new String[StoredColumns.NAMES.size()];

    /** The record ids of the rows of the batch under way. */
    final List<String> ids = new ArrayList<>();

    final List<Long> batchRows = new ArrayList<>();
    final List<Problem> rowProblems = new ArrayList<>();
    final BulkRows insert;
    final int batchSize;

    /** Whether the rows are written as if the file were clean (PostgreSQL only). */
    final boolean clean;

    final StoredRowsDigest digest = new StoredRowsDigest();
    long stored;
    Savepoint savepoint;
    SQLException failed;

    /** The rows kept from an optimistic attempt, not read again. */
    final Resume resume;

    /** The optimistic attempt's completed statements, to read on after them. */
    Resume completed = Resume.NONE;

    /** The line of the file the row being checked begins at ({@link TableReader#rowLine}). */
    long line;

    Rows(
        Connection c,
        String importId,
        ReportingPeriod period,
        String file,
        Predicate<String> writable,
        boolean asClean,
        Resume resume)
        throws SQLException {
      this.c = c;
      this.resume = resume;
      this.stored = resume.stored();
      this.importId = importId;
      this.period = period;
      this.file = file;
      this.writable = writable;
      this.parser =
          new ActivityRowParser(reference.catalog(), reference.regions(), reference.gwps());
      List<String> columns = new ArrayList<>(List.of("import_id", "period_id", "source_row"));
      columns.addAll(StoredColumns.SQL_NAMES);
      this.insert = BulkRows.streamingInto(c, "activity_record", columns);
      this.clean = asClean && insert.copying();
      this.batchSize = clean ? cleanBatch : insert.copying() ? carefulBatch : BATCH;
    }

    /**
     * Checks a row and writes it when valid; {@code positions} are the stored columns' places. Each
     * stored cell is read once for its plain-text check, its COPY text and the stored rows' hash;
     * the row's values are dropped again when a check fails.
     */
    void accept(HeaderIndex h, int[] positions, TableRow row) {
      if (row.number() <= resume.through()) {
        // stored by the optimistic attempt: valid, and no key broken (a reader without lines reads
        // these rows again; a CSV reader does not give them)
        readAgain.incrementAndGet();
        return;
      }
      try {
        check(h, positions, row);
      } catch (SQLException e) {
        throw new UncheckedSqlException(e);
      }
    }

    private void check(HeaderIndex h, int[] positions, TableRow row) throws SQLException {
      rowProblems.clear();
      ActivityRecord record = parser.parse(file, h, row, rowProblems);
      long number = row.number();
      insert.text(importId).text(period.id()).number(number);
      // a digest that took rows not all stored is never used: their import is rejected
      digest.row(number, period.id());
      for (int i = 0; i < cells.length; i++) {
        String cell = HeaderIndex.cell(row, positions[i]);
        cells[i] = cell;
        int refused = insert.checkedText(cell, digest.cell(i, cell));
        if (refused >= 0) {
          rowProblems.add(
              new Problem(
                  file,
                  number,
                  StoredColumns.NAMES.get(i),
                  StoredColumns.NAMES.get(i) + " " + PlainText.why(cell, refused)));
        } else if (cell.length() > StoredColumns.WIDTHS[i]) {
          rowProblems.add(
              new Problem(
                  file,
                  number,
                  StoredColumns.NAMES.get(i),
                  StoredColumns.NAMES.get(i)
                      + " is too long ("
                      + cell.length()
                      + " characters; at most "
                      + StoredColumns.WIDTHS[i]
                      + ")",
                  Sentence.of(
                      "problem.tooLong",
                      StoredColumns.NAMES.get(i),
                      String.valueOf(cell.length()),
                      String.valueOf(StoredColumns.WIDTHS[i]))));
        }
      }
      if (record != null) {
        if (!period.contains(record.period().start())) {
          rowProblems.add(
              new Problem(
                  file,
                  number,
                  ActivityColumns.PERIOD,
                  "period "
                      + record.period().label()
                      + " starts outside the reporting period "
                      + period.name()
                      + " ("
                      + period.start()
                      + " to "
                      + period.end()
                      + ")",
                  Sentence.of(
                      "problem.outsideReportingPeriod",
                      record.period().label(),
                      period.name(),
                      period.start().toString(),
                      period.end().toString())));
        }
        if (!writable.test(record.orgUnit())) {
          outside.add(
              new Problem(
                  file,
                  number,
                  ActivityColumns.ORG_UNIT,
                  "org unit " + record.orgUnit() + " is outside the org units you may write in",
                  Sentence.of("problem.outsideUnits", record.orgUnit())));
        }
      }
      problems.addAll(rowProblems);
      boolean valid = record != null && rowProblems.isEmpty();
      if (clean && (!valid || !outside.isEmpty())) {
        insert.dropRow();
        throw new NotClean(null);
      }
      if (!valid || failed != null) {
        insert.dropRow();
      }
      if (valid) {
        write(number, cells[0]);
      }
    }

    /**
     * Ends a valid row, its values given, in the statement under way (on PostgreSQL sent while the
     * next rows are read), opening a batch under a savepoint with its first row. A failed write is
     * kept for the batch's end, where the batch is rolled back and its repeated ids are found.
     */
    private void write(long rowNumber, String recordId) throws SQLException {
      if (clean) {
        try {
          insert.endRow();
        } catch (SQLException e) {
          throw new NotClean(e);
        }
        if (insert.pending() >= batchSize) {
          flush();
          completed(rowNumber);
        }
        return;
      }
      if (ids.isEmpty()) {
        savepoint = c.setSavepoint();
      }
      ids.add(recordId);
      batchRows.add(rowNumber);
      if (failed == null) {
        try {
          insert.endRow();
        } catch (SQLException e) {
          failed = e;
        }
      }
      if (ids.size() >= batchSize) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (clean) {
        int pending = insert.pending();
        try {
          insert.flush();
        } catch (SQLException e) {
          throw new NotClean(e);
        }
        stored += pending;
        return;
      }
      if (ids.isEmpty()) {
        return;
      }
      try {
        if (failed != null) {
          throw failed;
        }
        insert.flush();
        c.releaseSavepoint(savepoint);
        stored += ids.size();
      } catch (SQLException e) {
        insert.discard();
        c.rollback(savepoint);
        List<Problem> duplicates = duplicates();
        if (duplicates.isEmpty()) {
          throw e;
        }
        problems.addAll(duplicates);
      }
      failed = null;
      savepoint = null;
      ids.clear();
      batchRows.clear();
    }

    /**
     * Marks the optimistic attempt's statement ending at row {@code rowNumber} stored: a savepoint
     * after it, the one after its previous statement released.
     */
    private void completed(long rowNumber) throws SQLException {
      if (completed.savepoint() != null) {
        c.releaseSavepoint(completed.savepoint());
      }
      completed = new Resume(rowNumber, line, stored, c.setSavepoint());
    }

    /** Where the careful way begins after this optimistic attempt's problem. */
    Resume resume() {
      return completed;
    }

    @Override
    public void close() throws SQLException {
      insert.close();
    }

    /** Why a batch broke the unique record id: repeated in it, or already in the period. */
    private List<Problem> duplicates() throws SQLException {
      List<Problem> out = new ArrayList<>();
      Map<String, Long> seen = new HashMap<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        Long first = seen.putIfAbsent(id, batchRows.get(i));
        if (first != null) {
          out.add(duplicate(batchRows.get(i), id, file + " row " + first));
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT r.source_row, i.file_name, i.id FROM activity_record r JOIN activity_import i"
                  + " ON i.id = r.import_id WHERE r.period_id = ? AND r.record_id = ?")) {
        for (int i = 0; i < ids.size(); i++) {
          ps.setString(1, period.id());
          ps.setString(2, ids.get(i));
          try (ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
              String where =
                  rs.getString(3).equals(importId)
                      ? file + " row " + rs.getLong(1)
                      : rs.getString(2)
                          + " row "
                          + rs.getLong(1)
                          + " (import "
                          + rs.getString(3)
                          + ")";
              out.add(duplicate(batchRows.get(i), ids.get(i), where));
            }
          }
        }
      }
      return out;
    }

    private Problem duplicate(long row, String id, String first) {
      return new Problem(
          file,
          row,
          ActivityColumns.RECORD_ID,
          "record id '" + id + "' is used twice in this period (first at " + first + ")",
          Sentence.of("problem.recordIdTwice", id, first));
    }
  }

  /**
   * Ends an import written as if its file were clean at its first problem: a row the checks refuse,
   * a unit outside the writable ones, a file that cannot be read, or a statement that failed (its
   * failure the cause). The import is then rolled back and done again the careful way.
   */
  private static final class NotClean extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotClean(SQLException cause) {
      super("the import met a problem", cause, false, false);
    }
  }

  /** Carries a database failure out of the row callback. */
  private static final class UncheckedSqlException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UncheckedSqlException(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
