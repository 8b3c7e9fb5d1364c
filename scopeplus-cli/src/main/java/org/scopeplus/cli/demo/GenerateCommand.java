package org.scopeplus.cli.demo;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.scopeplus.io.demo.ActivityGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus generate}: writes realistic activity records for load tests and benchmarks, in
 * the demo company's mix of activity types, regions and units. The same rows and seed give the same
 * bytes.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write N activity records (CSV) for load tests and benchmarks.",
      "The mix of activity types, regions and units of the demo company; deterministic: the",
      "same --rows and --seed give the same file."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--rows", required = true, paramLabel = "N", description = "Records to write.")
  long rows;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = "1",
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The CSV to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (rows < 0) {
      System.err.println("--rows cannot be negative");
      return 2;
    }
    long start = System.nanoTime();
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
      ActivityGenerator.ofDemo().write(rows, seed, os);
    }
    System.err.printf(
        "wrote %,d records (%,d bytes) to %s in %.1f s%n",
        rows, Files.size(out), out, (System.nanoTime() - start) / 1e9);
    return 0;
  }
}
