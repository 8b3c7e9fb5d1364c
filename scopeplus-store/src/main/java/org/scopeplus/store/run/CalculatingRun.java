package org.scopeplus.store.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.ContractualClaims;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.calculation.SupplierFootprints;
import org.scopeplus.core.exchange.FootprintCriteria;
import org.scopeplus.core.exchange.SupplierProductFootprints;
import org.scopeplus.core.factor.EmissionFactor;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.Inventory;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.MonthSpread;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.run.InventoryRun;
import org.scopeplus.core.run.InventoryRunOutcome;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.store.HashBytes;
import org.scopeplus.store.Sha256;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.activity.ImportStore;
import org.scopeplus.store.activity.StoredRecordReader;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.exchange.FootprintStore;
import org.scopeplus.store.exchange.StoredFootprint;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.supplier.SupplierRegisterStore;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calculates a reporting period's active imports inside the caller's transaction and stores the run
 * beside the earlier ones; an adapter over the core's {@link InventoryRun}, whose source is the
 * stored records ({@code readRecords}) and whose sink the stored lines ({@code writeLines}):
 * manifest, results by every dimension and every trace line. The records are streamed in import and
 * row order, so the same inputs always give the same lines, the same totals and the same result
 * hash. All or nothing: a record that cannot be calculated refuses the whole run. The SHA-256 of
 * every stored result, trace line, factor plan and cell ({@link StoredRunDigest}, in its current
 * layout, recorded with the run) is taken as they are written and recorded in the run's audit
 * entry.
 *
 * <p>A run with a reader on a second connection ({@link SnapshotReaders}) works on two threads
 * ({@link LineHandoff}): a worker reads, parses and calculates the records on the reader's
 * connection, the caller's thread numbers, hashes and writes their lines on its own, in the same
 * order; the lines, hashes and problems are those of the run on one thread.
 */
public final class CalculatingRun {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ReferenceData reference;
  private final PeriodStore periods = new PeriodStore();
  private final ImportStore imports = new ImportStore();
  private final OrgUnitStore orgUnits = new OrgUnitStore();
  private final FactorLibraryStore libraries;
  private final AuditTrail audit = new AuditTrail();
  private final KeepingInstruments instruments = new KeepingInstruments();
  private final SupplierRegisterStore supplierRegister = new SupplierRegisterStore();
  private final SnapshotReaders readers;
  private final boolean twoThreads;
  private final Probe probe;

  /**
   * What a test sees of a run as it goes: each record read (on the reading thread) and each line
   * written (on the caller's); either may throw, as a failure on that side would.
   */
  interface Probe {
    Probe NONE =
        new Probe() {
          @Override
          public void recordRead() {}

          @Override
          public void lineWritten() {}
        };

    void recordRead() throws SQLException;

    void lineWritten() throws SQLException;
  }

  /** Runs that read their records on their own connection. */
  public CalculatingRun(ReferenceData reference) {
    this(reference, SnapshotReaders.none());
  }

  /**
   * Runs that read their records on a second connection from {@code readers} when one can be had
   * ({@link SnapshotReaders}), streaming their trace lines into the caller's meanwhile: a worker
   * thread reads and calculates the records while the caller's thread writes their lines.
   */
  public CalculatingRun(ReferenceData reference, SnapshotReaders readers) {
    this(reference, readers, true, Probe.NONE);
  }

  CalculatingRun(
      ReferenceData reference, SnapshotReaders readers, boolean twoThreads, Probe probe) {
    this.reference = reference;
    this.libraries = new FactorLibraryStore(reference.gwps());
    this.readers = readers;
    this.twoThreads = twoThreads;
    this.probe = probe;
  }

  /**
   * The same runs on the caller's thread alone, reading on the second connection between writing
   * lines when they have one (to compare the two).
   */
  public CalculatingRun onOneThread() {
    return new CalculatingRun(reference, readers, false, probe);
  }

