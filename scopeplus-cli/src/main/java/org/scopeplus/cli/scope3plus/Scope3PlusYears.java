package org.scopeplus.cli.scope3plus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import org.scopeplus.core.scope3plus.LedgerTotals;

/**
 * The Scope 3+ ledger of an ecosystem state directory as a cumulative target reads it: net tonnes
 * avoided per year ({@link LedgerTotals#netTonnesByYear()}), with the configuration the ecosystem
 * commands count with.
 */
public final class Scope3PlusYears {

  private Scope3PlusYears() {}

  /**
   * Net tonnes per year of the state in {@code dir}.
   *
   * @throws IllegalArgumentException when {@code dir} holds no ecosystem state
   */
  public static SortedMap<Integer, Double> netTonnes(Path dir) throws IOException {
    if (!Files.isRegularFile(dir.resolve("manifest.json"))) {
      throw new IllegalArgumentException(
          "--state " + dir + ": no Scope 3+ state there (see 'scopeplus ecosystem ingest')");
    }
    StateOptions options = new StateOptions();
    options.state = dir;
    return options.open().ledger().totals().netTonnesByYear();
  }
}
