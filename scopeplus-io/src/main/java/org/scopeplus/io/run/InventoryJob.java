package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.run.InventoryRun;
import org.scopeplus.core.run.InventoryRunOutcome;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableProblem;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.io.table.TableRow;

/**
 * Source files to inventory: reads and validates every row of every file, calculates each record
 * and adds the lines up. All or nothing: one problem anywhere and there is no inventory, only the
 * list of problems with file, row and column.
 */
public final class InventoryJob {

  private final ReferenceData reference;

  public InventoryJob(ReferenceData reference) {
    this.reference = reference;
  }

  /** Runs the job; {@code progress} receives bytes read so far across all activity files. */
  public InventoryOutcome run(InventoryRequest request, LongConsumer progress) throws IOException {
    return run(request, progress, null);
  }

  /**
   * Runs the job and hands every result line to {@code trace} as it is made, in file and row order,
   * instead of keeping it (the outcome's lines stay empty). Lines stop once a problem is found; a
   * caller keeps what it received only when the outcome is ok.
   *
   * @param trace receives the result lines, or null for none (or the kept lines when the request
   *     asks for them)
   */
  public InventoryOutcome run(InventoryRequest request, LongConsumer progress, LineSink trace)
      throws IOException {
    RunInputs inputs = RunInputs.read(reference, request);
    ReferenceData data = inputs.data();
    List<ResultLine> lines = new ArrayList<>();
    LineSink sink = trace != null ? trace : request.keepLines() ? lines::add : null;
    InventoryRun run = new InventoryRun(inputs.engine(request), sink);
    run.refuseAll(inputs.problems());
    ActivityRowParser parser = new ActivityRowParser(data.catalog(), data.regions(), data.gwps());
    Map<String, String> seenIds = new HashMap<>();
    long[] bytesBefore = {0};
    for (Path path : request.activityFiles()) {
      if (!Files.isRegularFile(path)) {
        run.refuse(new Problem(path.toString(), 0, "", "file not found"));
        continue;
      }
      try (TableReader table = TableReader.open(path)) {
        readFile(table, request, run, parser, seenIds, bytesBefore, progress);
      } catch (TableProblem e) {
        run.refuse(e.problem());
      } catch (IOException e) {
        run.refuse(
            new Problem(
                path.getFileName().toString(), 0, "", "cannot read the file: " + e.getMessage()));
      }
    }
    InventoryRunOutcome outcome =
        run.finish(digests -> inputs.manifest(request, digests), inputs.denominators());
    return InventoryOutcome.of(outcome, lines);
  }

  /** Reads one file into the run: each row's problems, or its record when it is of the year. */
  private static void readFile(
      TableReader table,
      InventoryRequest request,
      InventoryRun run,
      ActivityRowParser parser,
      Map<String, String> seenIds,
      long[] bytesBefore,
      LongConsumer progress)
      throws IOException {
    String file = table.name();
    HeaderIndex h = header(table);
    if (!h.problems().isEmpty()) {
      run.refuseAll(h.tally());
      return;
    }
    List<Problem> rowProblems = new ArrayList<>();
    table.forEachRow(
        row -> {
          rowProblems.clear();
          ActivityRecord record = parser.parse(file, h, row, rowProblems);
          run.refuseAll(rowProblems);
          if (record != null) {
            String first = seenIds.putIfAbsent(record.id(), file + " row " + row.number());
            if (first != null) {
              run.refuse(
                  new Problem(
                      file,
                      row.number(),
                      ActivityColumns.RECORD_ID,
                      "record id '" + record.id() + "' is used twice (first at " + first + ")"));
            } else if (request.year() == 0 || record.period().year() == request.year()) {
              run.calculate(record);
            }
          }
          if ((row.number() & 0xFFF) == 0) {
            progress.accept(bytesBefore[0] + table.bytesRead());
          }
        });
    run.endInput(file, table.sha256Hex());
    bytesBefore[0] += table.bytesRead();
    progress.accept(bytesBefore[0]);
  }

  /** Rows handed to a worker at a time when the lines are streamed on several threads. */
  public static final int STREAM_BATCH = 512;

