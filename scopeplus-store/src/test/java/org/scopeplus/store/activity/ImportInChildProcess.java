package org.scopeplus.store.activity;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;

/**
 * Runs one import in its own JVM, for tests that kill it midway or bound its heap. Prints {@code
 * ROWS n} every 10,000 rows and {@code OUTCOME ...} at the end. Arguments: url, user, password ("-"
 * for none), schema ("-" for none), tenant id, period id, file.
 */
public final class ImportInChildProcess {

  private ImportInChildProcess() {}

  public static void main(String[] args) {
    DatabaseSettings settings =
        new DatabaseSettings(
            args[0],
            args[1],
            args[2].equals("-") ? "" : args[2],
            args[3].equals("-") ? "" : args[3]);
    AtomicLong rows = new AtomicLong();
    try (Database db = Database.open(settings)) {
      ImportingActivities importing = new ImportingActivities(BuiltInReferenceData.load());
      ImportOutcome outcome =
          db.inTransaction(
              c ->
                  importing.importFile(
                      c,
                      args[4],
                      args[5],
                      Path.of(args[6]),
                      unit -> {
                        long n = rows.incrementAndGet();
                        if (n % 10_000 == 0) {
                          System.out.println("ROWS " + n);
                          System.out.flush();
                        }
                        return true;
                      },
                      null,
                      "child"),
              o -> o instanceof ImportOutcome.Stored);
      System.out.println("OUTCOME " + outcome.getClass().getSimpleName());
    }
  }
}
