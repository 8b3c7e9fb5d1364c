package org.scopeplus.cli.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * {@code audit verify} and {@code user add} look for the service's data folder as {@code serve}
 * does (--data, else SCOPEPLUS_DATA_DIR, else ~/.scopeplus) and never create one: a missing folder,
 * or a folder without a database, is a sentence and exit code 2.
 */
class DataFolderCommandTest {

  @TempDir Path dir;

  @Test
  void auditVerifyOnAMissingFolderSaysSoAndCreatesNothing() {
    Path missing = dir.resolve("no-such-folder");
    CommandRun run = CommandRun.of("audit", "verify", "--data", missing.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .contains("there is no data folder " + missing.toAbsolutePath())
        .contains("scopeplus serve");
    assertThat(missing).doesNotExist();
  }

  @Test
  void userAddOnAMissingFolderSaysSoAndCreatesNothing() {
    Path missing = dir.resolve("elsewhere");
    CommandRun run =
        CommandRun.of(
            "user",
            "add",
            "--data",
            missing.toString(),
            "--tenant",
            "Kestrel",
            "--username",
            "alice");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("user not added: there is no data folder");
    assertThat(missing).doesNotExist();
  }

  @Test
  void aFolderWithoutADatabaseIsNotTakenForOne() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    CommandRun run = CommandRun.of("audit", "verify", "--data", empty.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("holds no ScopePlus database (scopeplus.mv.db)");
    try (var listing = Files.list(empty)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void userAddThroughTheServiceNeedsTheSetupToken() {
    CommandRun run =
        CommandRun.of(
            "user",
            "add",
            "--server",
            "http://127.0.0.1:9",
            "--tenant",
            "Kestrel",
            "--username",
            "alice",
            "--setup-token",
            "");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("give the setup token the service printed in its log");
  }
}
