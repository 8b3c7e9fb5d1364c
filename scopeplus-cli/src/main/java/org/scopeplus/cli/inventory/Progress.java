package org.scopeplus.cli.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for inputs large enough to wait for (over 20 MB), in megabytes
 * read. Silent for small inputs and when disabled.
 */
final class Progress implements AutoCloseable {

  private static final long THRESHOLD_BYTES = 20L << 20;
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  static Progress forFiles(List<Path> files, boolean enabled) {
    long total = 0;
    for (Path p : files) {
      try {
        total += Files.size(p);
      } catch (IOException e) {
        // a missing file is reported by the job itself
      }
    }
    if (!enabled || total < THRESHOLD_BYTES) {
      return new Progress(null);
    }
    return new Progress(
        new ProgressBarBuilder()
            .setTaskName("Reading")
            .setInitialMax(total >> 20)
            .setUnit(" MB", 1)
            .setStyle(ProgressBarStyle.ASCII)
            .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
            .build());
  }

  void update(long bytes) {
    if (bar != null) {
      bar.stepTo(bytes >> 20);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
