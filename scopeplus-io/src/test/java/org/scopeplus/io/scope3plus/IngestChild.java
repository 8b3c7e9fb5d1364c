package org.scopeplus.io.scope3plus;

import java.nio.file.Path;

/** Runs one ingestion in its own JVM, so a test can kill it with SIGKILL. */
public final class IngestChild {
  private IngestChild() {}

  /** Arguments: state directory, input file, lines per commit. */
  public static void main(String[] args) throws Exception {
    StateStore store =
        StateStore.open(Path.of(args[0]), MethodologyLibrary.builtIn(), null, 1 << 16);
    store.ingest(Path.of(args[1]), Integer.parseInt(args[2]));
  }
}
