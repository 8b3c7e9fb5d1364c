package org.scopeplus.store.disclosure;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunStore;

/**
 * Writes one run's verifier package to a file in its own JVM, for tests that bound its heap. Prints
 * {@code PACKED maxHeapBytes}. Arguments: url, user, password ("-" for none), schema ("-" for
 * none), tenant id, run id, output file.
 */
public final class PackingInChildProcess {

  private PackingInChildProcess() {}

  public static void main(String[] args) throws Exception {
    DatabaseSettings settings =
        new DatabaseSettings(
            args[0],
            args[1],
            args[2].equals("-") ? "" : args[2],
            args[3].equals("-") ? "" : args[3]);
    try (Database db = Database.open(settings);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[6])))) {
      db.inTransaction(
          c -> {
            CalculationRun run = new RunStore().byId(c, args[4], args[5]).orElseThrow();
            try {
              new VerifierPackage().write(c, run, "FY2024", out);
            } catch (java.io.IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            return null;
          });
    }
    System.out.println("PACKED " + Runtime.getRuntime().maxMemory());
  }
}