  /**
   * Calculates every record of a request already known to have no problem (a successful run of
   * {@link ParallelInventoryJob}) once more and hands its result lines to {@code trace} in the
   * order {@link #run(InventoryRequest, LongConsumer, LineSink)} gives them, without keeping record
   * ids: the trace of a large input in little memory. With more than one thread, this thread reads
   * the rows and hands the lines over in order while {@code threads} workers parse and calculate
   * batches of {@link #STREAM_BATCH} rows (at most four batches per worker in flight) and, when the
   * sink is a {@link RenderingLineSink}, render them; the sink writes only on this thread.
   */
  void streamLines(InventoryRequest request, LineSink trace, int threads) throws IOException {
    RunInputs run = RunInputs.read(reference, request);
    ReferenceData data = run.data();
    CalculationEngine engine = run.engine(request);
    ActivityRowParser parser = new ActivityRowParser(data.catalog(), data.regions(), data.gwps());
    if (threads <= 1) {
      List<Problem> rowProblems = new ArrayList<>();
      for (Path path : request.activityFiles()) {
        try (TableReader table = TableReader.open(path)) {
          String file = table.name();
          HeaderIndex h = header(table);
          table.forEachRow(
              row -> streamRow(request, engine, parser, file, h, row, rowProblems, trace));
        }
      }
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread t = new Thread(task, "scopeplus-trace");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    RenderingLineSink rendering = trace instanceof RenderingLineSink r ? r : null;
    try {
      for (Path path : request.activityFiles()) {
        try (TableReader table = TableReader.open(path)) {
          String file = table.name();
          HeaderIndex h = header(table);
          List<TableRow> batch = new ArrayList<>(STREAM_BATCH);
          table.forEachRow(
              row -> {
                batch.add(row);
                if (batch.size() == STREAM_BATCH) {
                  submit(
                      pool,
                      inFlight,
                      List.copyOf(batch),
                      rendering,
                      request,
                      engine,
                      parser,
                      file,
                      h);
                  batch.clear();
                  while (inFlight.size() > 4 * threads) {
                    emit(inFlight.poll(), trace);
                  }
                }
              });
          if (!batch.isEmpty()) {
            submit(pool, inFlight, List.copyOf(batch), rendering, request, engine, parser, file, h);
          }
        }
      }
      while (!inFlight.isEmpty()) {
        emit(inFlight.poll(), trace);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static HeaderIndex header(TableReader table) throws IOException {
    return HeaderIndex.of(
        table.name(), table.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
  }

  /** The lines of a batch of rows, or their rendering when the sink renders. */
  private record Batch(List<ResultLine> lines, byte[] rendered, int count) {}

  private static void submit(
      ExecutorService pool,
      ArrayDeque<Future<Batch>> inFlight,
      List<TableRow> rows,
      RenderingLineSink rendering,
      InventoryRequest request,
      CalculationEngine engine,
      ActivityRowParser parser,
      String file,
      HeaderIndex h) {
    inFlight.add(
        pool.submit(
            () -> {
              List<ResultLine> lines = new ArrayList<>(rows.size() * 2);
              List<Problem> rowProblems = new ArrayList<>();
              for (TableRow row : rows) {
                streamRow(request, engine, parser, file, h, row, rowProblems, lines::add);
              }
              return rendering == null
                  ? new Batch(lines, null, lines.size())
                  : new Batch(null, rendering.render(lines), lines.size());
            }));
  }

  private static void emit(Future<Batch> next, LineSink trace) {
    Batch batch;
    try {
      batch = next.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while streaming the trace", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
    if (batch.rendered() != null) {
      ((RenderingLineSink) trace).write(batch.rendered(), batch.count());
      return;
    }
    for (ResultLine line : batch.lines()) {
      trace.accept(line);
    }
  }

  private static void streamRow(
      InventoryRequest request,
      CalculationEngine engine,
      ActivityRowParser parser,
      String file,
      HeaderIndex h,
      TableRow row,
      List<Problem> rowProblems,
      LineSink trace) {
    rowProblems.clear();
    ActivityRecord record = parser.parse(file, h, row, rowProblems);
    if (record == null || !rowProblems.isEmpty()) {
      throw new IllegalStateException("a row of a checked input has a problem: " + rowProblems);
    }
    if (request.year() == 0 || record.period().year() == request.year()) {
      if (engine.calculate(record, trace) instanceof CalculationOutcome.Refused r) {
        throw new IllegalStateException("a record of a checked input was refused: " + r.problem());
      }
    }
  }
}
