package org.scopeplus.store.integrity;

import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.audit.ChainVerification;

/**
 * Runs the audit check of one tenant in its own JVM, for tests that bound its heap. Prints {@code
 * CHECKED intact brokenCount brokenAt} and then each broken entry's reason. Arguments: url, user,
 * password ("-" for none), schema ("-" for none), tenant id.
 */
public final class VerifyingInChildProcess {

  private VerifyingInChildProcess() {}

  public static void main(String[] args) {
    DatabaseSettings settings =
        new DatabaseSettings(
            args[0],
            args[1],
            args[2].equals("-") ? "" : args[2],
            args[3].equals("-") ? "" : args[3]);
    try (Database db = Database.open(settings)) {
      ChainVerification v = db.inTransaction(c -> new VerifyingIntegrity().verify(c, args[4]));
      System.out.println("CHECKED " + v.intact() + " " + v.brokenCount() + " " + v.brokenAt());
      v.broken().forEach(b -> System.out.println(b.reason()));
    }
  }
}
