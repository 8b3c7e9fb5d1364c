package org.scopeplus.cli.scope3plus;

import java.io.IOException;
import java.nio.file.Path;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.io.scope3plus.StateStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The state directory option shared by the ecosystem commands, and how the catalog is built: the
 * built-in methodologies plus the configuration stored in the state directory.
 */
final class StateOptions {

  static final String CONFIGURATION = org.scopeplus.io.scope3plus.ConfigurationFile.NAME;

  @Option(
      names = "--state",
      paramLabel = "DIR",
      defaultValue = "scope3plus-state",
      description = "State directory (default: ${DEFAULT-VALUE}).")
  Path state;

  MethodologyCatalog catalog() throws IOException {
    return org.scopeplus.io.scope3plus.ConfigurationFile.catalog(state);
  }

  StateStore open(PointsRates rates, int expectedEvents) throws IOException {
    return StateStore.open(state, catalog(), rates, expectedEvents);
  }

  StateStore open() throws IOException {
    return open(null, 1 << 16);
  }

  /**
   * Says that the state's sums are beyond exact whole numbers and which events to reverse; the exit
   * code 1 to return.
   */
  static int outOfRange(CommandSpec spec, org.scopeplus.core.scope3plus.LedgerOutOfRange e) {
    spec.commandLine().getErr().println("Refused: " + e.getMessage() + " (ecosystem reverse).");
    return 1;
  }

  /** Says that {@code actor} has no account (unknown or erased); the exit code 1 to return. */
  static int noAccount(CommandSpec spec, String actor) {
    spec.commandLine().getErr().println("No account for " + actor + " (unknown or erased).");
    return 1;
  }
}
