package org.scopeplus.io.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.LineSink;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.factor.FactorLibrary;
import org.scopeplus.core.factor.FactorResolver;
import org.scopeplus.core.inventory.InputDigest;
import org.scopeplus.core.inventory.IntensityDenominator;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.inventory.LibraryDigest;
import org.scopeplus.core.inventory.OrgStructure;
import org.scopeplus.core.inventory.RunManifest;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.factor.FactorLibraryReader;
import org.scopeplus.io.org.MetricsReader;
import org.scopeplus.io.org.OrgStructureReader;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableReader;

/**
 * Source files to inventory: reads and validates every row of every file, calculates each record
 * and adds the lines up. All or nothing: one problem anywhere and there is no inventory, only the
 * list of problems with file, row and column.
 */
public final class InventoryJob {

  /** Problems listed in full; the rest are counted. */
  public static final int MAX_PROBLEMS = 1000;

  private final ReferenceData reference;

  public InventoryJob(ReferenceData reference) {
    this.reference = reference;
  }

  /** Runs the job; {@code progress} receives bytes read so far across all activity files. */
  public InventoryOutcome run(InventoryRequest request, LongConsumer progress) throws IOException {
    Problems problems = new Problems();
    FactorLibraryReader factorReader = new FactorLibraryReader(reference.gwps());
    List<FactorLibrary> user = new ArrayList<>();
    for (Path p : request.factorFiles()) {
      ReadResult<FactorLibrary> r = factorReader.read(p);
      if (r.ok()) {
        user.add(r.value());
      } else {
        problems.addAll(r.problems());
      }
    }
    OrgStructure org = OrgStructure.whollyOwned();
    if (request.orgFile() != null) {
      ReadResult<OrgStructure> r = new OrgStructureReader().read(request.orgFile());
      if (r.ok()) {
        org = r.value();
      } else {
        problems.addAll(r.problems());
      }
    }
    List<IntensityDenominator> denominators = List.of();
    if (request.metricsFile() != null) {
      ReadResult<List<IntensityDenominator>> r = new MetricsReader().read(request.metricsFile());
      if (r.ok()) {
        denominators = r.value();
      } else {
        problems.addAll(r.problems());
      }
    }
    ReferenceData data = reference.withUserLibraries(user);
    CalculationEngine engine =
        new CalculationEngine(
            data.catalog(),
            new FactorResolver(data.libraries(), data.regions()),
            data.gwps(),
            new CalculationOptions(request.gwpSet(), request.consolidation(), org));
    ActivityRowParser parser = new ActivityRowParser(data.catalog(), data.regions(), data.gwps());
    InventoryAccumulator accumulator = new InventoryAccumulator();
    List<ResultLine> lines = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    List<InputDigest> inputs = new ArrayList<>();
    long[] bytesBefore = {0};
    for (Path path : request.activityFiles()) {
      if (!Files.isRegularFile(path)) {
        problems.add(new Problem(path.toString(), 0, "", "file not found"));
        continue;
      }
      try (TableReader table = TableReader.open(path)) {
        readFile(
            table,
            request,
            problems,
            parser,
            engine,
            accumulator,
            lines,
            seenIds,
            inputs,
            bytesBefore,
            progress);
      } catch (IOException e) {
        problems.add(
            new Problem(
                path.getFileName().toString(), 0, "", "cannot read the file: " + e.getMessage()));
      }
    }
    return finish(request, problems, data, accumulator, lines, inputs, denominators);
  }

  private void readFile(
      TableReader table,
      InventoryRequest request,
      Problems problems,
      ActivityRowParser parser,
      CalculationEngine engine,
      InventoryAccumulator accumulator,
      List<ResultLine> lines,
      Map<String, String> seenIds,
      List<InputDigest> inputs,
      long[] bytesBefore,
      LongConsumer progress)
      throws IOException {
    String file = table.name();
    HeaderIndex h =
        HeaderIndex.of(file, table.header(), ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
    if (!h.problems().isEmpty()) {
      problems.addAll(h.problems());
      return;
    }
    LineSink keep =
        request.keepLines()
            ? line -> {
              accumulator.accept(line);
              lines.add(line);
            }
            : accumulator;
    long[] count = {0};
    List<Problem> rowProblems = new ArrayList<>();
    table.forEachRow(
        row -> {
          rowProblems.clear();
          ActivityRecord record = parser.parse(file, h, row, rowProblems);
          if (record != null) {
            String first = seenIds.putIfAbsent(record.id(), file + " row " + row.number());
            if (first != null) {
              rowProblems.add(
                  new Problem(
                      file,
                      row.number(),
                      ActivityColumns.RECORD_ID,
                      "record id '" + record.id() + "' is used twice (first at " + first + ")"));
            } else if (request.year() == 0 || record.period().year() == request.year()) {
              // After the first problem nothing is kept: the run will give no inventory.
              CalculationOutcome outcome =
                  engine.calculate(record, problems.isEmpty() ? keep : line -> {});
              if (outcome instanceof CalculationOutcome.Refused refused) {
                rowProblems.add(refused.problem());
              } else {
                accumulator.countRecord();
                count[0]++;
              }
            }
          }
          problems.addAll(rowProblems);
          if ((row.number() & 0xFFF) == 0) {
            progress.accept(bytesBefore[0] + table.bytesRead());
          }
        });
    inputs.add(new InputDigest(file, table.sha256Hex(), count[0]));
    bytesBefore[0] += table.bytesRead();
    progress.accept(bytesBefore[0]);
  }

  private InventoryOutcome finish(
      InventoryRequest request,
      Problems problems,
      ReferenceData data,
      InventoryAccumulator accumulator,
      List<ResultLine> lines,
      List<InputDigest> inputs,
      List<IntensityDenominator> denominators) {
    if (!problems.isEmpty()) {
      return new InventoryOutcome(null, List.of(), problems.listed, problems.count);
    }
    List<LibraryDigest> libraries = new ArrayList<>();
    for (FactorLibrary l : data.libraries()) {
      libraries.add(new LibraryDigest(l.name(), l.version(), l.contentHash()));
    }
    Map<String, String> options = new LinkedHashMap<>();
    options.put("year", request.year() == 0 ? "all" : Integer.toString(request.year()));
    options.put(
        "org_structure",
        request.orgFile() == null
            ? "none (wholly owned)"
            : request.orgFile().getFileName().toString());
    RunManifest manifest =
        new RunManifest(
            CalculationEngine.VERSION,
            request.gwpSet(),
            request.consolidation(),
            inputs,
            libraries,
            options);
    List<IntensityDenominator> used = new ArrayList<>();
    for (IntensityDenominator d : denominators) {
      if (request.year() == 0 || d.year() == request.year()) {
        used.add(d);
      }
    }
    return new InventoryOutcome(
        accumulator.toInventory(manifest, used), List.copyOf(lines), List.of(), 0);
  }

  private static final class Problems {
    final List<Problem> listed = new ArrayList<>();
    long count;

    void add(Problem p) {
      count++;
      if (listed.size() < MAX_PROBLEMS) {
        listed.add(p);
      }
    }

    void addAll(List<Problem> ps) {
      for (Problem p : ps) {
        add(p);
      }
    }

    boolean isEmpty() {
      return count == 0;
    }
  }
}
