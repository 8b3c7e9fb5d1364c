package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.run.InventoryRun;
import org.scopeplus.core.run.InventoryRunOutcome;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.CsvFormat;
import org.scopeplus.io.table.HeaderIndex;

/**
 * The same job as {@link InventoryJob}, giving the same {@link InventoryOutcome} (the same
 * inventory to the gram, or the same problems), on several threads and with a lean reader for large
 * CSV files.
 *
 * <p>Each CSV is cut into byte ranges that start and end on a record boundary; each thread reads
 * ranges, keeps the meaning of every repeated cell value (period, activity type, unit...) and a
 * {@link org.scopeplus.core.calculation.LinePlan} per kind of record (compiled by the engine), and
 * sums grams per org unit, facility, month and line. A row the lean reader does not vouch for
 * (anything unusual: an empty or odd cell, an optional number, an unknown value) goes through
 * {@link ActivityRowParser} and {@link CalculationEngine} one by one, exactly as in {@link
 * InventoryJob}, so its problems read the same. Duplicate record ids are found by 64-bit hashes;
 * when any two hashes are equal, and for input the lean reader does not read at all (quoted CSV,
 * bare carriage returns, XLSX) or when the request keeps its result lines in memory, the job hands
 * the whole request to {@link InventoryJob}, which states the problem with both rows. A trace sink
 * gets the lines streamed instead, in the same order. The SHA-256 of each file is taken from the
 * buffers the workers read ({@code OrderedDigests}).
 */
public final class ParallelInventoryJob {

  /** The size of the byte ranges a file is cut into. */
  public static final int CHUNK_BYTES = 16 << 20;

  private final Supplier<ReferenceData> reference;
  private final int threads;
  private final int chunkBytes;

  /** True when the last run handed the request to {@link InventoryJob} (for tests). */
  volatile boolean handedOver;

  /**
   * @param reference the reference data
   * @param threads the threads that read and calculate (the SHA-256 of each file is computed on one
   *     more)
   */
  public ParallelInventoryJob(ReferenceData reference, int threads) {
    this(() -> reference, threads, CHUNK_BYTES);
  }

  /**
   * A job that asks for the reference data only once the input's headers are read and its SHA-256
   * is being taken, so a caller can load the data on another thread meanwhile.
   *
   * @param reference gives the reference data (it may block until loaded)
   * @param threads the threads that read and calculate
   */
  public ParallelInventoryJob(Supplier<ReferenceData> reference, int threads) {
    this(reference, threads, CHUNK_BYTES);
  }

  /** A job cutting files into ranges of about {@code chunkBytes} (small ones in tests). */
  ParallelInventoryJob(ReferenceData reference, int threads, int chunkBytes) {
    this(() -> reference, threads, chunkBytes);
  }

  private ParallelInventoryJob(Supplier<ReferenceData> reference, int threads, int chunkBytes) {
    if (threads < 1 || chunkBytes < 1) {
      throw new IllegalArgumentException("threads and chunk size must be at least 1");
    }
    this.reference = reference;
    this.threads = threads;
    this.chunkBytes = chunkBytes;
  }

  /** Runs the job; {@code progress} receives the bytes read so far across all activity files. */
  public InventoryOutcome run(InventoryRequest request, LongConsumer progress) throws IOException {
    return run(request, progress, null);
  }

  /**
   * Runs the job and hands every result line to {@code trace}, in the order {@link InventoryJob}
   * makes them (file, row, line), without keeping them: the inventory is made on several threads
   * first, and only when it has no problem are the records calculated once more for their lines, in
   * batches on the same number of threads, and handed over in row order. On input this job hands
   * over, {@link InventoryJob} streams the lines itself (and stops at the first problem); either
   * way a caller keeps what it received only when the outcome is ok.
   *
   * @param trace receives the result lines, or null for none (a request that keeps its lines is
   *     then handed to {@link InventoryJob})
   */
  public InventoryOutcome run(InventoryRequest request, LongConsumer progress, LineSink trace)
      throws IOException {
    handedOver = false;
    if ((trace == null && request.keepLines()) || !allCsv(request)) {
      return handOver(request, progress, trace);
    }
    InventoryOutcome outcome = runLean(request, progress, trace);
    if (trace != null && outcome.ok() && !handedOver) {
      new InventoryJob(reference.get()).streamLines(request, trace, threads);
    }
    return outcome;
  }

