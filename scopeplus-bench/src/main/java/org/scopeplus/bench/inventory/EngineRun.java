package org.scopeplus.bench.inventory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.run.InventoryJob;
import org.scopeplus.io.run.InventoryOutcome;
import org.scopeplus.io.run.InventoryRequest;
import org.scopeplus.io.run.ParallelInventoryJob;

/**
 * One measured process on the engine side: the full inventory of one activity CSV (every row
 * validated, duplicate ids checked, the file's SHA-256 taken, every line calculated and added up by
 * scope, category, gas, org unit, facility and month), then its digest written to a file.
 *
 * <p>Arguments: {@code CSV DIGEST_OUT [parallel|reference] [THREADS]}.
 */
public final class EngineRun {

  private EngineRun() {}

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    Path digest = Path.of(args[1]);
    String job = args.length > 2 ? args[2] : "parallel";
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    long start = System.nanoTime();
    InventoryRequest request = InventoryRequest.of(List.of(csv));
    InventoryOutcome out;
    if (job.equals("reference")) {
      out = new InventoryJob(BuiltInReferenceData.load()).run(request, b -> {});
    } else {
      // the reference data loads while the job reads headers and starts hashing the input
      CompletableFuture<ReferenceData> reference =
          CompletableFuture.supplyAsync(BuiltInReferenceData::load);
      out = new ParallelInventoryJob(reference::join, threads).run(request, b -> {});
    }
    if (!out.ok()) {
      throw new IllegalStateException("input has problems: " + out.problems());
    }
    Files.writeString(digest, InventoryDigest.of(out.inventory()).text(), StandardCharsets.UTF_8);
    System.out.printf(
        "engine %s: %d records, %.3f s in process%n",
        job, out.inventory().records(), (System.nanoTime() - start) / 1e9);
  }
}