  public RunOutcome run(Connection c, String tenantId, RunRequest request, String actor)
      throws SQLException {
    Optional<ReportingPeriod> period = periods.byId(c, tenantId, request.periodId());
    if (period.isEmpty()) {
      return new RunOutcome.NotFound("reporting period " + request.periodId());
    }
    List<FactorLibrary> own = new ArrayList<>();
    for (String id : request.libraryIds()) {
      Optional<FactorLibrary> lib = libraries.load(c, tenantId, id);
      if (lib.isEmpty()) {
        return new RunOutcome.NotFound("factor library " + id);
      }
      own.add(lib.get());
    }
    List<ActivityImport> inputs = imports.active(c, tenantId, request.periodId());
    if (inputs.isEmpty()) {
      return new RunOutcome.Refused(
          List.of(
              new Problem(
                  "", 0, "", "reporting period " + period.get().name() + " has no imports yet")),
          1);
    }
    ReferenceData data = reference.withUserLibraries(own);
    OrgStructure org = orgUnits.structure(c, tenantId);
    SuppliersFootprints supplied = suppliersFootprints(c, tenantId);
    // market-based Scope 2 applies the instruments the tenant's registry allocates, as kept now;
    // the manifest records their digest, so the run names what it applied
    ContractualClaims claims = instruments.registry(c, tenantId).claims();
    // the stored trace keeps no text of a quantity's conversion: the engine makes none
    CalculationEngine engine =
        new CalculationEngine(
                data.catalog(),
                new FactorResolver(data.libraries(), data.regions()),
                data.gwps(),
                new CalculationOptions(request.gwpSet(), request.consolidation(), org, claims),
                supplied.footprints(),
                data.spend())
            .withoutConversionText();
    Map<EmissionFactor, String> libraryOf = new IdentityHashMap<>();
    for (FactorLibrary l : data.libraries()) {
      for (EmissionFactor f : l.factors()) {
        libraryOf.put(f, l.label());
      }
    }
    String runId = UUID.randomUUID().toString();
    Lines lines = new Lines(runId, libraryOf);
    // the lines of the record being calculated: written once the run has taken them
    List<ResultLine> recordLines = new ArrayList<>(4);
    // supplier engagement is measured on the same lines, against the register as it stands now
    SupplierEngagement engagement = supplierRegister.engagement(c, tenantId);
    InventoryRun calculation =
        new InventoryRun(
            engine,
            line -> {
              recordLines.add(line);
              engagement.accept(line);
            });
    // A reader on a second connection is opened before this transaction writes anything, so it
    // reads what this transaction reads.
    Optional<SnapshotReaders.Reader> reader = readers.open(c);
    try {
      // The run row comes first so its lines can refer to it; it is completed at the end.
      insertRun(c, runId, tenantId, request, actor);
      Connection source = reader.isPresent() ? reader.get().connection() : c;
      try (TraceLineRows insert = new TraceLineRows(c, runId, lines.stored, reader.isPresent())) {
        if (reader.isPresent() && twoThreads) {
          // the records' connection is the worker's alone, this one the caller's alone
          LineHandoff.run(
              "run-records-" + runId,
              handoff ->
                  readAll(
                      source,
                      data,
                      inputs,
                      calculation,
                      record -> {
                        handoff.check();
                        if (!calculation.refused()) {
                          handoff.add(recordLines);
                        }
                        recordLines.clear();
                      }),
              (line, formula) -> {
                lines.add(insert, line, formula);
                probe.lineWritten();
              });
        } else {
          readAll(
              source,
              data,
              inputs,
              calculation,
              record -> writeLines(recordLines, lines, insert, calculation));
        }
        if (calculation.refused()) {
          insert.discard();
        } else {
          insert.finish();
        }
      }
    } finally {
      if (reader.isPresent()) {
        reader.get().close();
      }
    }
    InventoryRunOutcome outcome =
        calculation.finish(
            digests -> manifest(request, period.get(), org, data, supplied, claims, digests),
            List.of());
    if (outcome instanceof InventoryRunOutcome.Refused refused) {
      return new RunOutcome.Refused(refused.problems(), refused.problemCount());
    }
    Inventory inventory = ((InventoryRunOutcome.Calculated) outcome).inventory();
    RunManifest manifest = inventory.manifest();
    List<ResultRow> results = results(inventory, lines);
    HashBytes hash = lines.hash;
    for (ResultRow r : results) {
      hash.text(r.dimension() + "|" + r.item() + "|" + r.totals() + "\n");
    }
    storeResults(c, runId, results, lines.stored);
    RunCells.store(c, runId, lines.cells, lines.stored);
    RunFactorYears.store(c, runId, inventory.factorYears(), lines.stored);
    if (engagement.hasRegister()) {
      // without a register there are no engagement figures: none is kept as a measured 0
      supplierRegister.storeRun(c, runId, engagement.years());
    }
    String manifestJson = manifestJson(manifest);
    String resultHash = hash.hex();
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE calculation_run SET manifest = ?, result_sha256 = ?, record_count = ?,"
                + " line_count = ?, rows_sha256 = ?, rows_digest_version = ? WHERE id = ?")) {
      ps.setString(1, manifestJson);
      ps.setString(2, resultHash);
      ps.setLong(3, inventory.records());
      ps.setLong(4, inventory.lines());
      ps.setString(5, lines.stored.hex());
      ps.setInt(6, StoredRunDigest.VERSION);
      ps.setString(7, runId);
      ps.executeUpdate();
    }
    CalculationRun run = new RunStore().byId(c, tenantId, runId).orElseThrow();
    audit.append(
        c,
        tenantId,
        actor,
        "run.calculated",
        "calculation_run",
        runId,
        AuditTrail.NO_STATE,
        run.state(),
        "run of period "
            + period.get().name()
            + ": "
            + inventory.records()
            + " records, "
            + request.gwpSet()
            + ", "
            + request.consolidation().label());
    return new RunOutcome.Calculated(run);
  }

  /** Every input's records handed to the run in turn, each input ended after its records. */
  private void readAll(
      Connection c,
      ReferenceData data,
      List<ActivityImport> inputs,
      InventoryRun run,
      StoredRecordReader.RecordSink written)
      throws SQLException {
    for (ActivityImport imp : inputs) {
      readRecords(
          c,
          data,
          imp,
          run,
          record -> {
            probe.recordRead();
            written.accept(record);
          });
      run.endInput(imp.fileName(), imp.sha256());
    }
  }

  /**
   * The source of the run: the import's stored records in row order, each handed to the run, and
   * the rows that no longer read handed over as problems in their place, so problems stay in row
   * order; {@code written} writes what the run made of each record.
   */
  private static void readRecords(
      Connection c,
      ReferenceData data,
      ActivityImport imp,
      InventoryRun run,
      StoredRecordReader.RecordSink written)
      throws SQLException {
    List<Problem> unread = new ArrayList<>();
    new StoredRecordReader(data)
        .read(
            c,
            imp,
            unread,
            record -> {
              run.refuseAll(unread);
              unread.clear();
              run.calculate(record);
              written.accept(record);
            });
    run.refuseAll(unread);
    unread.clear();
  }

  /**
   * The sink of the run: the lines the run made of the last record, written as trace lines while
   * the run has no problem (the writer batches them).
   */
  private void writeLines(
      List<ResultLine> made, Lines lines, TraceLineRows insert, InventoryRun run)
      throws SQLException {
    if (!run.refused()) {
      for (ResultLine line : made) {
        lines.add(insert, line, line.formula());
        probe.lineWritten();
      }
    }
    made.clear();
  }

  private static RunManifest manifest(
      RunRequest request,
      ReportingPeriod period,
      OrgStructure org,
      ReferenceData data,
      SuppliersFootprints supplied,
      ContractualClaims claims,
      List<InputDigest> digests) {
    List<LibraryDigest> libs = new ArrayList<>();
    for (FactorLibrary l : data.libraries()) {
      libs.add(new LibraryDigest(l.name(), l.version(), l.contentHash()));
    }
    Map<String, String> options = new TreeMap<>();
    options.put("period", period.name());
    options.put("orgStructureSha256", Sha256.of(orgText(org)));
    if (supplied.count() > 0) {
      // the suppliers' footprints a record naming a product could take, as stored when the run
      // began
      options.put("supplierFootprints", Integer.toString(supplied.count()));
      options.put("supplierFootprintsSha256", supplied.sha256());
    }
    if (!claims.isEmpty()) {
      options.put("instrumentClaimsSha256", Sha256.of(claims.canonical()));
    }
    return new RunManifest(
        CalculationEngine.VERSION,
        request.gwpSet(),
        request.consolidation(),
        digests,
        libs,
        options);
  }

  /** The tenant's suppliers' footprints as the engine takes them, with their count and hash. */
  private record SuppliersFootprints(SupplierFootprints footprints, int count, String sha256) {}

  private static SuppliersFootprints suppliersFootprints(Connection c, String tenantId)
      throws SQLException {
    List<StoredFootprint> stored =
        new FootprintStore().list(c, tenantId, StoredFootprint.SUPPLIER, FootprintCriteria.ALL);
    if (stored.isEmpty()) {
      return new SuppliersFootprints(SupplierFootprints.NONE, 0, "");
    }
    List<Map<?, ?>> documents = new ArrayList<>(stored.size());
    StringBuilder all = new StringBuilder();
    for (StoredFootprint f : stored) {
      documents.add(SUPPLIER_JSON.readValue(f.document(), Map.class));
      all.append(f.keys().id()).append('\n').append(f.document()).append('\n');
    }
    return new SuppliersFootprints(
        SupplierProductFootprints.of(documents), stored.size(), Sha256.of(all.toString()));
  }

  private static final JsonMapper SUPPLIER_JSON = JsonMapper.builder().build();

  private static String orgText(OrgStructure org) {
    StringBuilder b = new StringBuilder();
    List<OrgUnit> units = new ArrayList<>(org.units());
    units.sort((a, z) -> a.path().compareTo(z.path()));
    for (OrgUnit u : units) {
      b.append(u).append('\n');
    }
    return b.toString();
  }

  private void insertRun(
      Connection c, String runId, String tenantId, RunRequest request, String actor)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO calculation_run (id, tenant_id, period_id, gwp_set, consolidation,"
                + " engine_version, manifest, result_sha256, record_count, line_count, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, '', '', 0, 0, ?, ?)")) {
      ps.setString(1, runId);
      ps.setString(2, tenantId);
      ps.setString(3, request.periodId());
      ps.setString(4, request.gwpSet().name());
      ps.setString(5, request.consolidation().label());
      ps.setString(6, CalculationEngine.VERSION);
      ps.setString(7, actor);
      ps.setTimestamp(8, Timestamp.from(Instant.now()));
      ps.executeUpdate();
    }
  }

  private static List<ResultRow> results(Inventory inv, Lines lines) {
    List<ResultRow> out = new ArrayList<>();
    out.add(new ResultRow("total", "all", inv.totals()));
    inv.scope3Categories()
        .forEach(
            (cat, grams) ->
                out.add(
                    new ResultRow(
                        "scope3-category",
                        Integer.toString(cat),
                        new Totals(0, 0, 0, grams, 0, 0))));
    inv.scope3FromSupplierData()
        .forEach(
            (cat, grams) -> {
              if (inv.scope3Categories().get(cat) != 0) {
                out.add(
                    new ResultRow(
                        "scope3-supplier-data",
                        Integer.toString(cat),
                        new Totals(0, 0, 0, grams, 0, 0)));
              }
            });
    lines
        .byGas()
        .forEach((gas, g) -> out.add(new ResultRow("gas", gas, InventoryAccumulator.totalsOf(g))));
    inv.byOrgUnit().forEach((k, t) -> out.add(new ResultRow("org-unit", k, t)));
    inv.byFacility().forEach((k, t) -> out.add(new ResultRow("facility", k, t)));
    inv.byMonth().forEach((k, t) -> out.add(new ResultRow("month", k, t)));
    inv.byActivityType().forEach((k, t) -> out.add(new ResultRow("activity-type", k, t)));
    lines
        .byFactor()
        .forEach((f, g) -> out.add(new ResultRow("factor", f, InventoryAccumulator.totalsOf(g))));
    return out;
  }

  /** Stores the results in list order, numbered from 0, and adds each to the stored rows' hash. */
  private static void storeResults(
      Connection c, String runId, List<ResultRow> results, StoredRunDigest stored)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO run_result (run_id, dimension, item, scope1, scope2_location,"
                + " scope2_market, scope3, biogenic_co2, montreal_memo, row_no) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?)")) {
      int rowNo = 0;
      for (ResultRow r : results) {
        Totals t = r.totals();
        stored.result(rowNo, r);
        ps.setString(1, runId);
        ps.setString(2, r.dimension());
        ps.setString(3, r.item());
        ps.setLong(4, t.scope1());
        ps.setLong(5, t.scope2Location());
        ps.setLong(6, t.scope2Market());
        ps.setLong(7, t.scope3());
        ps.setLong(8, t.biogenicCo2());
        ps.setLong(9, t.montrealMemo());
        ps.setInt(10, rowNo++);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static String manifestJson(RunManifest m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("engineVersion", m.engineVersion());
    out.put("gwpSet", m.gwpSet().name());
    out.put("consolidation", m.consolidation().label());
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (InputDigest d : m.inputs()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("name", d.name());
      i.put("sha256", d.sha256());
      i.put("records", d.records());
      inputs.add(i);
    }
    out.put("inputs", inputs);
    List<Map<String, Object>> libs = new ArrayList<>();
    for (LibraryDigest d : m.libraries()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("name", d.name());
      l.put("version", d.version());
      l.put("sha256", d.sha256());
      libs.add(l);
    }
    out.put("factorLibraries", libs);
    out.put("options", new TreeMap<>(m.options()));
    return JSON.writeValueAsString(out);
  }

  /**
   * Numbers, writes and hashes the trace lines as they are made: into the run's result hash and
   * into the hash of its stored rows, in line order.
   */
  private static final class Lines {
    final String runId;
    final Map<EmissionFactor, String> libraryOf;
    // only their totals are stored: six sums each, added as the cells are
    final Map<RunCells.Cell, long[]> cells = new java.util.HashMap<>();
    // the cells above as each line adds into them, found once: the same arrays, reached by the
    // line's own objects (its record's keys and period, its type and gas) instead of a map look-up
    // by text for every month part of every line
    private final Map<LineCells, long[][]> monthCells = new java.util.HashMap<>();
    // the sums by gas and by factor, reached by the line's own gas and factor; summed by their ids
    // once, at the end (byGas, byFactor)
    private final Map<org.scopeplus.core.gas.Gas, long[]> gasSums = new IdentityHashMap<>();
    private final Map<EmissionFactor, long[]> factorSums = new IdentityHashMap<>();
    private final long[] ownFactorSums = new long[6];
    private boolean ownFactorLines;
    // the last line's record and its source as a trace line writes it: a record's lines follow
    // one another
    private org.scopeplus.core.activity.ActivityRecord sourceOf;
    private String source;
    final HashBytes hash = new HashBytes();
    final StoredRunDigest stored = new StoredRunDigest();
    final Map<EmissionFactor, String> citations = new IdentityHashMap<>();
    long lineNo;

    Lines(String runId, Map<EmissionFactor, String> libraryOf) {
      this.runId = runId;
      this.libraryOf = libraryOf;
    }

    void add(TraceLineRows rows, ResultLine line, String formula) throws SQLException {
      // only lines of a run that has not refused reach here, and the run's accumulator bounds every
      // sum by the largest magnitude, so a cell's sum cannot overflow either
      LineCells key = new LineCells(line);
      long[][] months = monthCells.get(key);
      // the line's months and their parts of its grams, spread once a line at most
      List<MonthSpread.Part> parts = null;
      if (months == null) {
        parts = MonthSpread.of(line.record().period(), line.co2eGrams());
        months = newCells(key, line, parts);
      }
      if (months.length == 1) {
        // a period within one month: the month's part is the whole grams (MonthSpread)
        InventoryAccumulator.addInto(months[0], line, line.co2eGrams());
      } else {
        if (parts == null) {
          parts = MonthSpread.of(line.record().period(), line.co2eGrams());
        }
        for (int i = 0; i < months.length; i++) {
          InventoryAccumulator.addInto(months[i], line, parts.get(i).grams());
        }
      }
      InventoryAccumulator.addInto(gasSums(line), line);
      InventoryAccumulator.addInto(factorSums(line), line);
      if (line.record() != sourceOf) {
        sourceOf = line.record();
        source = sourceOf.source().toString();
      }
      TraceLine t =
          new TraceLine(
              ++lineNo,
              line.record().id(),
              source,
              line.record().orgUnit(),
              line.type().key(),
              line.type().scope().number(),
              line.type().category(),
              line.method().name(),
              line.gas().id(),
              line.biogenic(),
              line.gasGrams(),
              line.co2eGrams(),
              line.factor() == null ? "" : line.factor().id(),
              line.factor() == null ? "" : libraryOf.getOrDefault(line.factor(), ""),
              line.factor() == null ? "" : citation(line.factor()),
              clip(line.factorNote() == null ? "" : line.factorNote()),
              clip(formula));
      t.canonicalInto(hash);
      rows.write(t);
    }

    /**
     * The cells of the months of the first line of its keys and period, in the order of its {@link
     * MonthSpread} parts: put into {@link #cells} in that order, as adding part by part did, so the
     * cells are the same and are stored in the same order.
     */
    private long[][] newCells(LineCells key, ResultLine line, List<MonthSpread.Part> parts) {
      long[][] made = new long[parts.size()][];
      for (int i = 0; i < made.length; i++) {
        made[i] =
            cells.computeIfAbsent(RunCells.Cell.of(line, parts.get(i).month()), k -> new long[6]);
      }
      monthCells.put(key, made);
      return made;
    }

    /** The sums of the line's gas. */
    private long[] gasSums(ResultLine line) {
      return gasSums.computeIfAbsent(line.gas(), g -> new long[6]);
    }

    /** The sums of the line's factor; the lines without a factor together. */
    private long[] factorSums(ResultLine line) {
      EmissionFactor f = line.factor();
      if (f == null) {
        ownFactorLines = true;
        return ownFactorSums;
      }
      return factorSums.computeIfAbsent(f, k -> new long[6]);
    }

    /** The sums by gas id, in id order (gases of one id summed together). */
    SortedMap<String, long[]> byGas() {
      SortedMap<String, long[]> out = new TreeMap<>();
      gasSums.forEach((gas, sums) -> addInto(out, gas.id(), sums));
      return out;
    }

    /**
     * The sums by factor id, in id order (factors of one id summed together), the lines without a
     * factor under {@code (record's own or instrument)}.
     */
    SortedMap<String, long[]> byFactor() {
      SortedMap<String, long[]> out = new TreeMap<>();
      factorSums.forEach((factor, sums) -> addInto(out, factor.id(), sums));
      if (ownFactorLines) {
        addInto(out, "(record's own or instrument)", ownFactorSums);
      }
      return out;
    }

    private static void addInto(Map<String, long[]> out, String id, long[] sums) {
      long[] into = out.computeIfAbsent(id, k -> new long[6]);
      for (int i = 0; i < into.length; i++) {
        into[i] = Math.addExact(into[i], sums[i]);
      }
    }

    /** The factor's citation as a line shows it, made once per factor of the run. */
    private String citation(EmissionFactor factor) {
      return citations.computeIfAbsent(factor, f -> clip(f.citation().shortText()));
    }

    private static String clip(String s) {
      return s.length() <= 2000 ? s : s.substring(0, 1997) + "...";
    }
  }

  /**
   * What a line's cells depend on: its record's org unit, facility and period (the months it is
   * spread over), its activity type and its gas. The type and gas are the engine's own objects,
   * compared as such: equal keys have equal cells ({@link RunCells.Cell#of}).
   */
  private static final class LineCells {
    private final String orgUnit;
    private final String facility;
    private final org.scopeplus.core.activity.ActivityType type;
    private final org.scopeplus.core.gas.Gas gas;
    private final java.time.LocalDate start;
    private final java.time.LocalDate end;
    private final int hash;

    LineCells(ResultLine line) {
      this.orgUnit = line.record().orgUnit();
      this.facility = line.record().facility();
      this.type = line.type();
      this.gas = line.gas();
      this.start = line.record().period().start();
      this.end = line.record().period().end();
      int h = java.util.Objects.hashCode(orgUnit);
      h = 31 * h + java.util.Objects.hashCode(facility);
      h = 31 * h + System.identityHashCode(type);
      h = 31 * h + System.identityHashCode(gas);
      h = 31 * h + start.hashCode();
      this.hash = 31 * h + end.hashCode();
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LineCells k
          && hash == k.hash
          && type == k.type
          && gas == k.gas
          && start.equals(k.start)
          && end.equals(k.end)
          && java.util.Objects.equals(orgUnit, k.orgUnit)
          && java.util.Objects.equals(facility, k.facility);
    }
  }
}