  private InventoryOutcome runLean(InventoryRequest request, LongConsumer progress, LineSink trace)
      throws IOException {
    // Headers, in file order; a file's own problems keep their place among the others.
    List<ActivityFile> files = new ArrayList<>();
    List<ActivityFileScan> scanned = new ArrayList<>();
    List<CsvChunk> chunks = new ArrayList<>();
    for (Path path : request.activityFiles()) {
      if (!Files.isRegularFile(path)) {
        ProblemTally missing = new ProblemTally();
        missing.add(new Problem(path.toString(), 0, "", "file not found"));
        files.add(new ActivityFile.Unread(missing));
        continue;
      }
      ActivityFileScan scan = scan(path);
      if (scan == null) {
        return handOver(request, progress, trace);
      }
      if (!scan.header.problems().isEmpty()) {
        files.add(new ActivityFile.Unread(scan.header.tally()));
        continue;
      }
      files.add(new ActivityFile.Scanned(scan));
      scanned.add(scan);
      cut(scan, chunkBytes);
      for (CsvChunk c : scan.chunks) {
        if (c.end - c.start > chunkBytes + 4L * CsvFormat.MAX_ROW_CHARS) {
          return handOver(request, progress, trace); // a line too long to read: named there
        }
      }
      chunks.addAll(scan.chunks);
    }

    OrderedDigests digests = new OrderedDigests(scanned, chunks);
    digests.start();
    RunInputs inputs;
    CalculationEngine engine;
    ChunkCalculation[] workers;
    try {
      inputs = RunInputs.read(this.reference.get(), request);
      ReferenceData data = inputs.data();
      engine = inputs.engine(request);
      ChunkCalculation.Context context =
          new ChunkCalculation.Context(
              data.catalog(),
              data.regions(),
              data.gwps(),
              new ActivityRowParser(data.catalog(), data.regions(), data.gwps()),
              engine,
              inputs.org(),
              request.consolidation(),
              request.year(),
              new ConcurrentHashMap<>());

      workers = calculate(chunks, context, digests, progress);
    } catch (IOException | RuntimeException | Error e) {
      digests.abandon();
      throw e;
    }
    digests.finish();
    for (CsvChunk c : chunks) {
      if (c.unsupported) {
        return handOver(request, progress, trace);
      }
    }
    if (DuplicateHashes.anyAmong(chunks, threads)) {
      return handOver(request, progress, trace);
    }

    // The records were calculated on the workers: the run gets their problems in file and row
    // order, the inputs' digests, and the sums of the records the engine calculated one by one
    // and of those summed through its plans.
    InventoryRun run = new InventoryRun(engine, null);
    run.refuseAll(inputs.problems());
    for (ActivityFile f : files) {
      if (f instanceof ActivityFile.Scanned s) {
        ActivityFileScan scan = s.scan();
        long rowsBefore = 0;
        long calculated = 0;
        for (CsvChunk c : scan.chunks) {
          run.refuseAll(c.problemsInFile(rowsBefore), c.problems.count());
          rowsBefore += c.rows;
          calculated += c.calculated;
        }
        run.addInput(new InputDigest(scan.name, scan.sha256, calculated));
      } else {
        run.refuseAll(((ActivityFile.Unread) f).problems());
      }
    }
    if (run.refused()) {
      return InventoryOutcome.of(run.finish(x -> null, List.of()), List.of());
    }
    for (ChunkCalculation w : workers) {
      run.addSums(w.general);
      for (RecordShape s : w.shapes()) {
        s.drainInto(run);
      }
      run.countRecords(w.leanRecords);
    }
    for (ChunkCalculation w : workers) {
      if (w.sumsOverflowed) {
        return handOver(request, progress, trace);
      }
    }
    if (run.overflowed()) {
      // the sums left the range of long: the general job refuses, naming the record
      return handOver(request, progress, trace);
    }
    InventoryRunOutcome outcome =
        run.finish(made -> inputs.manifest(request, made), inputs.denominators());
    return InventoryOutcome.of(outcome, List.of());
  }

  /** An activity file in the request's order: read in chunks, or refused before its rows. */
  private sealed interface ActivityFile {
    record Scanned(ActivityFileScan scan) implements ActivityFile {}

    record Unread(ProblemTally problems) implements ActivityFile {}
  }

  private InventoryOutcome handOver(InventoryRequest request, LongConsumer progress, LineSink trace)
      throws IOException {
    handedOver = true;
    return new InventoryJob(reference.get()).run(request, progress, trace);
  }

  private static boolean allCsv(InventoryRequest request) {
    for (Path p : request.activityFiles()) {
      if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
        return false;
      }
    }
    return true;
  }

  /** Reads the header; null when the file is CSV this reader leaves to the general one. */
  private static ActivityFileScan scan(Path path) throws IOException {
    long size = Files.size(path);
    byte[] head;
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer bb = ByteBuffer.allocate((int) Math.min(size, 1 << 20));
      while (bb.hasRemaining() && ch.read(bb) >= 0) {
        // fill
      }
      head = bb.array();
    }
    int pos = 0;
    if (head.length >= 2
        && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
      return null; // UTF-16
    }
    if (head.length >= 3
        && head[0] == (byte) 0xEF
        && head[1] == (byte) 0xBB
        && head[2] == (byte) 0xBF) {
      pos = 3;
    }
    while (pos < head.length && (head[pos] == '\n' || head[pos] == '\r')) {
      if (head[pos] == '\r' && (pos + 1 >= head.length || head[pos + 1] != '\n')) {
        return null;
      }
      pos++;
    }
    int end = pos;
    while (end < head.length && head[end] != '\n' && head[end] != '\r' && head[end] != '"') {
      if (head[end] < ' ' && head[end] != '\t') {
        return null; // not ASCII or a control character: the general reader names it
      }
      end++;
    }
    if (end < head.length && head[end] == '"') {
      return null;
    }
    long dataStart;
    if (end == head.length) {
      if (head.length < size) {
        return null; // a header longer than 1 MiB
      }
      dataStart = size;
    } else if (head[end] == '\r') {
      if (end + 1 >= head.length || head[end + 1] != '\n') {
        return null;
      }
      dataStart = end + 2;
    } else {
      dataStart = end + 1;
    }
    List<String> header = new ArrayList<>();
    if (end > pos) {
      String line = new String(head, pos, end - pos, StandardCharsets.UTF_8);
      for (String cell : line.split(",", -1)) {
        header.add(cell.strip());
      }
    }
    String name = path.getFileName().toString();
    HeaderIndex index =
        HeaderIndex.of(name, header, ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
    return new ActivityFileScan(path, name, header, index, dataStart, size);
  }

  /** Cuts a file's data into ranges that end just after a line feed (or at the end). */
  private static void cut(ActivityFileScan scan, int chunkBytes) throws IOException {
    try (FileChannel ch = FileChannel.open(scan.path, StandardOpenOption.READ)) {
      long start = scan.dataStart;
      ByteBuffer probe = ByteBuffer.allocate(64 << 10);
      while (start < scan.size) {
        long nominal = start + chunkBytes;
        long end = scan.size;
        long at = nominal;
        search:
        while (at < scan.size) {
          probe.clear();
          int n = ch.read(probe, at);
          if (n <= 0) {
            break;
          }
          for (int i = 0; i < n; i++) {
            if (probe.get(i) == '\n') {
              end = at + i + 1;
              break search;
            }
          }
          at += n;
        }
        scan.chunks.add(new CsvChunk(scan, start, end));
        start = end;
      }
    }
  }

  private ChunkCalculation[] calculate(
      List<CsvChunk> chunks,
      ChunkCalculation.Context context,
      OrderedDigests digests,
      LongConsumer progress)
      throws IOException {
    int n = Math.max(1, Math.min(threads, chunks.size()));
    ChunkCalculation[] workers = new ChunkCalculation[n];
    AtomicInteger next = new AtomicInteger();
    AtomicLong done = new AtomicLong();
    Throwable[] failure = new Throwable[n];
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < n; t++) {
      ChunkCalculation worker = new ChunkCalculation(context);
      workers[t] = worker;
      int slot = t;
      running.add(
          new Thread(
              () -> {
                Map<ActivityFileScan, FileChannel> channels = new HashMap<>();
                try {
                  while (true) {
                    // a buffer first, then a chunk: the chunk the digest waits for is always
                    // in the hands of a worker that is reading it
                    byte[] buffer = digests.buffer();
                    int i = next.getAndIncrement();
                    if (i >= chunks.size()) {
                      digests.unused(buffer);
                      break;
                    }
                    CsvChunk c = chunks.get(i);
                    FileChannel ch = channels.get(c.file);
                    if (ch == null) {
                      ch = FileChannel.open(c.file.path, StandardOpenOption.READ);
                      channels.put(c.file, ch);
                    }
                    digests.chunkRead(i, worker.run(c, ch, buffer));
                    done.addAndGet(c.end - c.start);
                  }
                } catch (Throwable e) {
                  failure[slot] = e;
                  digests.abandon();
                } finally {
                  for (FileChannel ch : channels.values()) {
                    try {
                      ch.close();
                    } catch (IOException e) {
                      failure[slot] = e;
                    }
                  }
                }
              },
              "scopeplus-inventory-" + t));
    }
    for (Thread t : running) {
      t.start();
    }
    try {
      for (Thread t : running) {
        while (t.isAlive()) {
          t.join(200);
          progress.accept(done.get());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while calculating", e);
    }
    for (Throwable e : failure) {
      if (e instanceof IOException io) {
        throw io;
      }
      if (e instanceof RuntimeException r) {
        throw r;
      }
      if (e instanceof Error err) {
        throw err;
      }
    }
    return workers;
  }
}
